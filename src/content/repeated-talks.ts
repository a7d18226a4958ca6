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
  byPerson(drafts, rows, headed, repeats, taken);
  return repeats;
}

/**
 * "| The Agentic AI Supremacy — Is your AI a double-agent? | Roger Sanz · Plain Concepts |" in
 * an index table, "### 🤖 Agentic AI — Roger Sanz" over the notes: a heading that shortens the
 * title is the row's talk when they name the same person, and no other row or heading does. The
 * row's title is the talk's full one (see `fillFrom`).
 */
function byPerson(
  drafts: DraftTalk[],
  rows: number[],
  headed: number[],
  repeats: Map<number, DraftTalk>,
  taken: Set<number>,
): void {
  const open = rows.filter((row) => !repeats.has(row));
  if (open.length === 0) return;
  const names = (index: number) =>
    (drafts[index] as DraftTalk).speakers.map((s) => personWords(s.name ?? ''));
  const headedNames = headed.map(names);
  const rowNames = open.map(names);
  const pairs = open.map((_, r) =>
    headed.filter(
      (index, h) => !taken.has(index) && sharePerson(rowNames[r] ?? [], headedNames[h] ?? []),
    ),
  );
  const rowsOf = new Map<number, number>();
  for (const found of pairs)
    for (const index of found) rowsOf.set(index, (rowsOf.get(index) ?? 0) + 1);
  open.forEach((row, r) => {
    const found = pairs[r] ?? [];
    const index = found[0];
    if (found.length !== 1 || index === undefined || rowsOf.get(index) !== 1) return;
    taken.add(index);
    repeats.set(row, drafts[index] as DraftTalk);
    (drafts[index] as DraftTalk).fullTitle = (drafts[row] as DraftTalk).title;
  });
}

function personWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1);
}

/** "Raquel Gálvez" and "Raquel Gálvez Farfán": one's two words or more all in the other's. */
function sharePerson(a: string[][], b: string[][]): boolean {
  return a.some((one) =>
    b.some((other) => {
      const [short, long] = one.length <= other.length ? [one, other] : [other, one];
      return short.length >= 2 && short.every((word) => long.includes(word));
    }),
  );
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
  // Paired by its person, the heading shortened the title the row gives in full.
  if (heading.fullTitle === repeat.title) {
    heading.title = repeat.title;
    if (repeat.speakers.length > heading.speakers.length)
      heading.speakers.splice(0, heading.speakers.length, ...repeat.speakers);
    else
      heading.speakers.forEach((speaker, i) => {
        const known = repeat.speakers[i];
        if (known?.company && !speaker.company)
          heading.speakers[i] = { ...speaker, company: known.company };
      });
  }
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
