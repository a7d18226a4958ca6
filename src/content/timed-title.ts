import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { headingName, isPostSection } from './section-names.ts';
import { speakerLine } from './speaker-line.ts';

/**
 * A live blog's timed line whose title names no one, its people on the next line under a label:
 * `**10:15, Sala 3** — Observabilidad con OpenTelemetry` over `Ponente: Javier Romero (Cabify)`.
 * The line (after its time) is the title, the label line the speakers. A break in its slot
 * (`**11:00** — Pausa café`) and a line with no label under it are no talk.
 */
export function timedTitleOverSpeaker(
  /** The first line without its time. */
  first: MdNode[],
  second: MdNode[] | undefined,
): { title: string; speakers: Speaker[] } | undefined {
  if (!second || first.some((node) => node.type === 'link')) return undefined;
  const title = plainText(first)
    .replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '')
    .trim();
  if (title.length > 150 || !/\p{L}{2}/u.test(title) || isPostSection(headingName(title))) {
    return undefined;
  }
  const speakers = speakerLine(plainText(second), false);
  return speakers && speakers.length > 0 ? { title, speakers } : undefined;
}
