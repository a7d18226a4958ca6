import type { Library } from '../model.ts';
import { fold } from '../search/analyze.ts';
import type { Plan } from './plan.ts';

/**
 * "When was the workshop?", "where was the meetup held?", "when did the summit take place?": the
 * gathering the notes are about, called by its kind, not "the conference". The answer is the
 * events with their dates and places, as for "when was the conference?". Where a talk of the
 * notes is itself of that kind ("Workshop: Terraform at scale", a talk of kind workshop), the
 * question is about that talk and is read as usual.
 */
const WHEN_GATHERING =
  /^(?:and\s+|so\s+)?(?:when|where)\s+(?:was|is|were|did)\s+(?:the|this|that|our|your)\s+(workshop|meetup|meet-up|summit|hackathon|symposium|unconference|festival|fest|devday|dev day|camp|bootcamp|forum|congress|convention|expo|gathering|retreat|seminar|webinar|training|course)s?(?:\s+(?:take place|happen|held|hosted|run|on|start|begin|end))?[\s?!.]*$/;

export function gatheringWhen(
  text: string,
  event: string | undefined,
  library: Library,
): Plan | undefined {
  if (!/\b(?:when|where)\b/i.test(text)) return undefined;
  const asked = WHEN_GATHERING.exec(fold(text).trim());
  const kind = asked?.[1]?.replace(/[\s-]/g, '');
  if (!kind) return undefined;
  const talks = library.talks.filter((talk) => !event || talk.event === event);
  const namesKind = (words: string | undefined) =>
    words !== undefined && fold(words).replace(/[\s-]/g, '').includes(kind);
  if (talks.some((talk) => namesKind(talk.kind) || namesKind(talk.title))) return undefined;
  const events = library.events.filter((one) => !event || one.id === event).map((one) => one.id);
  return events.length > 0 ? { kind: 'events', events } : undefined;
}
