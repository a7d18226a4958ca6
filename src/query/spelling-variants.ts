/**
 * "Optimising", "colour", "centre", "modelling", "catalogue", "defence": a word as one English
 * spelling writes it, and as the other does ("optimizing", "color", "center", "modeling",
 * "catalog", "defense"), either way round. The reader keeps those the notes write, so a talk
 * titled "How to optimize your culture" is found by "optimising culture". A rule's stem is long
 * enough that "four", "hour" or "your" make no other word.
 */
const VARIANTS: [RegExp, string][] = [
  // -ise / -ize and their forms: optimise, optimisation, organised, realising.
  [/^(\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations|ational|able)$/u, '$1iz$2'],
  [/^(\p{L}{3,})iz(e|es|ed|ing|er|ers|ation|ations|ational|able)$/u, '$1is$2'],
  // -yse / -yze: analyse, paralysed.
  [/^(\p{L}{2,})ys(e|es|ed|ing|er|ers)$/u, '$1yz$2'],
  [/^(\p{L}{2,})yz(e|es|ed|ing|er|ers)$/u, '$1ys$2'],
  // -our / -or: colour, behaviours, favourite.
  [/^(\p{L}{3,})our(s|ed|ing|ful|ite|ites|able)?$/u, '$1or$2'],
  [/^(\p{L}{3,}[^aeiou])or(s|ed|ing|ful|ite|ites|able)?$/u, '$1our$2'],
  // -tre / -ter: centre, metres.
  [/^(\p{L}{3,})tre(s|d)?$/u, '$1ter$2'],
  [/^(\p{L}{3,})ter(s|ed)?$/u, '$1tre$2'],
  // -ogue / -og: catalogue, dialogues.
  [/^(\p{L}{3,})ogue(s)?$/u, '$1og$2'],
  [/^(\p{L}{3,})og(s)?$/u, '$1ogue$2'],
  // A doubled "l" before an ending: modelling, travelled, labelled.
  [/^(\p{L}{3,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'],
  [/^(\p{L}{3,}[aeiou])l(ed|ing|er|ers)$/u, '$1ll$2'],
  // -ence / -ense: defence, licence, offences.
  [/^(\p{L}{3,})enc(e|es)$/u, '$1ens$2'],
  [/^(\p{L}{3,})ens(e|es)$/u, '$1enc$2'],
];

/** The word as the other English spellings write it, if a rule makes it another word. */
export function spellingVariants(word: string): string[] {
  const found: string[] = [];
  for (const [rule, other] of VARIANTS) {
    if (!rule.test(word)) continue;
    const variant = word.replace(rule, other);
    if (variant !== word && !found.includes(variant)) found.push(variant);
  }
  return found;
}

/**
 * "Optimising" where the notes say "optimisation" in one talk and "optimizing" in another: a verb
 * in -ise or -ize in its other spelling, searched beside it even where the notes write the one
 * typed (both are the word, unlike "color" where "colour" is the notes' only spelling).
 */
export function izeSpelling(word: string): string[] {
  return VARIANTS.slice(0, 2)
    .filter(([rule]) => rule.test(word))
    .map(([rule, other]) => word.replace(rule, other));
}
