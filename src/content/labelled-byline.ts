import type { Speaker } from '../model.ts';
import { splitLines } from './field-lines.ts';
import { SPEAKER_LABEL } from './labelled-lead.ts';
import { plainText } from './markdown-text.ts';
import { meaningful, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { ROLE_ONLY, ROLE_WORDS } from './speaker-role.ts';
import { findLinks } from './talk-links.ts';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** "Event: …", "Slides: …", "Video: …": a labelled line of the talk's other facts. */
const FIELD_LINE = /^\p{L}[\p{L} ]{0,30}[:：]\s*\S/u;
/** "Authors:", "Autores:", "Авторы:": on a page of one talk, its speakers. */
export const AUTHORS_LABEL =
  /^(?:authors?|autor(?:es|en|as|a)?|auteur(?:e|s)?|autori|авторы?|докладчики|спикеры|저자|著者|作者)\s*[:：]/iu;
/** "Tech Lead DBA — Citel Software", "Engenheira de dados | Maré": a role, a dash, the company. */
const ROLE_DASH = /^(.+?)\s+(?:[—–|]|-)\s+(.+)$/u;
/** "HomeAway.com", "Booking.com", "fly.io": a company by its web address. */
const WEB_NAME = /^\p{L}[\p{L}\d-]*\.(?:com|io|net|org|ai|dev|co|app)$/iu;
/** "CTO, Fjordpay", "Staff Engineer at Acme", "Entwicklerin bei Nordwerk": a role, then at the company. */
const ROLE_AT = /^(.+?)(?:,\s|\s@\s?|\s(?:at|bei|em|en|na|chez|в)\s)\s*(.+)$/u;

/**
 * The byline of a page that is one talk, under its title: a speaker's label with the name
 * (`**Palestrante:** Márcio Costa`), or a label on its own line over a line per person
 * (`_Авторы:_` / `Анна Лебедева` / `Олег Ким`), then, on the next line, their company alone
 * (`Яндекс`) or after a role (`**Tech Lead DBA — Citel Software**`). The byline may stand under
 * the event's heading right below the title (`# Title` / `### MySQL BR Conf 2026`). Lines after
 * the company (the speaker's certificates) belong to the byline too. Returns its speakers, how
 * to take the byline out of the notes, and the event's heading it stood under.
 */
export function labelledByline(
  title: Section,
): { speakers: Speaker[]; drop: () => void; event?: Section } | undefined {
  let holder = title;
  if (meaningful(title.body).length === 0) {
    const [next] = title.children;
    if (!next || !YEAR.test(next.title) || next.children.length > 0) return undefined;
    holder = next;
  }
  const node = meaningful(holder.body)[0];
  if (node?.type !== 'paragraph') return undefined;
  const [label = '', ...rest] = splitLines(node.children)
    .map((line) => plainText(line).trim())
    .filter((line) => line !== '');
  const at = SPEAKER_LABEL.exec(label) ?? AUTHORS_LABEL.exec(label);
  if (!at) return undefined;
  const speakers: Speaker[] = [];
  if (label.slice(at[0].length).trim() !== '') {
    const named = speakerLine(label.slice(at[0].length).trim(), true);
    if (!named?.length || !named.every((speaker) => speaker.name)) return undefined;
    speakers.push(...named);
  }
  let company: string | undefined;
  for (const line of rest) {
    const person = speakerLine(line, true);
    if (person?.length && person.every((speaker) => speaker.name && !speaker.company)) {
      speakers.push(...person);
      continue;
    }
    if (company === undefined && speakers.length > 0) company = companyLine(line);
    break;
  }
  if (speakers.length === 0 || speakers.length > 6) return undefined;
  // "**Event:** KubeCon NA 2019" among the lines: a card of the talk's fields, read as such.
  if (rest.some((line) => FIELD_LINE.test(line))) return undefined;
  const named = company
    ? speakers.map((speaker) => (speaker.company ? speaker : { ...speaker, company }))
    : speakers;
  // A paragraph that also links the talk's slides or video ("**Video:** …") stays, for its links.
  const drop = () => {
    if (findLinks(node).length === 0 && !/https?:\/\//.test(plainText(node)))
      holder.body = holder.body.filter((other) => other !== node);
  };
  return holder === title ? { speakers: named, drop } : { speakers: named, drop, event: holder };
}

/** A line under a byline's people: their company, without the role before it. */
export function companyLine(line: string): string | undefined {
  const text = line.replace(/[.;]$/, '').trim();
  if (text.length > 60 || /[.!?:]\s/.test(text)) return undefined;
  // "Engenheira de dados — Maré Sistemas": under the people, a dash parts the role from the company.
  // "HomeAway.com - Vacation Rentals": a web address before the dash is the company, its line after.
  const dashed = ROLE_DASH.exec(text);
  if (dashed?.[1] && WEB_NAME.test(dashed[1])) return dashed[1].trim();
  if (dashed?.[2]) return dashed[2].trim();
  const at = ROLE_AT.exec(text);
  if (at?.[1] && at[2] && (ROLE_WORDS.test(` ${at[1]} `) || /(?:^|\s)\p{Ll}/u.test(at[1])))
    return at[2].trim();
  if (ROLE_ONLY.test(text) || ROLE_WORDS.test(` ${text} `)) return undefined;
  return text.split(/\s+/).length <= 4 ? text : undefined;
}
