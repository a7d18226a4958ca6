import type { DraftTalk } from './talk-body.ts';

/**
 * A schedule (or list) near the top of a post that names the talks the notes below give a heading
 * each: "Zero-downtime Postgres major upgrades" in the table, "### Zero-downtime Postgres
 * upgrades" over the notes; "Platform teams need product managers" and "Platform teams need PMs";
 * "Crossplane vs Terraform: round 3" and "Crossplane vs Terraform (round 3)". Each such row is the
 * headed talk again: the heading keeps the notes, the row adds what the heading does not say.
 *
 * Returns, per draft without a heading of its own, the headed draft it repeats.
 */
export function repeatedTalks(drafts: DraftTalk[], baseIds: string[]): Map<number, DraftTalk> {
  const repeats = new Map<number, DraftTalk>();
  const byId = new Map<string, DraftTalk>();
  const headed: number[] = [];
  drafts.forEach((draft, index) => {
    if (!draft.anchor) return;
    headed.push(index);
    const base = baseIds[index] as string;
    if (!byId.has(base)) byId.set(base, draft);
  });
  if (headed.length === 0) return repeats;
  const rows: number[] = [];
  drafts.forEach((draft, index) => {
    if (draft.anchor) return;
    const same = byId.get(baseIds[index] as string);
    if (same) repeats.set(index, same);
    else rows.push(index);
  });
  // Compared pairwise: bounded, for a file of thousands of listed and headed talks.
  if (rows.length === 0 || rows.length * headed.length > 20_000) return repeats;
  const words = (index: number) => titleWords((drafts[index] as DraftTalk).title);
  const headedWords = headed.map(words);
  const taken = new Set<number>([...repeats.values()].map((d) => drafts.indexOf(d)));
  for (const row of rows) {
    const mine = words(row);
    const found = headed.filter(
      (index, i) => !taken.has(index) && sameTalk(mine, headedWords[i] as string[]),
    );
    // Only one heading may read as the row's talk; two would be a guess.
    if (found.length !== 1) continue;
    const index = found[0] as number;
    taken.add(index);
    repeats.set(row, drafts[index] as DraftTalk);
  }
  return repeats;
}

const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'vs']);

function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP.has(word));
}

/** One title's words all in the other's (two words at least), an acronym standing for words. */
function sameTalk(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || long.length > short.length * 2 + 2) return false;
  return short.every((word) => long.includes(word) || isAcronymIn(word, long));
}

/** "pms" for "product managers", "slo" for "service level objectives". */
function isAcronymIn(word: string, words: string[]): boolean {
  const letters = word.replace(/s$/, '');
  if (letters.length < 2 || letters.length > 5) return false;
  for (let start = 0; start + letters.length <= words.length; start++) {
    let match = true;
    for (let k = 0; k < letters.length && match; k++) {
      match = words[start + k]?.[0] === letters[k];
    }
    if (match) return true;
  }
  return false;
}

/** What a talk's own heading does not say, taken from the schedule line repeating it. */
export function fillFrom(heading: DraftTalk, repeat: DraftTalk): void {
  if (heading.speakers.length === 0) heading.speakers.push(...repeat.speakers);
  heading.time ??= repeat.time;
  heading.track ??= repeat.track;
  heading.room ??= repeat.room;
  heading.kind ??= repeat.kind;
  // The schedule's day, where the notes' heading is under none ("## Notes").
  if (!heading.day && repeat.day) {
    heading.day = repeat.day;
    if (repeat.date) heading.date = repeat.date;
  }
  for (const link of repeat.links) {
    if (!heading.links.some((l) => l.url === link.url)) heading.links.push(link);
  }
}
