import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * Who moderated, in the languages posts are written in: "moderated by", "moderiert von", "animée
 * par", "moderado por", "mediação de", "moderata da", "gemodereerd door", "prowadził".
 */
const MODERATED =
  '(?:(?:moderated|chaired|hosted|facilitated|led)\\s+by|moderiert\\s+von|geleitet\\s+von|anim[ée]e?\\s+par|mod[ée]r[ée]e?\\s+par|moderad[oa]\\s+por|mediad[oa]\\s+por|media[çc][ãa]o\\s+de|moderat[oa]\\s+da|gemodereerd\\s+door|prowadzi[łl]a?)';
/** The same as a label: "Moderator:", "Moderatorin:", "Modératrice :", "Moderadora:". */
const MODERATOR_LABEL =
  '(?:moderat(?:or|orin|ore|rice)|mod[ée]rat(?:eur|rice)|anima(?:teur|trice)|moderador[a]?|prowadz[aą]c[ya])\\s*:';
/**
 * Who was on the panel: "with", "featuring", "mit", "avec", "com", "con", "met", or a label ("Auf
 * dem Podium:", "Panelists:", "Sur scène :", "Panelistas:").
 */
const WITH =
  '(?:with|featuring|and\\s+panell?ists|mit|avec|com|con|met|auf\\s+dem\\s+podium\\s*:|(?:on\\s+the\\s+)?panel(?:l?ists?|istas?|isten|listi|i[śs]ci)?\\s*:|sur\\s+sc[eè]ne\\s*:|podium\\s*:|au\\s+panel\\s*:)';
/** "Panel moderated by …", "The discussion was moderated by …": the session named first. */
const PANEL_WORD =
  '(?:(?:the\\s+)?(?:panel|discussion|roundtable|round\\s+table|fireside\\s+chat|debate|session)\\s+(?:was\\s+)?)?';
/** Where the line-up's sentence ends: at a full stop before more words, or at the end. */
const END = '(?:\\.\\s+(?=\\S)|\\.?\\s*$)';

/**
 * A panel's line-up in one sentence, the moderator first: "Moderated by Jane Doe, with A, B and
 * C.", "mod. Jane Doe; A, B (Acme), C (Globex)", "أدارتها نور عثمان، بمشاركة فيصل القحطاني وريم
 * الزعبي." (moderated by …, with …). What follows the sentence is the panel's notes.
 */
const LINEUP = [
  // "Moderiert von Jana Kühn (heise). Auf dem Podium: A, B und C.": two sentences, one line-up.
  new RegExp(
    `^\\s*${PANEL_WORD}${MODERATED}\\s+([^.;:!?]{3,80}?)(?:[,;]?|\\.)\\s+${WITH}\\s+([^.:!?]{3,200}?)${END}`,
    'iu',
  ),
  /^\s*(?:mod\.|moderator\s*:)\s*([^.;:!?]{3,80}?)\s*;\s*([^.:!?]{3,200}?)(?:\.\s+(?=\S)|\.?\s*$)/iu,
  // "Moderator: Alex Gaynor, Panelists: Guido van Rossum, Dr. Massimo Di Pierro": a label each.
  new RegExp(
    `^\\s*${MODERATOR_LABEL}\\s*([^.;:!?,]{3,80}?)[,;]?\\s+${WITH}\\s+((?:[^.:!?]|\\b(?:Dr|Prof)\\.){3,200}?)(?:(?<!\\b(?:Dr|Prof))\\.\\s+(?=\\S)|\\.?\\s*$)`,
    'iu',
  ),
  /^\s*(?:أدار(?:ها|ه|ت|تها)?|بإدارة)\s+([^.،,؛]{3,80}?)\s*[،,]\s*(?:بمشاركة|مع)\s+([^.!?؟]{3,200}?)(?:\.\s+(?=\S)|\.?\s*$)/u,
];

/**
 * The same, the moderator last: "With A, B and C (Acme), moderated by Jane Doe.", "Avec A, B et C,
 * animée par D.", "Met A, B en C. Moderator: D." Its first group is the panel, its second the
 * moderator.
 */
const LINEUP_MODERATOR_LAST = new RegExp(
  `^\\s*${WITH}\\s+([^.:!?]{3,200}?)(?:,?\\s+(?:(?:and|et|und|e|y|en|i)\\s+)?)(?:${MODERATED}|${MODERATOR_LABEL})\\s*([^.;:!?,]{3,80}?)${END}`,
  'iu',
);

/** "Met A, B en C. Moderator: D.": the moderator in a sentence of their own, kept last as written. */
const LINEUP_MODERATOR_AFTER = new RegExp(
  `^\\s*${WITH}\\s+([^.:!?]{3,200}?)\\.\\s+(?:${MODERATED}|${MODERATOR_LABEL})\\s*([^.;:!?,]{3,80}?)${END}`,
  'iu',
);

/**
 * "With Kofi Mensah, Leyla Aydın and Marit Olsen.": a panel named without its moderator, three
 * people at least, each named in full ("With Docker, Kubernetes and Helm." names no one).
 */
const PANEL_ONLY = new RegExp(`^\\s*${WITH}\\s+([^.:!?]{3,200}?)${END}`, 'iu');

function panelOnly(value: string): { speakers: Speaker[]; end: number } | undefined {
  const found = PANEL_ONLY.exec(value);
  const panel = found?.[1] ? people(found[1]) : undefined;
  const full = panel?.every((person) => /^\p{Lu}\S*\s+\p{Lu}/u.test(person.name ?? ''));
  return found && panel && panel.length >= 3 && full
    ? { speakers: panel, end: found[0].length }
    : undefined;
}

/** Whether a paragraph's text opens with a panel's line-up. */
export const opensWithLineup = (text: string): boolean =>
  LINEUP.some((form) => form.test(text)) ||
  LINEUP_MODERATOR_LAST.test(text) ||
  LINEUP_MODERATOR_AFTER.test(text) ||
  panelOnly(text) !== undefined;

/** The people of a line-up and where it ends in the text, moderator first; else undefined. */
function lineupIn(value: string): { speakers: Speaker[]; end: number } | undefined {
  for (const form of [...LINEUP, LINEUP_MODERATOR_LAST, LINEUP_MODERATOR_AFTER]) {
    const found = form.exec(value);
    if (!found?.[1] || !found[2]) continue;
    const last = form === LINEUP_MODERATOR_LAST || form === LINEUP_MODERATOR_AFTER;
    const moderator = parseSpeakerText(last ? found[2] : found[1]);
    const panel = people(last ? found[1] : found[2]);
    if (moderator?.length !== 1 || !panel) return undefined;
    const speakers =
      form === LINEUP_MODERATOR_AFTER ? [...panel, ...moderator] : [...moderator, ...panel];
    return { speakers, end: found[0].length };
  }
  return panelOnly(value);
}

/** A bullet that is a panel's whole line-up ("* With A, B and C, moderated by D"): its people. */
export function lineupLine(text: string): Speaker[] | undefined {
  const found = lineupIn(text);
  return found && found.end === text.length ? found.speakers : undefined;
}

export function lineupSentence(
  paragraph: MdNode,
): { speakers: Speaker[]; rest: MdNode } | undefined {
  const [first, ...others] = paragraph.children;
  if (first?.type !== 'text') return undefined;
  const value = first.value ?? '';
  const found = lineupIn(value);
  if (!found) return undefined;
  const rest = value.slice(found.end);
  return {
    speakers: found.speakers,
    rest: { ...paragraph, children: [{ ...first, value: rest }, ...others] },
  };
}

/** "A, B and C", "A (X), B (Y)", "فيصل القحطاني وريم الزعبي وأحمد بن سالم": each of them. */
function people(text: string): Speaker[] | undefined {
  // Arabic joins the last names with "و" written onto the name, and lists with "،".
  if (!/[\u0600-\u06FF]/u.test(text)) return parseSpeakerText(text);
  const parts = text.split(/\s*[،,]\s*|\s+و(?=[\u0600-\u06FF])/u).filter(Boolean);
  const each = parts.map((part) => parseSpeakerText(part));
  return each.every((found) => found?.length === 1)
    ? each.flatMap((found) => found ?? [])
    : undefined;
}

/**
 * "The ORM Panel Moderator: Alex Gaynor, Panelists: Guido van Rossum, Ian Bicking": a title, then
 * its line-up by labels (or "moderated by", "with"); the title alone, and the people, moderator first.
 */
export function titleThenLineup(text: string): { title: string; speakers: Speaker[] } | undefined {
  const at = LINEUP_START.exec(text);
  if (!at || at.index === 0) return undefined;
  const speakers = lineupLine(text.slice(at.index + at[0].length).trim());
  const title = text.slice(0, at.index).trim();
  return speakers && /\p{L}{2}/u.test(title) ? { title, speakers } : undefined;
}

/** Where a line-up starts after a title: its moderator's label, perhaps after a dash. */
const LINEUP_START = new RegExp(`\\s+(?:[—–|-]\\s+)?(?=${MODERATOR_LABEL}|${MODERATED}\\s)`, 'iu');
