/** The front matter block of a notes file, cut off before the Markdown is tokenized. */
export interface FrontMatterBlock {
  /** The YAML between the fences. */
  yaml: string;
  /** File line of the YAML's first line. */
  yamlLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** Lines before `body` starts. */
  bodyOffset: number;
  /** TOML (`+++`) rather than YAML. */
  toml?: boolean;
  /** An outliner's page properties (`title:: …` lines, Logseq) rather than YAML. */
  properties?: boolean;
  /** An Elixir map (`%{ title: "…", tags: ["…"] }`, NimblePublisher's posts) rather than YAML. */
  elixir?: boolean;
  /** Pelican's (or MultiMarkdown's) `Title: …` / `Date: …` lines, no fences, rather than YAML. */
  pelican?: boolean;
}

/** `title:: ReactConf 2024`, `tags:: conference`: the lines of an outliner's page properties. */
const PROPERTY_LINES = /^(?:[\p{L}][\p{L}\d_-]{0,30}::[ \t][^\n]*(?:\n|$))+/u;

/**
 * A leading `---` … `---` (or `...`) block, cut off before tokenizing. Without a closing fence
 * there is no front matter (the `---` is a thematic break, as CommonMark reads it).
 */
export function splitFrontMatter(text: string): FrontMatterBlock | undefined {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return pelicanHeader(text) ?? pageProperties(text);
  // Hugo's TOML front matter (`+++`) is cut off the same way; only its title is read.
  const toml = open[1] === '+++';
  const fence = toml ? /^\+\+\+[ \t]*$/m : /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const close = fence.exec(rest);
  if (!close) return undefined;
  const yaml = rest.slice(0, close.index);
  const afterFence = close.index + close[0].length;
  const newline = rest.slice(afterFence).match(/^\r?\n/);
  const body = rest.slice(afterFence + (newline ? newline[0].length : 0));
  return {
    ...(toml ? { toml: true } : {}),
    ...(!toml && /^\s*%\{/.test(yaml) && /\}\s*$/.test(yaml) ? { elixir: true } : {}),
    // Without its last line break, so an error at the end of the YAML points into it.
    yaml: yaml.replace(/\r?\n$/, ''),
    yamlLine: 2,
    body,
    bodyOffset: 1 + lineBreaks(yaml) + 1,
  };
}

/**
 * "Title: Write the Docs NA 2016" over "Date: 2016-05-25" and "Category: conferences", then a
 * blank line: a Pelican post's metadata, no fences. Only a blog engine's keys, two at least, one
 * of them the title, so a talk page's `Title:` over `Speaker:` lines stays its notes.
 */
function pelicanHeader(text: string): FrontMatterBlock | undefined {
  if (!/^title:[ \t]/i.test(text)) return undefined;
  const lines = PELICAN_LINES.exec(text.replace(/\r\n/g, '\n'));
  const count = lines ? lineBreaks(lines[0]) : 0;
  if (!lines || count < 2) return undefined;
  const body = text.split('\n').slice(count).join('\n');
  if (!/^[ \t]*(?:\r?\n|$)/.test(body)) return undefined;
  return { pelican: true, yaml: lines[0], yamlLine: 1, body, bodyOffset: count };
}

const PELICAN_LINES =
  /^(?:(?:title|date|modified|category|tags|slug|authors?|summary|status|lang|subtitle):[ \t]+[^\n]*\n)+/i;

/** Page properties stand where front matter would, and are cut off the same way. */
function pageProperties(text: string): FrontMatterBlock | undefined {
  const lines = text.includes(':: ') ? PROPERTY_LINES.exec(text.replace(/\r\n/g, '\n')) : null;
  if (!lines) return undefined;
  const count = lineBreaks(lines[0]);
  const body = text.split('\n').slice(count).join('\n');
  return { properties: true, yaml: lines[0], yamlLine: 1, body, bodyOffset: count };
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
