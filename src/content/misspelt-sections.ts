import { editDistance } from '../edit-distance.ts';

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
  return SECTION_WORDS.some((section) => section !== word && editDistance(word, section, 1) <= 1);
}
