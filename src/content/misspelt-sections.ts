/**
 * "AfterPerty", "Conclsuion", "Introducton": a post's own section with a typo in its one word
 * (or two joined). Only long words, one letter off (changed, missing, extra or swapped): a talk's
 * title is seldom one word that close to these.
 */
const SECTION_WORDS = [
  'afterparty',
  'conclusion',
  'conclusions',
  'introduction',
  'takeaways',
  'acknowledgements',
  'acknowledgments',
  'references',
  'resources',
  'networking',
  'accommodation',
  'logistics',
  'registration',
  'breakfast',
  'reception',
  'overview',
];

export function misspeltSection(name: string): boolean {
  if (name.length > 24 || !/^[A-Za-z]+(?:[ -][A-Za-z]+)?$/.test(name)) return false;
  const word = name.toLowerCase().replace(/[ -]/g, '');
  if (word.length < 8) return false;
  return SECTION_WORDS.some((section) => section !== word && oneEditApart(word, section));
}

/** One letter changed, missing, added, or two next to each other swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
