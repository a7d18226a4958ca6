import { words } from '../search/analyze.ts';

/**
 * Companies known by more than one name (a parent, an old name, a cloud, a ticker): a question
 * that names one finds the talks of speakers from any, as the notes wrote it ("talks from AWS"
 * finds a speaker "from Amazon", "talks from Meta" one "from Facebook"). A company a name names
 * in the notes is still found by that name first (see `Directory.byName`).
 */
const ALIASES: string[][] = [
  ['amazon', 'aws', 'amazon web services', 'amzn'],
  ['meta', 'facebook', 'fb', 'meta platforms'],
  ['google', 'alphabet', 'google cloud', 'gcp', 'goog'],
  ['microsoft', 'msft', 'microsoft azure'],
  ['x', 'twitter'],
];

const BY_NAME = new Map<string, string[][]>();
for (const group of ALIASES) {
  const named = group.map((name) => words(name));
  for (const name of group) BY_NAME.set(words(name).join(' '), named);
}

/** The names (as words) a company typed so is also known by; none for a name not listed. */
export function companyAliases(typed: string[]): string[][] {
  return (BY_NAME.get(typed.join(' ')) ?? []).filter((name) => name.join(' ') !== typed.join(' '));
}
