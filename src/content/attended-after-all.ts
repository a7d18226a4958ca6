/**
 * "I couldn't attend all the talks, but these are the ones I did attend:": a lead that names
 * talks missed, then turns ("but", "however", "though") to the ones the author saw. The words
 * after the last turn say what the list under it is.
 */

/** The last "but" / "however" / "still" a sentence turns on, and the words after it. */
const TURN =
  /(?:[,;:.–—-]\s*|\s)(?:but|however|though|still|yet|instead|aber|mais|pero|ma)\b[,:]?\s+/giu;

/** The author saw these: "the ones I did attend", "the talks I saw", "those I enjoyed". */
const SAW =
  /\b(?:i|we)\s+(?:did\s+|managed to\s+|got to\s+|could\s+)?(?:attend(?:ed)?|s[ae]w|see|watch(?:ed)?|enjoy(?:ed)?|lik(?:ed|e)|catch|caught|went to|made it to)\b/i;

/**
 * The words after a lead's last turn, where they say the author saw the talks below, else
 * undefined: "…, but these are the ones that I did attend and enjoyed:".
 */
export function attendedAfterTurn(text: string): string | undefined {
  // Cheap first: no turning word, nothing to read.
  if (!/\b(?:but|however|though|still|yet|instead|aber|mais|pero|ma)\b/i.test(text))
    return undefined;
  let tail: string | undefined;
  for (const turn of text.matchAll(TURN)) tail = text.slice(turn.index + turn[0].length);
  return tail !== undefined && SAW.test(tail) ? tail : undefined;
}
