/**
 * Python-Markdown's admonitions, as mkdocs-material sites write them: `!!! note "Speaker"` (also
 * `??? tip "Slides & video"`, collapsible, and `???+`) over content indented by four spaces. Read
 * as the notes around it, as a `:::` box is: the marker line is no word of the notes, and the
 * content is read without its indent (a list of links stays a list, not a code block or a
 * paragraph run on from the marker). A box titled as a talk's field over one line
 * (`!!! note "Speaker"` over `**Franziska Huber** — Staff SRE, Alpenwerk Cloud`) is that field's
 * line: `Speaker: **Franziska Huber** — …`. Lines keep their numbers; code fences are left alone.
 */
export function withoutAdmonitionMarks(markdown: string): string {
  if ((!markdown.includes('!!!') && !markdown.includes('???')) || !MAYBE.test(markdown))
    return markdown;
  const lines = markdown.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fenced = FENCE.exec(line)?.[1];
    if (fenced && (!fence || fenced.startsWith(fence))) {
      fence = fence ? undefined : fenced;
      continue;
    }
    if (fence) continue;
    const marker = MARKER.exec(line);
    if (!marker) continue;
    // The content: the lines indented under the marker, blank lines among them.
    let end = i + 1;
    let last = i;
    while (end < lines.length) {
      const next = lines[end] as string;
      if (INDENTED.test(next)) last = end;
      else if (next.trim() !== '') break;
      end++;
    }
    for (let j = i + 1; j <= last; j++) lines[j] = (lines[j] as string).replace(INDENTED, '');
    const title = marker[1]?.trim() ?? '';
    const body = lines.slice(i + 1, last + 1).filter((text) => text.trim() !== '');
    if (
      FIELD_TITLE.test(title) &&
      body.length === 1 &&
      !/^\s*(?:[-*+]|\d+[.)])\s/.test(body[0] ?? '')
    ) {
      lines[i] = `${title}: ${(body[0] as string).trim()}`;
      for (let j = i + 1; j <= last; j++) lines[j] = '';
    } else lines[i] = '';
    i = last;
  }
  return lines.join('\n');
}

/** A marker at the start of a line, anywhere in the text: the only texts looked at line by line. */
const MAYBE = /(?:^|\n)(?:!!!|\?\?\?)/;

/** `!!! note "Speaker"`, `??? tip "Slides & video"`, `???+ info`, `!!! warning ""`. */
const MARKER = /^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"\n]*)")?[ \t]*$/;

const INDENTED = /^(?: {4}|\t)/;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A box's title that names a talk's field: its one line is that field's line. */
const FIELD_TITLE =
  /^(?:speakers?|presenters?|presented by|panell?ists|moderator|slides?|deck|video|recording|company|track)$/i;
