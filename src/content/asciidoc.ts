/**
 * Notes written in AsciiDoc (or converted from it, its marks left in a `.md` file): `= Title`,
 * `== Day 1`, `=== Talk -- Jane Doe` headings, `:author:` attributes, `----` listing blocks,
 * `[source,java]` and `link:https://…[Slides]`. Read as the Markdown they stand for, line for
 * line (so every line keeps its number); any other text is returned as it is.
 */

/** The document's title, as AsciiDoc writes it: one `=` and a space. */
const DOCUMENT_TITLE = /^= \S/;
const SECTION = /^(={1,6}) +(\S.*?)(?: +=+)?$/;
/** `:author: Wout`, `:toc: left`: the document's attributes. */
const ATTRIBUTE = /^:!?[\w-]+!?:(?:\s.*)?$/;
/** `[source,java]`, `[NOTE]`, `[.lead]`, `[[anchor]]`, `toc::[]`: a block's attributes. */
const BLOCK_ATTRIBUTES = /^(?:\[\[?[^\]]{0,200}\]\]?|[a-z]+::\[[^\]]{0,200}\])$/;
/** `----` (listing), `....` (literal): a code block's fence. */
const CODE_FENCE = /^(?:-{4,}|\.{4,})$/;
/** `====` (example), `****` (sidebar), `____` (quote), `--` (open): a box around notes. */
const BOX_FENCE = /^(?:={4,}|\*{4,}|_{4,}|--)$/;
const ADMONITION = /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): +/;
/** `link:https://…[Slides]`, `https://…[Recording]`: a link with its text. */
const LINK = /(?:link:)?((?:https?|mailto):[^\s[\]]+)\[([^\]]*)\]/g;

export function asciidocAsMarkdown(text: string): string {
  if (!isAsciidoc(text)) return text;
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (fence !== undefined) {
      if (line === fence) {
        fence = undefined;
        out.push('```');
      } else out.push(raw);
      continue;
    }
    if (CODE_FENCE.test(line)) {
      fence = line;
      out.push('```');
      continue;
    }
    if (BOX_FENCE.test(line) || ATTRIBUTE.test(line) || BLOCK_ATTRIBUTES.test(line)) {
      out.push('');
      continue;
    }
    const section = SECTION.exec(line);
    if (section?.[1] && section[2]) {
      out.push(`${'#'.repeat(section[1].length)} ${inline(section[2])}`);
      continue;
    }
    // "** nested" and ". first" (AsciiDoc's nested and numbered items) as Markdown writes them.
    const item = /^(\*{2,5}|\.{1,5}) +(?=\S)/.exec(line);
    if (item?.[1]) {
      const depth = item[1].length - (item[1].startsWith('*') ? 1 : 0);
      const mark = item[1].startsWith('*') ? '*' : '1.';
      const indent = '  '.repeat(item[1].startsWith('*') ? depth : depth - 1);
      out.push(`${indent}${mark} ${inline(line.slice(item[0].length))}`);
      continue;
    }
    out.push(inline(line.replace(ADMONITION, '')));
  }
  return out.join('\n');
}

/** A document that starts with `= Title` and has `==` sections under it. */
function isAsciidoc(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0 || !DOCUMENT_TITLE.test(text.slice(start, start + 3))) return false;
  return /\n==+ \S/.test(text);
}

/** `link:…[text]` as `[text](…)`, and ` -- ` as the dash it stands for. */
function inline(line: string): string {
  return line
    .replace(LINK, (_, url: string, label: string) => `[${label || url}](${url})`)
    .replace(/ -- /g, ' — ');
}
