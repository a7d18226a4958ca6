import { stemmer } from 'stemmer';
import { apartFromShorter } from './word-apart.ts';

/**
 * How text becomes index terms, the same for talks and questions: case, accents and
 * punctuation folded (`analyze.ts`), stop words dropped, English stems (so "microservice" finds "microservices").
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have how i in is it its of on or that the their ' +
    'this to was we were what when where which who why will with you your our us do does not'
  ).split(' '),
);

/**
 * Letters a stem may drop past a word's inflections and still be that word: "deployment" is
 * "deploy", but "accessibility" is not "access", "generative" not "general", "observability" not
 * "observe". The Porter stemmer joins them all; a question for one found talks that only said the
 * other.
 */
const MOST_DERIVED = 4;

/**
 * Terms already worked out. A word's term never changes, and the same few thousand words come
 * back in every question and every talk, while working one out runs the stemmer two or three
 * times; a question's reading asks for the terms of its words many times over. Emptied when
 * full, so a huge archive's long tail cannot grow it without end.
 */
const known = new Map<string, string | null>();
const MOST_KNOWN = 1 << 16;

/** One word to its term, or null for a stop word or a word too long to be a word. */
export function termOf(word: string): string | null {
  const seen = known.get(word);
  if (seen !== undefined) return seen;
  const term = workOutTerm(word);
  if (known.size >= MOST_KNOWN) known.clear();
  known.set(word, term);
  return term;
}

function workOutTerm(word: string): string | null {
  if (word.length > 40 || STOP_WORDS.has(word)) return null;
  if (/^\p{N}+$/u.test(word) || !/^[a-z]+$/.test(word)) return russianStem(word) ?? word;
  const noun = ingNoun(word);
  if (noun) return noun;
  // "Organize", "organized", "organization", "organizer" are one word, never the stemmer's
  // "organ" (of "organs", "organic", "organism"); "authorize" never "author": a verb in -ize
  // keeps its "iz" in every form.
  const ize = IZE_FORMS.exec(word);
  if (ize) return `${ize[1]}iz`;
  // "Optimization" is what "optimize" does, and "postgres optimization" asks what "optimizing
  // postgres" does: a noun in -ization (-isation) is its verb's term, whatever it is.
  const verb = IZATION.exec(word);
  if (verb) return termOf(`${verb[1]}e`);
  const stem = agentRoot(word, yEnding(stemmer(word)));
  // "Generic(s)" is not "general" nor "generate", "specific" not "specify": the stemmer's "gener"
  // of all of them. An adjective in -ic (its plural noun in -ics) keeps its ending.
  if (word === `${stem}ic` || word === `${stem}ics`) return `${stem}ic`;
  const apart = apartFromShorter(word, stem);
  if (apart) return apart;
  if (word.length - stem.length <= MOST_DERIVED) return stem;
  // A word with a long derivational ending is a term of its own, its inflections with it
  // ("accessibilities" → accessibility); the check is on the word less them, so every form of a
  // word gets the same term.
  const base = uninflected(word);
  return base.length - stem.length <= MOST_DERIVED ? stem : base;
}

/** The forms of a verb in -ize, and the verb less them: "organizations" → "organ". */
const IZE_FORMS = /^([a-z]{3,})iz(?:e|es|ed|ing|er|ers|ation|ations|ational|ationally)$/;

/**
 * Whether two words are forms of one verb in -ize or -ise ("organising", "organisational"),
 * however much longer the one ending is than the other.
 */
export function oneIzeVerb(word: string, other: string): boolean {
  const one = IZE_FAMILY.exec(word);
  return !!one && IZE_FAMILY.exec(other)?.[1] === one[1];
}

const IZE_FAMILY = /^([a-z]{3,})i[sz](?:e|es|ed|ing|er|ers|ation|ations|ational|ationally)$/;

/** A noun made of a verb in -ize (-ise), and that verb less its "e": "optimization" → "optimiz". */
const IZATION = /^([a-z]{3,}i[sz])(?:ations?|ational|ationally)$/;

/**
 * Case and number endings of Russian nouns and adjectives, folded as words are (й is и, ё is е),
 * longest first: "микросервисах", "микросервисов" and "микросервисы" are one term, as "доклады"
 * and "докладов" are. Only off a word of six letters or more, leaving four at least.
 */
const RUSSIAN_ENDINGS = (
  'иями ями ами ого его ому ему ыми ими иях ях ах ов ев еи ои ии ыи ом ем ам ям ых их ая яя ое ' +
  'ее ые ие ую юю ы и а я у ю е о ь'
).split(' ');

function russianStem(word: string): string | undefined {
  if (word.length < 6 || !/^[а-яе]+$/.test(word)) return undefined;
  const ending = RUSSIAN_ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 4);
  return ending ? word.slice(0, -ending.length) : undefined;
}

/**
 * "Deployment" is the stemmer's "deploy", but "deploy", "deploys" and "deployed" are its
 * "deploi": a suffix taken off after the stemmer turned a final y into i leaves the y. The stem
 * ends as the word's other forms do ("employment", "employ"), so a question for deployments finds
 * the talks about deploys.
 */
function yEnding(stem: string): string {
  if (!stem.endsWith('y')) return stem;
  const again = stemmer(stem);
  return again === `${stem.slice(0, -1)}i` ? again : stem;
}

/**
 * "Embeddings", "settings", "findings", "meetings": the plural of a noun made with -ing is that
 * noun, not the verb's stem it shares with "embedded", "set", "find", "meet" (an "Embedded Rust"
 * talk is not about vector embeddings). Its term is the noun ("embedding"), which a question's
 * "embedding" finds as well as the verb's forms (see `QueryReader`); "strings", "springs" are
 * no -ing words.
 */
export function ingNoun(word: string): string | undefined {
  if (word.length < 7 || !word.endsWith('ings')) return undefined;
  const noun = word.slice(0, -1);
  return stemmer(noun) === noun ? undefined : noun;
}

/**
 * "debugger" is the stemmer's "debugg" and "debugging" its "debug": the doubled letter the
 * stemmer undoes before -ing and -ed it keeps before an -er it takes off, so one who debugs and
 * debugging were two words ("programmer" and "programming", "committer" and "committing" too).
 * Only where the -er was taken off ("egg", "add" keep theirs).
 */
function agentRoot(word: string, stem: string): string {
  const last = stem.charCodeAt(stem.length - 1);
  if (
    stem.length < 4 ||
    last !== stem.charCodeAt(stem.length - 2) ||
    'lsz'.includes(stem.charAt(stem.length - 1)) ||
    !/^[a-z]*[aeiou][a-z]*[^aeiouy]$/.test(stem) ||
    !/^(?:ers?|er's)$/.test(word.slice(stem.length))
  )
    return stem;
  return stem.slice(0, -1);
}

/**
 * The term of a word with a long derivational ending as the stemmer reads it ("containerization"
 * → container, contain), for a question whose word the notes never use: the nearest they have;
 * none where `termOf` is that already.
 */
export function derivedFrom(word: string): string[] {
  const term = termOf(word);
  if (term === null || !/^[a-z]+$/.test(word) || apartFromShorter(word, stemmer(word))) return [];
  // The stemmer stops at one ending: "containerization" → container, whose own stem "contain"
  // is what "containers" is indexed as.
  const stems: string[] = [];
  for (let stem = stemmer(word); stem !== term && !stems.includes(stem); stem = stemmer(stem)) {
    stems.push(stem);
    if (stems.length === 2) break;
  }
  return stems;
}

/**
 * A word less its plural, -ed or -ing ending, as the stemmer's first step takes them off (an e
 * put back after at, bl, iz: "authenticated" → authenticate; a doubled letter undone).
 */
function uninflected(word: string): string {
  let base = word;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (base.endsWith('sses')) base = base.slice(0, -2);
  else if (base.endsWith('s') && !base.endsWith('ss') && !base.endsWith('us'))
    base = base.slice(0, -1);
  const ending = /(?:ing|ed)$/.exec(base);
  if (ending && /[aeiouy]/.test(base.slice(0, ending.index))) {
    base = base.slice(0, ending.index);
    if (/(?:at|bl|iz)$/.test(base)) base += 'e';
    else if (/([^aeiouylsz])\1$/.test(base)) base = base.slice(0, -1);
  }
  return base;
}
