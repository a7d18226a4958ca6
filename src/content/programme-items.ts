import type { Speaker } from '../model.ts';
import { hasNewline } from './field-lines.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPostSection } from './section-names.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import { sessionKind } from './title-marks.ts';

/** A timed programme's lines, under a label that says the list is the programme ("Planning :"). */

/**
 * "Planning :", "Programme", "Agenda:", "The schedule", "議程", "タイムテーブル": a label that says
 * the list under it is the programme.
 */
export function isProgrammeLabel(text: string): boolean {
  return PROGRAMME_LABEL.test(text.trim());
}

const PROGRAMME_LABEL =
  /^(?:(?:the|my|our|full|le|la|el|il|das|der|o|a)\s+)?(?:planning|programme|program|programa|programm|programma|agenda|schedule|timetable|time table|line-?up|zeitplan|ablauf|horario|cronograma|calendrier|déroulé|déroulement|harmonogram|rozkład|议程|日程|日程表|节目单|スケジュール|タイムテーブル|プログラム|일정|시간표|프로그램)(?:\s+(?:of the day|du jour|des talks|des conférences|del día|do dia|des tages))?\s*[:：]?$/iu;

/** A title read after a colon, the words before it taken as a name no given name begins. */
export function subtitled(read: { title: string; speakers: Speaker[] }, line: MdNode[]): boolean {
  const [person] = read.speakers;
  const text = plainText(line);
  return (
    read.speakers.length === 1 &&
    person?.name !== undefined &&
    text.includes(`${person.name}: ${read.title}`) &&
    !isGivenName(person.name.split(' ')[0] ?? '')
  );
}

/**
 * "* 09h30 - Writing a tiny interpreter", "* 9:30 – [poster] Exploring latency": a programme's
 * slot, its title alone; the breaks between talks ("Déjeuner", "Coffee break", "Pause") and lines
 * of prose are none.
 */
export function slotTalk(
  rest: MdNode[],
  line: number,
  context: TalkContext,
): DraftTalk | undefined {
  const text = plainText(rest).trim();
  const kind = sessionKind(text);
  const title = text.replace(/^\[[^\]]{1,30}\]\s*/, '').trim();
  if (
    title.length > 150 ||
    hasNewline({ type: 'paragraph', children: rest } as MdNode) ||
    !/^[\p{Lu}\p{Lo}\p{N}"“«'(]/u.test(title) ||
    /[.!]$/.test(title) ||
    isPostSection(headingName(title))
  ) {
    return undefined;
  }
  const draft = newDraft(title, line, context);
  if (kind) draft.kind = kind;
  return draft;
}
