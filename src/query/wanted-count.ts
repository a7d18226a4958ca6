import type { Plan } from './plan.ts';
import { COUNTS } from './relative-years.ts';

const NUMBER: Record<string, number> = { ...COUNTS, couple: 2 };
const COUNT = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+couple(?:\s+of)?)`;

/**
 * "Top 3 talks about kafka", "give me 2 talks on security", "3 talks on microservices", "the 5
 * best talks": how many talks the question wants (the words `asking-words.ts` takes out of what
 * is searched). Undefined where it names no number so.
 */
const WANTED = [
  new RegExp(String.raw`\b(?:top|best)\s+${COUNT}\b`),
  new RegExp(String.raw`\b${COUNT}\s+(?:best|top|most)\b`),
  new RegExp(String.raw`^${COUNT}\s+(?:talks|sessions)\b`),
  new RegExp(
    String.raw`\b(?:give|show|find|list|get|recommend|suggest|want|need)(?:\s+(?:me|us))?\s+${COUNT}\s+(?:[\p{L}-]+\s+)?(?:talks|sessions|presentations)\b`,
    'u',
  ),
];

export function wantedCount(text: string): number | undefined {
  const folded = text.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const pattern of WANTED) {
    const said = pattern.exec(folded)?.[1];
    if (!said) continue;
    const count = /^\d+$/.test(said)
      ? Number(said)
      : (NUMBER[said.split(' ')[1] ?? said] ?? NUMBER[said]);
    if (count && count > 0) return count;
  }
  return undefined;
}

/** A list cut to the number of talks the question wants, saying how many it found in all. */
export function asWanted(plan: Plan, text: string): Plan {
  if (plan.kind !== 'talks') return plan;
  const wanted = wantedCount(text);
  if (wanted === undefined || wanted >= plan.total) return plan;
  return {
    ...plan,
    total: wanted,
    talks: (end) => plan.talks(Math.min(end, wanted)),
    scope: { ...plan.scope, wanted: { shown: wanted, of: plan.total } },
  };
}
