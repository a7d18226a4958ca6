/** One company for all the people named: "(all from Cloudflare)", "beide bei Govtech". */

/** "all", "both", "each" in the languages posts are written in. */
const ALL_WORDS =
  '(?:all|both|each|beide|alle|allebei|allen|ambos|ambas|todos|todas|(?:tous|toutes)(?: les)? deux|les deux|entrambi|entrambe|tutti|tutte|oboje|obaj|obie|wszyscy)';
/**
 * "the company", "firmy", "der Firma": the word for a company before its name ("obaj z firmy
 * Brainly", "both from the company Acme"), which is no part of the name.
 */
const COMPANY_NOUN =
  "(?:(?:the\\s+)?company|firmy|der\\s+firma|la\\s+empresa|da\\s+empresa|l['’]entreprise|l['’]azienda|dell['’]azienda)\\s+";
/** "both at", "beide bei", "entrambi di", "oboje z": one company for the people named. */
export const ALL_AT = new RegExp(
  `^${ALL_WORDS}\\s+(?:from|at|of|with|@|bei|von|bij|van|de|da|do|di|del|della|du|chez|en|em|na|no|presso|z|ze|w)\\s+(?:${COMPANY_NOUN})?(?=\\S)`,
  'iu',
);
/** "both Harbourlight", "beide Nordwerk": the same with the preposition left out. */
export const ALL_BARE = new RegExp(`^${ALL_WORDS}\\s+(?=\\p{Lu})`, 'u');
