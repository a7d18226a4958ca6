/**
 * The plain subset of YAML most front matter is written in, read without building a YAML
 * document: nested `key: value` maps, scalars (plain, or quoted with nothing to unescape), and
 * one-line `[a, b]` lists of such scalars, plus comment and blank lines. Archives carry hundreds
 * of `talks:` facts per file, and the full YAML parser took as long as tokenizing the Markdown.
 *
 * Anything outside the subset — block lists, anchors, multi-line or escaped scalars, numbers,
 * booleans, nulls, duplicate keys, tabs, trailing comments — answers `undefined`, and the caller
 * reads the text with the full YAML parser, so the result is always what that parser gives.
 */
export interface SimpleYaml {
  value: Record<string, unknown>;
  /** Line (0-based in the YAML) of every top-level key. */
  keyLines: Map<string, number>;
  /** Line (0-based in the YAML) of every key of the top-level `talks` map, when it is one. */
  talkLines: Map<string, number>;
}

/** `key:` then a value, or nothing when a deeper map follows. */
const KEY_LINE = /^( *)([\p{L}][\p{L}\p{N}_-]*):(?: +(.*))?$/u;
/** The same for an ASCII key (nearly all), without Unicode classes. */
const ASCII_KEY_LINE = /^( *)([A-Za-z][A-Za-z0-9_-]*):(?: +(.*))?$/;

/** The YAML 1.2 core schema's null, bool, int and float forms (yaml/dist/schema/core). */
const NOT_A_STRING =
  /^(?:(?:~|[Nn]ull|NULL)?|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;

/** A plain scalar in block context that is surely a string: no indicator first, no `: ` or ` #`. */
const BLOCK_PLAIN = /^[\p{L}\p{N}](?:[^:#]|:(?! |$)|(?<! )#)*$/u;
/** Most of them: an ASCII letter or digit first, no colon or `#` at all. */
const SIMPLE_PLAIN = /^[A-Za-z0-9][^:#]*$/;

/** A plain scalar inside `[…]`: no flow indicators, colons or comments at all. */
const FLOW_PLAIN = /^[\p{L}\p{N}][^,[\]{}:#]*$/u;

const BLANK_OR_COMMENT = /^ *(?:#|$)/;

interface Open {
  indent: number;
  map: Record<string, unknown>;
  lines: Map<string, number>;
}

export function readSimpleYaml(text: string): SimpleYaml | undefined {
  if (hasControl(text)) return undefined;
  const root: Open = { indent: 0, map: {}, lines: new Map() };
  const stack: Open[] = [root];
  let talkLines = new Map<string, number>();
  /** The key whose value is a map still to come (`key:` with nothing after it). */
  let pending: { key: string; into: Open } | undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const match = ASCII_KEY_LINE.exec(line) ?? KEY_LINE.exec(line);
    if (!match) return undefined;
    const indent = (match[1] as string).length;
    const key = match[2] as string;
    if (NOT_A_STRING.test(key)) return undefined;
    let open = stack[stack.length - 1] as Open;
    if (pending) {
      if (indent <= pending.into.indent) return undefined;
      const child: Open = { indent, map: {}, lines: new Map() };
      pending.into.map[pending.key] = child.map;
      if (pending.into === root && pending.key === 'talks') talkLines = child.lines;
      stack.push(child);
      open = child;
      pending = undefined;
    } else {
      while (indent < open.indent) {
        stack.pop();
        open = stack[stack.length - 1] as Open;
      }
      if (indent !== open.indent) return undefined;
    }
    if (open.lines.has(key)) return undefined;
    open.lines.set(key, index);
    // YAML trims spaces only (tabs are refused above), not what `trimEnd` would.
    const raw = match[3]?.replace(/ +$/, '') ?? '';
    if (raw === '') {
      pending = { key, into: open };
      continue;
    }
    const value = raw.startsWith('[') ? flowList(raw) : scalar(raw, BLOCK_PLAIN);
    if (value === undefined) return undefined;
    open.map[key] = value;
  }
  if (pending || root.lines.size === 0) return undefined;
  return { value: root.map, keyLines: root.lines, talkLines };
}

function flowList(raw: string): string[] | undefined {
  if (!raw.endsWith(']')) return undefined;
  const inner = raw.slice(1, -1);
  if (inner === '') return [];
  const items: string[] = [];
  // Written `[a, b]` exactly: the YAML parser keeps some spaces around flow items, not all.
  for (const part of inner.split(', ')) {
    if (part.includes(',') || part.startsWith(' ') || part.endsWith(' ')) return undefined;
    const item = scalar(part, FLOW_PLAIN);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

/** The string a scalar stands for, when it surely is one. */
function scalar(raw: string, plain: RegExp): string | undefined {
  const quote = raw.charAt(0);
  if (quote === '"' || quote === "'") {
    // Quoted with nothing to unescape: the text between the quotes, as written.
    if (raw.length < 2 || !raw.endsWith(quote)) return undefined;
    const inner = raw.slice(1, -1);
    return inner.includes(quote) || inner.includes('\\') ? undefined : inner;
  }
  const string = (plain === BLOCK_PLAIN && SIMPLE_PLAIN.test(raw)) || plain.test(raw);
  return string && !NOT_A_STRING.test(raw) ? raw : undefined;
}

/** Control characters but the line break (tabs, CR, NEL), other line separators and BOMs. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c < 32 ? c !== 10 : (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff
    )
      return true;
  }
  return false;
}
