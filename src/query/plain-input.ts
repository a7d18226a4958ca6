/**
 * A message's text as words: HTML and Markdown typed or pasted into it are no words of the
 * question ("<b>kubernetes</b>" asks about kubernetes), and a table's keys are only its own.
 */

/** A table's own entry for a key ("__proto__", "constructor" are no key of any table). */
export function own<V>(table: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A script's or style's body, which says nothing asked. */
const CODE_ELEMENT = /<(script|style|iframe|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/**
 * An HTML tag (`<b>`, `</b>`, `<img src=x onerror=…>`, `<br/>`), not Slack's `<@U123>`,
 * `<#C1|general>`, `<!here>` or `<https://…|text>`, whose name ends at a colon.
 */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
/** An HTML comment. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** `[text](https://…)`, `![alt](…)`: the text; the address is none of the question's words. */
const MD_LINK = /!?\[([^\]]*)\]\(\s*[^)\s]*(?:\s+"[^"]*")?\s*\)/g;
/** `**bold**`, `` `code` ``: the marks around words (`__proto__` is a name). */
const MD_MARKS = /(\*\*|`+)(?=\S)([^*`]*?\S)\1/g;
/**
 * `~~go~~ rust talks`, Slack's `~go~`: words struck out, taken back by who typed them (kept only
 * when nothing else is left).
 */
const STRUCK = /(~~?)(?=[^\s~])([^~]*?[^\s~])\1/g;
/** A link's text that says only that it is one: "[click](…)", "[here](…)". */
const LINK_WORDS =
  /^\s*(?:click(?:\s+here)?|here|link|this(?:\s+link)?|read\s+more|more|source|url)\s*$/i;
/** `%s%s%n`, `%08x`: a format string's placeholders, a whole word of them, say nothing. */
const FORMAT = /(^|\s)(?:%[-+0#]*\d*(?:\.\d+)?[a-z])+(?=\s|$)/gi;
/** `# heading`, `> quote` at the start. */
const MD_LEAD = /^(?:#{1,6}|>+)\s+/;
/** `&amp;`, `&lt;`: the character, for the few that say one. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The text without markup: tags, scripts, comments, Markdown links and marks. */
export function withoutMarkup(text: string): string {
  if (!/[<>[\]*~`#&%]/.test(text)) return text;
  return text
    .replace(COMMENT, ' ')
    .replace(CODE_ELEMENT, ' ')
    .replace(TAG, ' ')
    .replace(MD_LINK, (_all, said: string) => (LINK_WORDS.test(said) ? ' ' : ` ${said} `))
    .replace(STRUCK, (all, _mark, said: string, at: number, whole: string) =>
      /[\p{L}\p{N}]/u.test(whole.slice(0, at) + whole.slice(at + all.length)) ? ' ' : said,
    )
    .replace(MD_MARKS, '$2')
    .replace(MD_LEAD, '')
    .replace(FORMAT, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_all, name: string) => own(ENTITIES, name) ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
