import type { Speaker } from '../model.ts';
import { escapeRegExp } from '../text.ts';
import { isCompanyLike } from './speaker-names.ts';

/**
 * "## Copilot for infra (GitHub)" over "Speaker: Daniel Okoye": the heading's parentheses named
 * the company and the line under it the people, who work there. A two-word company read as a
 * name (`(Hugging Face)` over `Speakers: Lina Bakir and Paul Mercier`) is their company too,
 * not a third speaker. `named` is how many speakers the heading gave; the rest came from below.
 */
export function companyFromHeading(
  heading: string,
  speakers: Speaker[],
  named: number,
  company: string | undefined,
): { speakers: Speaker[]; company?: string } | undefined {
  const below = speakers.slice(named);
  if (below.length === 0 || below.some((speaker) => speaker.company)) return undefined;
  if (named === 0 && company)
    return { speakers: below.map((speaker) => ({ ...speaker, company })) };
  const [only] = speakers;
  if (named !== 1 || !only?.name || only.company) return undefined;
  const inParens = new RegExp(`\\(\\s*${escapeRegExp(only.name)}\\s*\\)\\s*$`).test(heading.trim());
  if (!inParens || below.some((speaker) => speaker.name === only.name)) return undefined;
  // "(Jane Doe)" over "With John Roe": a co-speaker; only a company sends two people or more.
  if (below.length < 2 && !isCompanyLike(only.name)) return undefined;
  const at = only.name;
  return { speakers: below.map((speaker) => ({ ...speaker, company: at })) };
}

/**
 * "### Friendly AI Assistant with Amazon Q (Quick)" over "**Speaker:** Jane Doe – Architect at
 * Acme.": the parentheses were read as the company, but the line under the heading gives the
 * people their own, another: the parentheses are the title's. The title with them back, else
 * undefined (`(Acme)` over "… at Acme Corp" names their company).
 */
export function titleAside(
  heading: string,
  title: string,
  company: string | undefined,
  speakers: Speaker[],
): string | undefined {
  if (!company || speakers.length === 0) return undefined;
  if (!heading.trim().endsWith(`(${company})`)) return undefined;
  const mine = company.toLowerCase();
  const theirs = speakers.map((speaker) => speaker.company?.toLowerCase());
  if (theirs.some((other) => !other || other.includes(mine) || mine.includes(other)))
    return undefined;
  return `${title} (${company})`;
}
