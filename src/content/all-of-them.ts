/** One company for all the people named: "(all from Cloudflare)", "beide bei Govtech". */

/** "all", "both", "each" in the languages posts are written in. */
const ALL_WORDS =
  '(?:all|both|each|beide|alle|allebei|allen|ambos|ambas|todos|todas|(?:tous|toutes)(?: les)? deux|les deux|entrambi|entrambe|tutti|tutte|oboje|obaj|obie|wszyscy)';
/** "both at", "beide bei", "entrambi di", "oboje z": one company for the people named. */
export const ALL_AT = new RegExp(
  `^${ALL_WORDS}\\s+(?:from|at|of|with|@|bei|von|bij|van|de|da|do|di|del|della|du|chez|en|em|na|no|presso|z|ze|w)\\s+(?=\\S)`,
  'iu',
);
/** "both Harbourlight", "beide Nordwerk": the same with the preposition left out. */
export const ALL_BARE = new RegExp(`^${ALL_WORDS}\\s+(?=\\p{Lu})`, 'u');
