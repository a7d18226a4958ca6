import { words } from '../search/analyze.ts';
import { isFiller } from '../search/question-words.ts';
import { spanAsTyped } from './asked-forms.ts';
import type { Directory } from './directory.ts';
import type { EventWords } from './event-words.ts';
import { countryNamed } from './places.ts';
import type { Plan } from './plan.ts';
import type { Question } from './understand.ts';

/** Most words a name asked for has ("talks by Ana Maria dos Santos Lima" is five). */
const NAME_WORDS = 5;

/**
 * Words for kinds of people, which name nobody: "talks by women", "talks from bankers",
 * "talks by engineers at banks" ask what the notes do not record, not for a person called so.
 */
export const GROUPS = new Set(
  (
    'women woman men man ladies lady girls boys guys folks people persons engineers engineer ' +
    'developers developer devs dev experts expert speakers students researchers academics ' +
    'professors founders ceos ctos bankers managers leaders beginners juniors seniors newcomers ' +
    'locals teams startups companies universities vendors sponsors organisers organizers ' +
    'minorities veterans others everyone ' +
    'anybody somebody nobody'
  ).split(' '),
);

/**
 * "Talks by Zed Quill", "what did Zed Quill say" where no speaker or company has that name and
 * no talk says it: that, plainly, with the names that come close, not other talks. A plan that
 * found talks without a word of the name ("talks by Sven Quill": the talks that say Sven) is no
 * answer either. Only a name asked for by "by", "from", "what did … say", "did … speak" or
 * "where does … work",
 * of words (no number, no filler: "talks at 10:30", "what did they say" name nobody).
 */
/**
 * "Did anyone from Google speak", "talks from AWS" where no speaker or company has that name but
 * talks mention it (a link to code.google.com, "Amazon SDKs"): those talks, saying no speaker was
 * from it, not as if its people gave them.
 */
export function mentionedOnly(
  plan: Plan,
  question: () => Question,
  typed: string,
  directory: Directory,
  /** Whether the name is an event's ("the rustfmt talk from rustconf"): no company's, then. */
  event: (name: string) => boolean = () => false,
): Plan | undefined {
  if (plan.kind !== 'talks' || plan.scope.kind !== 'search' || plan.scope.unmatched)
    return undefined;
  const { by } = question();
  // "Did google present anything": a name no speaker or company has, which talks mention.
  const fromCompany =
    by?.how === 'from' || by?.how === 'did' || (by?.how === 'by' && by.prefer === 'company');
  if (!by || !fromCompany || !namesSomeone(by.name) || directory.byName(by.name, by.prefer))
    return undefined;
  if (event(by.name)) return undefined;
  return { ...plan, scope: { ...plan.scope, notFrom: nameAsTyped(typed, by.name) } };
}

/** Words that could be someone's or some company's name: no filler, group, number or country. */
function namesSomeone(name: string): boolean {
  const asked = words(name).filter((word) => word !== 'the');
  return !(
    asked.length === 0 ||
    asked.length > NAME_WORDS ||
    asked.some((word) => isFiller(word) || GROUPS.has(word) || !/^\p{L}+$/u.test(word)) ||
    // "Talks from the US", "talks by norwegians": a country or its people, no one's name.
    asked.every(countryNamed)
  );
}

/** A name as the question typed it, else each word capitalised. */
function nameAsTyped(typed: string, name: string): string {
  return (
    spanAsTyped(typed, name) ?? name.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase())
  );
}

export function unknownPerson(
  plan: Plan,
  question: () => Question,
  typed: string,
  directory: Directory,
): Plan | undefined {
  // Read only when nothing, or talks short of a word, were found: most questions find talks.
  if (plan.kind === 'talks' ? !plan.scope.unmatched : plan.kind !== 'none' || plan.unknown)
    return undefined;
  const { by } = question();
  if (!by || by.how === 'at' || by.how === 'of') return undefined;
  if (!namesSomeone(by.name)) return undefined;
  const asked = words(by.name).filter((word) => word !== 'the');
  const missed = plan.kind === 'talks' ? (plan.scope.unmatched ?? []) : asked;
  if (!asked.some((word) => missed.includes(word))) return undefined;
  if (directory.byName(by.name, by.prefer)) return undefined;
  const kinds: ('speaker' | 'company')[] =
    by.how === 'by' || by.how === 'works' || by.how === 'did'
      ? ['speaker']
      : ['speaker', 'company'];
  const near = directory
    .nearNames(by.name, kinds)
    .map(({ name, kind }) => `talks ${kind === 'speaker' ? 'by' : 'from'} ${name}`);
  return { kind: 'none', suggestions: near, person: nameAsTyped(typed, by.name) };
}

/** A folded name as the question typed it ("Zed Quill"), where it can be found so. */

/**
 * Whether words name an event of the notes, in full ("jsconf eu") or each word a word of its
 * name ("rustconf", "pydata paris 2024"): "the contracts talk from cppcon" asks of the event.
 */
export function namesAnEvent(name: string, eventWords: EventWords): boolean {
  const asked = words(name).filter((word) => word !== 'the');
  if (asked.length === 0) return false;
  if (eventWords.wholeNames(asked.join(' '))?.rest === '') return true;
  return asked.every((word) => eventWords.eventsNamed(word) !== undefined);
}
