/**
 * "Ola Nord, works at Fjordpay", "Marie Dupont, bosse à Qonto", "Hans Müller, arbeitet bei
 * Zalando", "Ana García, trabaja en Cabify": a sentence's verb of working for someone, where
 * others write the company alone. What follows the verb is the company.
 */
export const EMPLOYED_AT =
  /^(?:(?:currently|now|actuellement|aktuell|actualmente|attualmente)\s+)?(?:works?|working|bosse|travaille|arbeitet|trabaja|trabalha|lavora|werkt|pracuje|jobbar|arbejder|jobber)\s+(?:at|for|à|a|au|chez|pour|bei|für|en|para|na|no|em|in|presso|per|bij|voor|w|dla|på|hos)\s+(?=\S)/iu;

/** The company a verb of working names ("works at Fjordpay" → "Fjordpay"), or the text as written. */
export function withoutEmploymentVerb(text: string): string {
  const verb = EMPLOYED_AT.exec(text);
  // The company starts with a capital, a digit or "@", case-exact: "works at a bank" names none,
  // and stays a sentence.
  const rest = verb ? text.slice(verb[0].length) : '';
  return /^[\p{Lu}\p{N}@]/u.test(rest) ? rest : text;
}
