import type { Talk } from '../model.ts';
import type { Asked } from './asking.ts';
import { atClock, startMinutes } from './day-parts.ts';
import { echoing, type Plan } from './plan.ts';
import type { Schedule } from './schedule-order.ts';

/**
 * "What clashes with the pact talk", "what runs at the same time as the keynote", "anything in
 * parallel with the ebpf workshop": the other talks of that talk's day whose slots overlap its
 * own, by the times the notes give. A talk the notes give no time is clashing with nothing they
 * can tell.
 */
const SAME_SLOT =
  /\b(?:(?:at|in|during)\s+)?the\s+same\s+(?:time|slot|hour)\s+(?:as|like)\s+(.+)$|\b(?:clash(?:es|ed|ing)?|overlap(?:s|ped|ping)?|conflict(?:s|ed|ing)?|collid(?:e|es|ed|ing)|(?:in\s+)?parallel|concurrent(?:ly)?|simultaneous(?:ly)?|alongside|up\s+against|opposite)\s+(?:with\s+|to\s+)?(.+)$/;

/** The words naming the talk asked about, and the rest of the question. */
export function findSameSlot(text: string): { target: string; rest: string } | undefined {
  const found = SAME_SLOT.exec(text);
  const target = found?.[1] ?? found?.[2];
  if (!found || !target) return undefined;
  return { target: target.trim(), rest: text.slice(0, found.index).trim() };
}

export function sameSlot(
  asked: Asked,
  target: string,
  schedule: Schedule,
  read: (words: string) => Plan,
): Plan {
  const plan = read(target);
  const talk = plan.kind === 'talks' ? plan.talks(1)[0] : undefined;
  const start = talk ? startMinutes(talk) : undefined;
  if (!talk || start === undefined) return { kind: 'none', suggestions: [] };
  const onThen = atClock(start);
  const overlaps = (other: Talk) => {
    const from = startMinutes(other);
    return onThen(other) || (from !== undefined && atClock(from)(talk));
  };
  const others = schedule.sameDay(talk).filter(overlaps);
  // Alone in its slot: nothing clashes with it.
  if (others.length === 0) return { kind: 'none', suggestions: [] };
  return {
    kind: 'talks',
    scope: echoing(asked.text, asked.event),
    total: others.length,
    talks: (end) => others.slice(0, end),
  };
}
