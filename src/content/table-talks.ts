import type { Speaker } from '../model.ts';
import { TITLE_LABEL } from './field-lines.ts';
import { type HeadingParts, splitHeading } from './heading-title.ts';
import { SPEAKER_LABEL } from './labelled-lead.ts';
import type { MdNode } from './markdown.ts';
import { breaksAs, isBreakTag, plainText, proseText } from './markdown-text.ts';
import { lineupLine } from './panel-lineup.ts';
import { headingName, isPostSection } from './section-names.ts';
import { panelLine, speakerLine } from './speaker-line.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import { addLink, findLinks } from './talk-links.ts';
import { ROOM_COLUMN, roomCell, roomName } from './talk-room.ts';
import { sessionKind } from './title-marks.ts';
import { unheadedColumns } from './unheaded-table.ts';

/** What a column of a table of talks holds, from its header. */
type Column =
  | 'title'
  | 'speaker'
  | 'company'
  | 'notes'
  | 'link'
  | 'time'
  | 'kind'
  | 'room'
  | 'other';

const COLUMNS: [RegExp, Column][] = [
  [
    /^(?:talk|session|presentation)?\s*(?:title|name)?$|^(?:talks?|sessions?|presentations?)$/i,
    'title',
  ],
  [/^(?:speakers?|presenters?|by|who|speaker\(s\))$/i, 'speaker'],
  [/^(?:company|companies|organi[sz]ations?|affiliations?|employer)$/i, 'company'],
  [
    /^(?:(?:my |key |short )?(?:notes?|comments?|summary|takeaways?|thoughts|description|why|what i learned|tl;?dr|highlights?|remarks?|impressions?|verdict|abstract|about))$|^(?:why|what)\b.{1,40}$|^my take\b/i,
    'notes',
  ],
  [/^(?:slides?|video|recording|links?|deck|resources)$/i, 'link'],
  [/^(?:time|when|slot|start)$/i, 'time'],
  [ROOM_COLUMN, 'room'],
  [/^(?:(?:session |talk )?(?:format|type|kind))$/i, 'kind'],
];

/** "TBA", "To be confirmed", "?", "—": a slot with no talk in it yet. */
const NO_TITLE =
  /^(?:tb[adc]|to be (?:announced|confirmed|determined|decided)|n\/a|\?+|[-–—]+)(?:\s*\([^()]{0,40}\))?[.!]?$/i;

/**
 * "Workshop (2h)", "Lightning (10 min)", "Keynote": the kind of session a table's Format or Type
 * column names, as a title marked with it would be ("Talk (40 min)" is of no kind).
 */
function kindOf(cell: string): string | undefined {
  const word = cell.replace(/\s*[([][^()[\]]{0,40}[)\]]/g, '').trim();
  if (word === '' || word.length > 40) return undefined;
  return sessionKind(word) ?? sessionKind(`${word}: x`) ?? sessionKind(`x [${word}]`);
}

/**
 * The same columns as authors name them in other languages ("| Palestra | Palestrante |",
 * "| Charla | Ponente |", "| Vortrag | Sprecher |", "| Доклад | Спикер |", "| セッション | 登壇者 |").
 * Titles and speakers are read with the labels a line of talk facts uses ("Vortrag:", "Sprecher:"),
 * so a column and a label name the same things; the plurals and the words only a column uses are here.
 */
const OTHER_LANGUAGE_COLUMNS: [RegExp, Column][] = [
  [
    /^(?:palestras?|charlas|ponencias|vortr[äa]ge|conférences|sess(?:ão|ões)|sesi(?:ón|ones)|sessioni|interventi|intervento|доклады?|тема(?: доклада)?|название|выступлени[ея]|講演|演題|タイトル|セッション名?|세션|발표|제목|강연|演讲|演讲主题|议题|題目|主题|titel des vortrags|título da palestra|título de la charla)$/iu,
    'title',
  ],
  [
    /^(?:referent(?:inn)?en|sprecher(?:innen)?|vortragende[rn]?|ponentes|palestrantes|oradores|intervenants|relatori|спикеры|докладчики|выступающ(?:ий|ие)|登壇者|講演者|発表者|스피커|연사|발표자|演讲者|讲者|嘉宾)$/iu,
    'speaker',
  ],
  [
    /^(?:empresa|firma|unternehmen|organisation|organización|organização|entreprise|société|azienda|компания|организация|会社|所属|소속|회사|公司|单位)$/iu,
    'company',
  ],
  [
    /^(?:(?:mis |minhas |meine )?(?:notas?|notizen|anmerkungen|kommentare?|comentarios?|comentários?|resumo|resumen|zusammenfassung|résumé|commentaires?|заметки|комментари[йи]|впечатления|メモ|感想|所感|메모|요약|후기|笔记|备注|感想|总结))$/iu,
    'notes',
  ],
  [
    /^(?:folien|diapositivas|vídeo|enlaces?|ligações|liens|слайды|видео|ссылк[аи]|スライド|動画|資料|슬라이드|영상|자료|幻灯片|视频|链接)$/iu,
    'link',
  ],
  [
    /^(?:uhrzeit|zeit|tijd|tid|czas|godzina|čas|saat|hora|horário|horario|heure|orario|время|時間|시간|时间)$/iu,
    'time',
  ],
];

/** The talk's subject, as a column of a table of talks names it in German, Spanish, French… */
const SUBJECT_COLUMN =
  /^(?:thema|themen|tema|temat|sujet|onderwerp|titel|titolo|titre|título|tytuł|vortragstitel)$/iu;

function columnOf(header: string): Column {
  const name = header.trim();
  if (name === '') return 'other';
  for (const [pattern, column] of COLUMNS) if (pattern.test(name)) return column;
  for (const [pattern, column] of OTHER_LANGUAGE_COLUMNS) if (pattern.test(name)) return column;
  if (SPEAKER_LABEL.test(`${name}:`)) return 'speaker';
  if (TITLE_LABEL.test(`${name}: x`)) return 'title';
  return 'other';
}

/**
 * A Markdown table whose header names a title column and a speaker or notes column
 * (`| Title | Speaker | Notes |`): one talk per row. Any other table is notes, not talks.
 */
export function tableTalks(table: MdNode, context: TalkContext): DraftTalk[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const headers = header.children.map((cell) => plainText(cell));
  const columns = headers.map(columnOf);
  // "| | | |" over rows of talks: the rows say which column is which.
  const unheaded = headers.every((name) => name.trim() === '') ? unheadedColumns(rows) : undefined;
  if (unheaded) {
    columns[unheaded.title] = 'title';
    columns[unheaded.speaker] = 'speaker';
  }
  // "| Thema | Vortragender |", "| Tema | Ponente |", "| Sujet | Intervenant |": the subject names
  // the talk where no column is its title ("| Thema | Titel | Sprecher |" has one) and one names
  // who spoke ("| Thema | Notizen |" is a list of topics).
  const subject = headers.findIndex((name) => SUBJECT_COLUMN.test(name.trim()));
  if (
    subject !== -1 &&
    columns[subject] === 'other' &&
    !columns.includes('title') &&
    columns.includes('speaker')
  )
    columns[subject] = 'title';
  // "| Talk | Speaker | 👍 |": in a table of talks and speakers, a column the header does not
  // name is notes when its cells are sentences (four words and more in most rows), not tags.
  if (columns.includes('speaker') && !columns.includes('notes')) {
    const prose = columns.findIndex((column, i) => column === 'other' && proseColumn(rows, i));
    if (prose !== -1) columns[prose] = 'notes';
  }
  const recordings = recordingColumns(headers, columns, rows);
  const titleAt = columns.indexOf('title');
  if (titleAt === -1 && columns[0] === 'time') return gridTalks(headers, rows, context);
  if (titleAt === -1 || !(recordings || columns.some((c) => c === 'speaker' || c === 'notes')))
    return [];
  // "Keynote: Title - Jane Doe": with no speaker column, the title cell names them.
  const titled = recordings && !columns.includes('speaker');
  const drafts: DraftTalk[] = [];
  for (const row of rows) {
    const cells = row.children;
    const titleCell = cells[titleAt];
    const title = titleCell ? plainText(titleCell).replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '') : '';
    // A schedule's "Lunch" or "Coffee break" row is not a talk, nor is a slot still "TBA".
    if (!/\p{L}/u.test(title) || NO_TITLE.test(title.trim()) || isPostSection(headingName(title)))
      continue;
    const parts = titled ? splitHeading(title, true) : undefined;
    if (parts?.title === '') continue;
    const draft = newDraft(parts?.title ?? title, row.line, context);
    if (parts) {
      draft.speakers.push(...parts.speakers);
      if (parts.company) draft.company = parts.company;
      const kind = sessionKind(title);
      if (kind) draft.kind = kind;
    }
    const [titleLink] = titleCell ? findLinks(titleCell) : [];
    if (titleLink) addLink(titleLink, 'Description', draft.links, true);
    let company: string | undefined;
    cells.forEach((cell, i) => {
      const text = plainText(cell);
      if (i === titleAt || text === '') return;
      const column = columns[i];
      // "Anja Weber<br>AWS": a speaker's lines in a cell are the name, then the company.
      if (column === 'speaker')
        draft.speakers.push(
          ...speakersOf(plainText({ ...cell, children: breaksAs(cell.children, ', ') })),
        );
      // "—", "n/a": a company column's way of saying none.
      else if (column === 'company' && !NOBODY.test(text.trim())) company = text;
      else if (column === 'time' && /\d/.test(text) && text.length <= 30) draft.time = text;
      else if (column === 'room') {
        const room = roomCell(headers[i] ?? '', text);
        if (room) draft.room = room;
      } else if (column === 'kind') {
        const kind = kindOf(text);
        if (kind) draft.kind = kind;
      } else if (column === 'notes' && proseText(cell) !== '') {
        draft.notes.push({ text, prose: proseText(cell), children: [] });
      }
      for (const link of findLinks(cell)) {
        addLink(link, `${headers[i] ?? ''}: ${plainText(link.children)}`, draft.links, false);
      }
    });
    if (company) {
      const speakers = draft.speakers.map((s) => (s.company ? s : { ...s, company }));
      draft.speakers.splice(0, draft.speakers.length, ...speakers);
      if (speakers.length === 0) draft.company = company;
    }
    drafts.push(draft);
  }
  return withoutBreakRows(drafts, columns.includes('speaker'));
}

/** A column of the recordings of talks, as its header names them. */
const RECORDING_HEADER = /^(?:slides?|videos?|recordings?|decks?|presentations?|watch)$/i;

/**
 * "| Topic | Video | Presentation |": a table of recorded talks, a talk's video and slides in
 * columns of links. A column whose cells are only "[Slides](…)" or "-" holds links, whatever its
 * header says; "Topic" then names the talks (a table with a title column keeps "Topic" a tag).
 * True where a video or slides column has a link in most rows; "| Name | Link |" is no such table.
 */
function recordingColumns(headers: string[], columns: Column[], rows: MdNode[]): boolean {
  if (columns.includes('speaker') || columns.includes('notes') || rows.length === 0) return false;
  const linked = (at: number) => rows.filter((row) => linkCell(row.children[at])).length;
  const only = (at: number) =>
    rows.every((row) => {
      const cell = row.children[at];
      return linkCell(cell) || /^[-–—]?$/.test(cell ? plainText(cell).trim() : '');
    });
  const recorded = headers.map(
    (header, i) => RECORDING_HEADER.test(header.trim()) && only(i) && linked(i) * 2 >= rows.length,
  );
  if (!recorded.some(Boolean)) return false;
  recorded.forEach((link, i) => {
    if (link) columns[i] = 'link';
  });
  if (!columns.includes('title')) {
    const topic = headers.findIndex((header) => /^topics?$/i.test(header.trim()));
    if (topic !== -1) columns[topic] = 'title';
  }
  return columns.includes('title');
}

/** "[Slides](…)", "[Watch Here](…)": a cell that is a link of a few words and nothing more. */
function linkCell(cell: MdNode | undefined): boolean {
  if (!cell) return false;
  const text = plainText(cell).trim();
  return findLinks(cell).length === 1 && text.split(/\s+/).length <= 3;
}

/**
 * "| 5 | Lunch & sponsor expo | | |": where most rows name their speakers, a row with no
 * speaker, notes or link is the day's break, not a talk.
 */
function withoutBreakRows(drafts: DraftTalk[], speakerColumn: boolean): DraftTalk[] {
  const bare = (draft: DraftTalk) =>
    draft.speakers.length === 0 &&
    !draft.company &&
    draft.notes.length === 0 &&
    draft.links.length === 0 &&
    !draft.kind;
  const named = drafts.filter((draft) => draft.speakers.length > 0).length;
  if (!speakerColumn || named < 2 || named * 3 < drafts.length * 2) return drafts;
  return drafts.filter((draft) => !bare(draft));
}

/**
 * A schedule grid: times down the first column, a room or track per other column, a talk per
 * cell (`| 10:30 | Serverless at scale — Luca Ferri | Kubernetes operators — Anna Conti |`).
 * Read so only where most cells that are not breaks name a speaker: a table with a time column
 * is not always a schedule.
 */
function gridTalks(headers: string[], rows: MdNode[], context: TalkContext): DraftTalk[] {
  if (headers.length < 3 || rows.length === 0) return [];
  const drafts: DraftTalk[] = [];
  let named = 0;
  for (const row of rows) {
    const [slot, ...cells] = row.children;
    const time = slot ? plainText(slot).trim() : '';
    if (!/\d/.test(time) || time.length > 30) return [];
    const seen = new Set<string>();
    cells.forEach((cell, index) => {
      const text = plainText(cell).trim();
      if (!/\p{L}{2}/u.test(text) || NO_TITLE.test(text) || isPostSection(headingName(text)))
        return;
      // "| 09:00 | Keynote — Brian Oakes | Keynote — Brian Oakes |": one session over every room,
      // as a merged cell is: one talk, in the first.
      if (seen.has(text)) return;
      seen.add(text);
      const parts = cellLines(cell) ?? splitHeading(text, true);
      if (parts.title === '' || isPostSection(headingName(parts.title))) return;
      const draft = newDraft(parts.title, row.line, { ...context, time });
      const kind = sessionKind(text);
      if (kind) draft.kind = kind;
      draft.speakers.push(...parts.speakers);
      if (parts.company) draft.company = parts.company;
      // A column per room ("Hall A") is the talk's room; one per track ("Data") its track.
      const column = headers[index + 1]?.trim();
      const room = column ? roomName(column) : undefined;
      if (room) draft.room = room;
      else if (column) draft.track = column;
      const [link] = findLinks(cell);
      if (link) addLink(link, 'Description', draft.links, true);
      if (parts.speakers.length > 0) named++;
      drafts.push(draft);
    });
  }
  return named * 2 > drafts.length ? drafts : [];
}

/**
 * "**Title** ✔<br>Jane Doe (Acme)": a grid cell of two lines, the title then its people (a
 * panel's `Moderator: … · A, B` too). `undefined` for a cell of one line, or whose second line
 * names no one.
 */
function cellLines(cell: MdNode): HeadingParts | undefined {
  const at = cell.children.findIndex(isBreakTag);
  if (at <= 0) return undefined;
  const second = cell.children.slice(at + 1);
  const end = second.findIndex(isBreakTag);
  // "Moderator: Lucia Ferraro · A, B, C": the moderator, then the panel.
  const who = plainText(end < 0 ? second : second.slice(0, end))
    .trim()
    .replace(/^(moderat\p{L}*\s*:[^·]+?)\s+·\s+/iu, '$1. Panelists: ');
  const speakers = who ? (speakerLine(who, true) ?? panelLine(who)) : undefined;
  if (!speakers) return undefined;
  const head = splitHeading(plainText(cell.children.slice(0, at)).trim(), false);
  return { ...head, speakers };
}

const NOBODY =
  /^(?:various|tbd|tba|tbc|n\/a|none|multiple|several|many|everyone|all|misc|(?:the\s+)?organi[sz]ers|(?:the\s+)?team|[-–—?]+)$/i;

/** The column says these are speakers: names as written, split at "and", "&" or commas. */
function speakersOf(text: string): Speaker[] {
  // "various", "organizers", "TBA": the column names nobody.
  if (NOBODY.test(text.trim())) return [];
  // "Moderated by Ravi Menon; with Jin Park (Polaris), Dana Ross (Cloudhaus)": a panel's.
  const parsed = parseSpeakerText(text) ?? lineupLine(text.trim().replace(/[.;]$/, ''));
  if (parsed) return parsed;
  // "Anja Weber & Lars Olsen, CERN Compute": the people, then the company of them all.
  const comma = text.lastIndexOf(',');
  const shared =
    comma > 0 && /\s(?:&|and|und|et|y|e|en)\s/.test(text.slice(0, comma))
      ? parseSpeakerText(`${text.slice(0, comma)} (${text.slice(comma + 1).trim()})`)
      : undefined;
  if (shared?.every((speaker) => speaker.company)) return shared;
  return text
    .split(/\s*(?:,|&|\band\b|;)\s*/)
    .filter((name) => /\p{L}/u.test(name) && name.length <= 80)
    .map((name) => ({ name }));
}

function proseColumn(rows: MdNode[], at: number): boolean {
  let prose = 0;
  for (const row of rows) {
    const cell = row.children[at];
    if (
      cell &&
      proseText(cell)
        .split(/\s+/)
        .filter((word) => /\p{L}/u.test(word)).length >= 4
    )
      prose++;
  }
  return rows.length > 0 && prose * 2 > rows.length;
}
