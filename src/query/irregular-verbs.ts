/**
 * An English verb's irregular forms, each the others ("why did they leave graphql" is the talk
 * "Why we left GraphQL", "who spoke" the notes' "speak"), where the stemmer, which cuts endings,
 * cannot join them: verbs that say what a talk did, not those of any sentence ("bring", "take",
 * "make"), nor "go", "went", "gone" (Go is a language the notes name). In short questions only:
 * a paragraph's verbs are its story's.
 */
const FORMS = [
  'leave left',
  'build built',
  'write wrote written',
  'speak spoke spoken',
  'break broke broken',
  'choose chose chosen',
  'teach taught',
  'shrink shrank shrunk',
  'grow grew grown',
  'fight fought',
  'forget forgot forgotten',
  'steal stole stolen',
  'freeze froze frozen',
];

const OTHERS = new Map<string, string[]>(
  FORMS.flatMap((line) => {
    const forms = line.split(' ');
    return forms.map((form) => [form, forms.filter((other) => other !== form)] as const);
  }),
);

/**
 * The other forms of an irregular verb (folded), none for any other word, nor for one of four
 * letters or fewer ("ran", "made", "held"), which say how as often as what ("what ran on the
 * edge" asks about the edge).
 */
export function verbForms(word: string): string[] {
  return word.length < 5 ? [] : (OTHERS.get(word) ?? []);
}
