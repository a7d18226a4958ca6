import { TALK_KEYS } from './front-matter-talk.ts';

/**
 * The keys of a TOML front matter (Hugo's `+++`), of an Elixir map (`%{ title: "…" }`,
 * NimblePublisher) or of an outliner's page properties
 * (`speaker:: [[Piet Jansen]]`, Logseq, Obsidian's Dataview) that the notes use: the title, and a
 * page of one talk's facts (speaker, company, links, conference, date). Other keys, and values
 * that are not plain strings or lists of strings, are left out: they are not YAML, and only what
 * a talk page says is read of them.
 */
const KEYS = new Set([...TALK_KEYS(), 'draft']);

/** `event` names the conference (in YAML it may be a map of the event's facts). */
const RENAMED: Record<string, string> = { event: 'conference' };

const TOML_LINE = /^([A-Za-z_][\w-]*)\s*=\s*(.+?)\s*$/;
const PROPERTY_LINE = /^([\p{L}][\p{L}\d_-]{0,30})::[ \t]+(.+?)\s*$/u;
/** `  title: "ElixirConf EU, Lisbon",` (the map's first key may follow its `%{`). */
const ELIXIR_LINE = /^\s*(?:%\{\s*)?([A-Za-z_]\w*):\s+(.+?),?\s*\}?\s*$/;

/** `Title: Write the Docs NA 2016`: a Pelican post's metadata line (see `front-matter-block.ts`). */
const PELICAN_LINE = /^([A-Za-z_]+):[ \t]+(.+?)\s*$/;

const LINES = {
  toml: TOML_LINE,
  elixir: ELIXIR_LINE,
  properties: PROPERTY_LINE,
  pelican: PELICAN_LINE,
};

/** A TOML array of tables (`[[params.lightningTalks]]`) and a table (`[params]`). */
const TABLES_LINE = /^\s*\[\[\s*[\w.-]+\s*\]\]\s*$/;
const TABLE_LINE = /^\s*\[\s*[\w.-]+\s*\]\s*$/;
/** Keys that keep their hour: `starts = 2025-10-04T17:00:00`. */
const TIMED = /^(?:starts?|ends?|start_?time|end_?time)$/;

export function simpleMeta(
  text: string,
  kind: 'toml' | 'elixir' | 'properties' | 'pelican',
): Record<string, unknown> {
  const meta: Record<string, unknown> = {};
  const toml = kind === 'toml' || kind === 'elixir';
  /** The entry of a TOML array of tables being read: each a thing the page lists (its talks). */
  let entry: Record<string, unknown> | undefined;
  const listed: Record<string, unknown>[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (kind === 'toml' && TABLES_LINE.test(line)) {
      entry = {};
      if (listed.length < 500) listed.push(entry);
      continue;
    }
    // `[params]`: a Hugo page's own facts, read as the page's.
    if (kind === 'toml' && TABLE_LINE.test(line)) entry = undefined;
    const match = LINES[kind].exec(line);
    if (!match) continue;
    const raw = (match[1] as string).toLowerCase();
    const key = RENAMED[raw] ?? raw;
    const into = entry ?? meta;
    if (!(KEYS.has(key) || (entry && key === 'description')) || key in into) continue;
    const value = toml
      ? tomlValue(match[2] as string, TIMED.test(key))
      : wikiText(match[2] as string);
    if (value !== undefined && value !== '') into[key] = value;
  }
  if (listed.length > 0) meta.listed = listed;
  return meta;
}

/** `"text"`, `'text'`, `2024-05-01`, `["a", "b"]`: a string, a date as written, or strings. */
function tomlValue(value: string, timed = false): string | string[] | undefined {
  if (value.startsWith('[')) {
    const items = [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) =>
      (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'),
    );
    return items.length > 0 ? items : undefined;
  }
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(value);
  if (quoted) return (quoted[1] ?? quoted[2] ?? '').replace(/\\(.)/g, '$1');
  // `draft = true`: a Hugo post not published yet.
  if (value === 'true') return value;
  // `~D[2023-04-27]`, `~N[2023-04-27 15:29:44]`: an Elixir date.
  const sigil = /^~[DNU]\[(\d{4}-\d{2}-\d{2})/.exec(value);
  if (sigil) return sigil[1];
  const date = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?/.exec(value)?.[0];
  return timed ? date : date?.slice(0, 10);
}

/** `[[Piet Jansen]]`, `[[people/Piet Jansen|Piet]]`: the page's name as shown. */
function wikiText(value: string): string {
  return value
    .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, (_, _target, shown: string) => shown)
    .trim();
}
