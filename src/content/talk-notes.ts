import type { Speaker } from '../model.ts';
import { eventDates } from './day-date.ts';
import { withLineStops } from './line-stops.ts';
import type { MdNode } from './markdown.ts';
import { plainText, textAndProse } from './markdown-text.ts';
import { lineupLine } from './panel-lineup.ts';
import { isPlaceholder, isSignOff } from './section-names.ts';
import { meaningful, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { isCompanyLike, looksLikeName } from './speaker-names.ts';
import type { DraftNote } from './summary.ts';
import type { DraftTalk } from './talk-body.ts';
import { isTalkLinksLine } from './talk-links.ts';
import { roomLine } from './talk-room.ts';

/*
 * A talk's notes from the nodes under its heading: the bullet tree, tables and paragraphs, with the
 * lines that are facts of the talk (speakers, slot, company) taken out of them.
 */

const SPEAKER_LABEL =
  /^(?:speakers?|speaker\(s\)|presenters?|presented by|who|moderators?|panell?ists?)\s*:?$/i;

/** A sub-heading that is only a speaker label, over the names (a paragraph or a short list). */
export function speakerSection(section: Section): Speaker[] | undefined {
  const [body, ...more] = section.body;
  if (!body || more.length > 0 || section.children.length > 0) return undefined;
  return SPEAKER_LABEL.test(section.title.trim()) ? namesOf(body) : undefined;
}

function isSpeakerLabel(node: MdNode): boolean {
  // A label is a word or two, alone or in bold: most paragraphs are longer, and not read here.
  return (
    node.type === 'paragraph' &&
    node.children.length <= 4 &&
    SPEAKER_LABEL.test(plainText(node).trim())
  );
}

/** The people a paragraph or a short list under a speaker label names, every line a person. */
function namesOf(node: MdNode): Speaker[] | undefined {
  const names =
    node.type === 'paragraph'
      ? [plainText(node)]
      : node.type === 'list' && node.children.length <= 10
        ? node.children.map((item) => plainText(item))
        : [];
  const speakers = names.flatMap((name) => speakerLine(`Speaker: ${name.trim()}`, false) ?? []);
  return speakers.length > 0 && speakers.length >= names.length ? speakers : undefined;
}

/** Bullets become the notes tree; a top-level "Speaker: …" bullet becomes the speaker instead. */
export function notesFrom(nodes: MdNode[], draft: DraftTalk): DraftNote[] {
  const notes: DraftNote[] = [];
  const all = meaningful(nodes);
  for (let index = 0; index < all.length; index++) {
    const node = all[index] as MdNode;
    // "**Speakers:**" over a list of names: the list is who spoke.
    const next = all[index + 1];
    const listed = next && isSpeakerLabel(node) ? namesOf(next) : undefined;
    if (listed) {
      draft.speakers.push(...listed);
      index++;
      continue;
    }
    if (node.type !== 'list') {
      // "[^1]: He meant every layer": a footnote's text, not a point of the talk.
      if (node.type === 'paragraph' && FOOTNOTE.test(node.children[0]?.value ?? '')) continue;
      // "A presentation at DevConf by {{ site.speaker.name }}": a template's sentence, whose
      // words the site fills in; without them it says nothing.
      if (node.type === 'paragraph' && node.children.some(hasTemplateVariable)) continue;
      if (node.type === 'table') {
        notes.push(tableNote(node));
        continue;
      }
      // A code block is searched, but is no sentence of the summary.
      if (node.type === 'code') {
        const code = textAndProse([node]).text;
        if (code !== '') notes.push({ text: code, prose: '', children: [] });
        continue;
      }
      // "… a for loop" / "Sequences are …": a thought a line, each its sentence.
      const lines = node.type === 'paragraph' ? withLineStops(node) : node;
      const note: DraftNote = withoutNoteLabel({ ...textAndProse([lines]), children: [] });
      if (isMeta(note, draft, notes.length === 0)) continue;
      if (!isTalkLinksLine(node, note) && !isSignOff(note.text) && !isPlaceholder(note.text))
        notes.push(note);
      continue;
    }
    for (const item of node.children) {
      if (isOpenTask(item)) continue;
      const note = itemNote(item);
      // "* With A, B and C, moderated by D": a panel's whole line-up as the talk's first bullet.
      const named =
        speakerLine(note.text, false) ??
        (draft.speakers.length === 0 && note.children.length === 0
          ? lineupLine(note.text)
          : undefined);
      if (named) draft.speakers.push(...named);
      // A bullet that held only a shortcode or an image says nothing.
      else if (note.text === '' && note.children.length === 0) continue;
      else if (note.children.length === 0 && isPlaceholder(note.text)) continue;
      else if (isMeta(note, draft, notes.length === 0)) continue;
      // "* Description: How the new …": a bullet labelled so is a note without its label too.
      else if (!isTalkLinksLine(item, note)) notes.push(withoutNoteLabel(note));
    }
  }
  return notes;
}

const FOOTNOTE = /^\[\^[^\]\s]{1,40}\]:/;

/** "Abstract: In this session …": the label says what the paragraph is, no word of the notes. */
const NOTE_LABEL =
  /^(?:abstract|summary|description|synopsis|tl;?\s?dr|résumé|resumen|resumo|zusammenfassung|beschreibung|sommario|samenvatting)\s*[:：]\s+(?=\S)/i;

function withoutNoteLabel(note: DraftNote): DraftNote {
  const label = NOTE_LABEL.exec(note.text);
  if (!label) return note;
  return {
    ...note,
    text: note.text.slice(label[0].length),
    prose: note.prose.replace(NOTE_LABEL, ''),
  };
}

/** `{{ site.speaker.name }}`, `{{ page.date | date }}`: a template's variable (not a shortcode). */
function hasTemplateVariable(node: MdNode): boolean {
  return (
    node.type === 'text' &&
    (node.value ?? '').includes('{{') &&
    TEMPLATE_VARIABLE.test(node.value ?? '')
  );
}
const TEMPLATE_VARIABLE = /\{\{-?\s*[a-z_][\w.]*(?:\s*\|[^{}]*)?\s*-?\}\}/i;

/**
 * A table in a talk's notes (build times, a comparison): its header, then a note per row, cells
 * apart ("2 min · cargo check · fine"). Data, not sentences: no part of the summary.
 */
function tableNote(table: MdNode): DraftNote {
  const [header, ...rows] = table.children.map((row) =>
    row.children
      .map((cell) => textAndProse([cell]).text)
      .filter((text) => text !== '')
      .join(' · '),
  );
  return {
    text: header ?? '',
    prose: '',
    children: rows.filter((row) => row !== '').map((text) => ({ text, prose: '', children: [] })),
  };
}

/**
 * "Track: Data", "Room: B", "Level: Intermediate", "Time: 10:30": facts of the slot, not notes; nor
 * are the author's own "Attended by: Marek, Ola" (a Notion table's column) or "Status: watched".
 */
const META =
  /^(track|room|hall|stage|level|audience|time|when|slot|duration|length|format|date|location|tags?|language|difficulty|rating|stars|score|attended by|attendees|went|status|verdict|owner|note[- ]?takers?|notes by|scribe|website|web ?site|homepage|site|時間|日時|时间|시간|uhrzeit|zeit|tijd|czas|godzina|hora|horário|horario|heure|orario|время|場所|会場|部屋|会场|地点|장소|raum|saal|zaal|sala|salle|зал)\s*[:：]\s*(\S.{0,80})$/iu;

/** "時間:", "Uhrzeit:", "Hora:": the time of the slot in other languages; "場所:", "Saal:" its room. */
const OTHER_TIME =
  /^(?:時間|日時|时间|시간|uhrzeit|zeit|tijd|czas|godzina|hora|horário|horario|heure|orario|время)$/u;
const OTHER_ROOM = /^(?:場所|会場|部屋|会场|地点|장소|raum|saal|sala|salle|зал)$/u;

const PENDING_LINK =
  /^(?:slides?|deck|video|recording|youtube)\s*[:：]\s*(?:not\s+(?:yet\s+)?(?:published|available|online|up|out)(?:\s+yet)?|tba|tbd|tbc|coming soon|(?:available|online)\s+soon|to come|n\/?a|none|pending|-+|—)[.!)]*$|^(?:the\s+)?(?:slides?|deck|video|recording)\s+(?:are|is|were|was)(?:n['’]t|\s+not)\s+(?:yet\s+)?(?:published|available|online|up|out)\b/i;

/**
 * "10:15–10:45", "⏰ 2:00 pm - 2:45 pm", "14h00 – 14h30": a clock time or a slot alone, as a talk's
 * first line (often in italics under its heading), is when it was given.
 */
const CLOCK = String.raw`(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)`;
const SLOT_LINE = new RegExp(
  String.raw`^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(${CLOCK}(?:\s*(?:[-–—~]|to|bis|à)\s*${CLOCK})?)$`,
  'iu',
);

/**
 * A line of the talk's slot facts: the track and time are kept, the line is no note. `first`: the
 * talk's first line, where a time alone is its slot.
 */
function isMeta(note: DraftNote, draft: DraftTalk, first = false): boolean {
  if (note.children.length > 0 || note.text.length > 100) return false;
  const slot = first ? SLOT_LINE.exec(note.text.trim())?.[1] : undefined;
  if (slot) {
    draft.time ??= slot;
    return true;
  }
  // "Nome: Filas sem dor" under "# Palestra": a field that repeats the title is no note.
  const field = /^\p{L}[\p{L} ]{0,20}[:：]\s*(\S.*)$/u.exec(note.text.trim());
  if (field?.[1] && field[1].replace(/[.;]$/, '').trim() === draft.title) return true;
  // "Slides: not published yet": a link to come says nothing of the talk.
  if (PENDING_LINK.test(note.text.trim())) return true;
  // "Room: 3B", "📍 Stage 2": where it was (see `talk-room.ts`).
  const room = roomLine(note.text);
  if (room) {
    draft.room ??= room;
    return true;
  }
  const meta = META.exec(note.text.trim());
  if (!meta?.[1] || !meta[2]) return companyLine(note.text, draft);
  const written = meta[1].toLowerCase();
  const label = OTHER_TIME.test(written) ? 'time' : OTHER_ROOM.test(written) ? 'room' : written;
  const value = meta[2].replace(/[.;]$/, '').trim();
  // "Time: the biggest constraint of all" is a note that starts with a word, not a slot.
  const timed = /^(?:time|when|slot|date|duration|length)$/.test(label);
  if ((timed && !/\d/.test(value)) || value.split(/\s+/).length > 6) return false;
  // "Website: [link](…)" is the event's site, kept as a link; "Website: we rebuilt it in Astro" a note.
  if (/^(?:website|web ?site|homepage|site)$/.test(label) && value.split(/\s+/).length > 2)
    return false;
  if (label === 'track') draft.track ??= value;
  if (label === 'time' || label === 'when' || label === 'slot') draft.time ??= value;
  // "Date: June 12th, 2020", "Location: Oslo, Norway": when and where the talk was given.
  if (label === 'date') {
    const { start } = eventDates(value);
    if (start && !draft.date) draft.date = start;
  }
  if (label === 'location') draft.place ??= value;
  if (label === 'room') draft.room ??= value;
  return true;
}

const COMPANY_LINE =
  /^(?:company|organi[sz]ation|affiliation|employer|empresa|firma|unternehmen|arbeitgeber|entreprise|société|azienda|bedrijf|organização|organización|компания|организация|会社|所属|소속|회사|公司|单位)\s*[:：]\s*(\S.{0,60})$/iu;

/** "Company: Acme" under "Speaker: Jane Doe": the company of the speakers named without one. */
function companyLine(text: string, draft: DraftTalk): boolean {
  const company = COMPANY_LINE.exec(text.trim())?.[1]?.replace(/[.;]$/, '');
  const without = draft.speakers.filter((speaker) => !speaker.company);
  // "Speaker: Freja Nielsen, Mads Kjær" over "Company: Danske Bank": after the comma stood a
  // second person, not the first one's company.
  const [only, ...others] = draft.speakers;
  const person = only?.company;
  if (company && person && others.length === 0 && person !== company && looksLikeName(person)) {
    if (isCompanyLike(person)) return false;
    draft.speakers.push({ name: person, company });
    only.company = company;
    return true;
  }
  if (!company || without.length === 0) return false;
  for (const speaker of without) speaker.company = company;
  return true;
}

export function itemNote(item: MdNode): DraftNote {
  const own: MdNode[] = [];
  const children: DraftNote[] = [];
  for (const child of item.children) {
    if (child.type !== 'list') own.push(child);
    else for (const sub of child.children) children.push(itemNote(sub));
  }
  const { text, prose } = textAndProse(own);
  // "- [x] tried it": a task list's box is no word of the note.
  const box = TASK_BOX.exec(text);
  if (box) return { text: text.slice(box[0].length), prose: prose.replace(TASK_BOX, ''), children };
  return { text, prose, children };
}

/** "[ ] ", "[x] ": a task list's box (Obsidian, Notion, GitHub). */
const TASK_BOX = /^\[[ xX]\]\s+/;

/** "- [ ] try ingress2gateway", "- [ ] Kristin to write this up": the author's to-do, no note. */
function isOpenTask(item: MdNode): boolean {
  const first = item.children[0]?.children[0];
  return first?.type === 'text' && /^\[ \]\s/.test(first.value ?? '');
}
