/**
 * "Blameless" and "without blame", "lock-free" and "no locks": a word made of another and -less
 * or -free means "without" it, so each finds the other's talks (as related words, below the word
 * asked). Not the words whose meaning is their own: "serverless" runs on servers, "stateless"
 * and "wireless" are terms of their own, "useless" and "seamless" everyday words.
 */
const OWN_MEANING = new Set(
  (
    'serverless stateless wireless headless lossless seamless useless endless regardless ' +
    'nevertheless unless countless careless doubtless homeless timeless priceless pointless ' +
    'harmless helpless restless fearless reckless relentless selfless thankless tireless ' +
    'effortless flawless boundless limitless senseless ruthless spotless hopeless meaningless ' +
    'needless powerless worthless breathless clueless shameless speechless sleepless topless ' +
    'bottomless cordless faceless nameless painless mindless heartless carefree hassle-free'
  ).split(' '),
);

const PRIVATIVE = /^([a-z]{3,}?)(less|free)$/;

/** The word a -less or -free word is "without", or the -less and -free words of a word. */
export function privativeOf(word: string): string[] {
  if (!/^[a-z]+$/.test(word) || OWN_MEANING.has(word)) return [];
  const made = PRIVATIVE.exec(word);
  // "lockless" is "lock-free" too.
  if (made) return [made[1] as string, `${made[1]}${made[2] === 'less' ? 'free' : 'less'}`];
  // "locks" → "lockless", "lockfree"; one made so that means its own is none.
  const base = word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  return [`${base}less`, `${base}free`].filter((made) => !OWN_MEANING.has(made));
}
