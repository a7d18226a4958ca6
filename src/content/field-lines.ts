import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/** "**Talk:** Title", "Session: Title", "Titel: …": a label that says the line is a talk's title. */
export const TITLE_LABEL =
  /^(?:talk|talk title|title|session|presentation|vortrag|titel|conférence|titre|charla|ponencia|título|titolo|tytuł|タイトル|セッション|演讲|题目|議題|발표)\s*[:：]\s*(?=\S)/iu;

/** Paragraphs that start with a talk's title label ("Talk: …"): talks without headings. */
export function titleLabelled(nodes: MdNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    const [first] = splitLines(node.children);
    if (first && TITLE_LABEL.test(plainText(first))) count++;
  }
  return count;
}

/**
 * "Speaker:", "**Slides:**", "Video link:", "Slides (PDF):", "Lea's website:": a short label that
 * starts a line of talk facts.
 */
const FIELD = /^[\p{L}][\p{L}'’() -]{0,30}[:：]\s*\S/u;
/** "Talk by Jane Doe", "Presented by Jane Doe": who gave it, on a line of its own. */
const BYLINE =
  /^(?:(?:[Tt]alk|[Ss]ession|[Kk]eynote)\s+)?(?:(?:[Gg]iven|[Pp]resented)\s+)?[Bb]y\s+\p{Lu}/u;

/** "🎤 ", "📺 ", "▶ ": a sign an author puts before a label ("🎤 **Speaker:** Jane Doe"). */
const LEAD_MARK =
  /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D}|\u{20E3}|[→➡▶►▸•])+\s*/u;

/** A line's text without the sign before its label, when it is a labelled line. */
function fieldText(text: string): string {
  // Signs are past U+2000; most lines start with a letter and are not looked at twice.
  if ((text.codePointAt(0) ?? 0) < 0x2000) return text;
  const mark = LEAD_MARK.exec(text);
  return mark && FIELD.test(text.slice(mark[0].length)) ? text.slice(mark[0].length) : text;
}

/** A line of inline nodes without the sign before its label ("📑 **Slides:** […](…)"). */
function unmarked(line: MdNode[]): MdNode[] {
  const first = line[0];
  if (first?.type !== 'text' || (first.value?.codePointAt(0) ?? 0) < 0x2000) return line;
  const text = plainText(line);
  const label = fieldText(text);
  if (label === text) return line;
  const value = (first.value ?? '').replace(LEAD_MARK, '');
  return value === '' ? line.slice(1) : [{ ...first, value }, ...line.slice(1)];
}

/** A paragraph, or a list's items, without the signs before their labels. */
function withoutLeadMarks(node: MdNode): MdNode {
  if (node.type === 'paragraph') {
    const children = unmarked(node.children);
    return children === node.children ? node : { ...node, children };
  }
  if (node.type !== 'list') return node;
  let changed = false;
  const items = node.children.map((item) => {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph') return item;
    const plain = withoutLeadMarks(first);
    if (plain === first) return item;
    changed = true;
    return { ...item, children: [plain, ...rest] };
  });
  return changed ? { ...node, children: items } : node;
}

/**
 * "**Speaker:** Jane Doe (Acme)" / "**Slides:** [link]" / "**Video:** https://…" written as the
 * lines of one paragraph: each line is a fact of its own, read as if it were its own paragraph.
 */
export function splitFieldParagraphs(input: MdNode[]): MdNode[] {
  const tabled = input.some(isFieldTable) ? input.flatMap(fieldTableLines) : input;
  const nodes = (tabled.some(isFieldQuote) ? tabled.flatMap(quoteLines) : tabled).map(
    withoutLeadMarks,
  );
  if (!nodes.some((node) => isFieldParagraph(node) || endsWithLinksLine(node) || hasTagsLine(node)))
    return nodes;
  return nodes.flatMap((node) => {
    if (hasTagsLine(node)) return tagLinesApart(node);
    if (isFieldParagraph(node)) {
      return splitLines(node.children).map((line, i) => ({
        ...node,
        line: node.line + i,
        children: unmarked(line),
      }));
    }
    if (!endsWithLinksLine(node)) return [node];
    // "Server components, explained.\n👉 [Watch](…)": the notes, and the talk's links apart.
    const lines = splitLines(node.children);
    let last = lines.pop() ?? [];
    // "… the TC39 proposal. Slides:" over the link: the label above names the link's kind.
    const above = lines.at(-1);
    const end = above?.at(-1);
    const found = end?.type === 'text' ? LABEL_ABOVE.exec(end.value ?? '') : null;
    const label = found?.[1];
    if (above && end && found && label) {
      // The label is the link's, no word of the notes.
      const cut = (end.value ?? '').slice(0, found.index + found[0].indexOf(label)).trimEnd();
      above[above.length - 1] = { ...end, value: cut };
    }
    if (label)
      last = [
        { type: 'text', line: node.line + lines.length, children: [], value: `${label}: ` },
        ...last,
      ];
    const text = lines.flatMap((line, i) =>
      i === 0
        ? line
        : [{ type: 'text' as const, line: node.line + i, children: [], value: '\n' }, ...line],
    );
    return [
      { ...node, children: text },
      { ...node, line: node.line + lines.length, children: last },
    ];
  });
}

/** A label ending the line above a line of links: "Slides:", "The recording:". */
const LABEL_ABOVE = /(?:^|[.!?]\s+)((?:the\s+)?\p{L}{3,20}(?:\s\p{L}{2,12})?)\s*:\s*$/iu;

/** "> Speaker: Marco Rossi, Swisscom" / "> [Slides](…)": a quote that holds the talk's facts. */
function isFieldQuote(node: MdNode): boolean {
  if (node.type !== 'blockquote' || node.children.length > 6) return false;
  const first = node.children[0];
  if (first?.type !== 'paragraph') return false;
  const [line] = splitLines(first.children);
  return (
    line !== undefined &&
    FIELD.test(fieldText(plainText(line))) &&
    node.children.every((child) => child.type === 'paragraph')
  );
}

function quoteLines(node: MdNode): MdNode[] {
  return isFieldQuote(node) ? node.children : [node];
}

/** "#architecture", "#wasm #web": a line of the author's tags, and nothing else. */
export const TAGS_LINE =
  /^#(?=[\p{N}_-]*\p{L})[\p{L}\p{N}_-]+(?:\s+#(?=[\p{N}_-]*\p{L})[\p{L}\p{N}_-]+)*$/u;

/** A paragraph of two lines or more whose first or last line is only tags (Bear, Obsidian). */
function hasTagsLine(node: MdNode): boolean {
  if (node.type !== 'paragraph' || !node.children.some(hasNewline)) return false;
  const first = node.children[0];
  if (first?.type !== 'text' || !(first.value ?? '').includes('#')) {
    const last = node.children.at(-1);
    if (last?.type !== 'text' || !(last.value ?? '').includes('#')) return false;
  }
  const lines = splitLines(node.children);
  return lines.length > 1 && [lines[0], lines.at(-1)].some((line) => isTagsLine(line ?? []));
}

function isTagsLine(line: MdNode[]): boolean {
  return line.every((n) => n.type === 'text') && TAGS_LINE.test(plainText(line).trim());
}

/** "#architecture" over "Long live readable code.": the tags, and the notes, apart. */
function tagLinesApart(node: MdNode): MdNode[] {
  const lines = splitLines(node.children);
  const first = isTagsLine(lines[0] ?? []) ? lines.shift() : undefined;
  const last = lines.length > 0 && isTagsLine(lines.at(-1) ?? []) ? lines.pop() : undefined;
  const start = node.line + (first ? 1 : 0);
  const text = lines.flatMap((line, i) =>
    i === 0
      ? line
      : [{ type: 'text' as const, line: start + i, children: [], value: '\n' }, ...line],
  );
  return [
    ...(first ? [{ ...node, children: first }] : []),
    ...(text.length > 0 ? [{ ...node, line: start, children: text }] : []),
    ...(last ? [{ ...node, line: start + lines.length, children: last }] : []),
  ];
}

/** A paragraph of two lines or more whose last line is only links ("👉 [Watch](…)"). */
function endsWithLinksLine(node: MdNode): boolean {
  if (node.type !== 'paragraph') return false;
  const tail: MdNode[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i] as MdNode;
    if (child.type === 'break') return isLinksLine(tail);
    if (child.type === 'text' && (child.value ?? '').includes('\n')) {
      const value = child.value ?? '';
      return isLinksLine([{ ...child, value: value.slice(value.lastIndexOf('\n') + 1) }, ...tail]);
    }
    tail.unshift(child);
    if (tail.length > 20) return false;
  }
  return false;
}

function isFieldParagraph(node: MdNode): boolean {
  if (node.type !== 'paragraph' || !node.children.some(hasNewline)) return false;
  const lines = splitLines(node.children);
  if (lines.length < 2 || lines.length > 12) return false;
  // "**Speaker:** Jane Doe, Acme" over "[Slides](…) | [Recording](…)": a line of the talk's
  // links is a fact of its own too, not the rest of the speaker's company.
  let fields = 0;
  for (const line of lines) {
    const text = fieldText(plainText(line));
    // "Talk by **Maren Vik**, Staff Engineer at Lysverk." over "Recording: …": a byline is a fact.
    if (FIELD.test(text) || BYLINE.test(text)) fields++;
    // "![Sketchnote](…)" over "*Slides: […](…)*": a picture's line stands apart as well.
    else if (!isLinksLine(line) && !isImageLine(line)) return false;
  }
  return fields > 0;
}

/** Only pictures on the line. */
function isImageLine(line: MdNode[]): boolean {
  return (
    line.some((node) => node.type === 'image') &&
    line.every(
      (node) => node.type === 'image' || (node.type === 'text' && (node.value ?? '').trim() === ''),
    )
  );
}

/** Links and nothing but separators between them ("[Slides](…) · [Video](…)"). */
function isLinksLine(line: MdNode[]): boolean {
  let links = 0;
  for (const node of line) {
    if (node.type === 'link') links++;
    // Separators, pointing signs and "and" between the links: no words of their own.
    else if (
      node.type !== 'text' ||
      /[\p{L}\p{N}]/u.test((node.value ?? '').replace(/\b(?:and|or)\b/gi, ''))
    )
      return false;
  }
  return links > 0;
}

export function hasNewline(node: MdNode): boolean {
  return node.type === 'break' || (node.type === 'text' && (node.value ?? '').includes('\n'));
}

/** Inline nodes cut at line breaks (soft or hard). */
export function splitLines(children: MdNode[]): MdNode[][] {
  const lines: MdNode[][] = [[]];
  for (const child of children) {
    if (child.type === 'break') {
      lines.push([]);
      continue;
    }
    if (child.type !== 'text' || !(child.value ?? '').includes('\n')) {
      lines.at(-1)?.push(child);
      continue;
    }
    const parts = (child.value ?? '').split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)?.push({ ...child, value: part });
    });
  }
  return lines;
}

/** Labels a table of one talk's facts has in its first column. */
const TABLE_FIELD =
  /^(?:speakers?|presenters?|who|by|slides?|deck|video|recording|track|room|time|when|level|company|abstract|description|links?|登壇者|発表者|講演者|講師|スピーカー|演讲者|讲者|讲师|嘉宾|발표자|연사|sprecher(?:in)?|referent(?:in)?|palestrantes?|ponentes?|orador(?:a|es)?|intervenant(?:e|s)?|時間|日時|場所|会場|部屋|所属|スライド|資料|動画|时间|地点|会场|单位|公司|幻灯片|视频|시간|장소|소속|슬라이드|영상|zeit|uhrzeit|raum|saal|folien|firma|hora|horário|horario|sala|empresa|heure|salle|entreprise|diapositivas|vídeo)$/iu;

/**
 * | Speaker | Erik Wilde (Axway) |, | Slides | [PDF](…) |: a two-column table of a talk's facts,
 * most of whose rows (its header too, when it is not empty) are labelled like field lines.
 */
function isFieldTable(node: MdNode): boolean {
  if (node.type !== 'table' || node.children.length > 20) return false;
  if (isColumnTable(node)) return true;
  // "| Speaker | Slides |" over a row of values: labels across the top, not down the side.
  if (node.children[0]?.children.every((cell) => TABLE_FIELD.test(tableLabel(cell)))) return false;
  let labelled = 0;
  let rows = 0;
  for (const row of node.children) {
    if (row.children.length !== 2) return false;
    const label = tableLabel(row.children[0] as MdNode);
    const value = plainText(row.children[1] as MdNode);
    if (label === '' && value === '') continue;
    rows++;
    if (TABLE_FIELD.test(label)) labelled++;
  }
  return labelled > 0 && labelled * 2 >= rows;
}

/**
 * | Speaker | Company | Slides | over | Lisa Hoffmann | Team Topologies | [deck](…) |: one talk's
 * facts with their labels across the top, in a table of one row.
 */
function isColumnTable(node: MdNode): boolean {
  const [header, row, ...more] = node.children;
  if (!header || !row || more.length > 0 || header.children.length < 2) return false;
  return (
    header.children.length === row.children.length &&
    header.children.every((cell) => TABLE_FIELD.test(tableLabel(cell)))
  );
}

/** A facts table's label cell: "Speaker:" and "Speaker" alike. */
function tableLabel(cell: MdNode): string {
  return plainText(cell)
    .replace(/[:：]$/, '')
    .trim();
}

/** Each labelled row of a facts table as the line "Label: value" would be. */
function fieldTableLines(node: MdNode): MdNode[] {
  if (!isFieldTable(node)) return [node];
  const lines: MdNode[] = [];
  const [header, first] = node.children as [MdNode, MdNode];
  const pairs = isColumnTable(node)
    ? header.children.map((label, i) => [label, first.children[i] as MdNode, first.line] as const)
    : node.children
        // "| Property | Value |" over the rows (a Notion page): the columns' names, no fact.
        .filter((row, i) => i > 0 || TABLE_FIELD.test(tableLabel(row.children[0] as MdNode)))
        .map((row) => [row.children[0], row.children[1], row.line] as const);
  // "| Speaker | Leila Rahimi, Anders Wik |" beside "| Company | Bølgedata |": two people.
  const companyRow = pairs.some(([label]) => /^company$/i.test(tableLabel(label as MdNode)));
  for (const [label, value, line] of pairs as [MdNode, MdNode, number][]) {
    let name = tableLabel(label);
    if (name === '' || plainText(value) === '') continue;
    if (companyRow && /^speaker$/i.test(name)) name = 'Speakers';
    // "| Speaker | Moderator: Erik Dahl; Panel: Hanne Vik, … |": the value's own labels say it.
    if (/^(?:moderat|panel|host|chair)[\p{L}]*\s*:/iu.test(plainText(value))) {
      lines.push({ type: 'paragraph', line, children: value.children });
      continue;
    }
    lines.push({
      type: 'paragraph',
      line,
      children: [{ type: 'text', line, children: [], value: `${name}: ` }, ...value.children],
    });
  }
  return lines;
}
