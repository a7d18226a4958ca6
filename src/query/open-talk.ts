/**
 * "Open the podman talk", "tell me about the graalvm one", "show me the keynote by Ada Lee",
 * "details on that eBPF session": one talk asked for in full, named as one ("the … talk"). Never
 * a list asked for ("show me the kafka talks", "tell me about kafka"), nor "open source talks".
 */
const OPENS_ONE =
  /^(?:(?:hey|hi|hello|yo|ok(?:ay)?|so|and|bot|qcon(?:-bot)?|please|pls|can\s+you|could\s+you|would\s+you)[,\s]+)*(?:open(?:\s+up)?|show(?:\s+(?:me|us))?|pull\s+up|bring\s+up|give\s+me|tell\s+(?:me|us)\s+(?:(?:more|everything|all)\s+)?about|(?:more|details?|everything)\s+(?:on|about|of|for)|what\s+(?:was|is)\s+in)\s+((?:the|that|this)\s+(?:.+?\s+)?(?:talk|one|session|keynote|presentation|panel|workshop)(?:\s+(?:by|from|at|on|about)\s+.+?)?)(?:[,\s]+(?:please|pls|thanks))?[\s?!.]*$/i;

/** The words that name the one talk asked for in full, if the question asks so. */
export function opensOneTalk(text: string): string | undefined {
  return OPENS_ONE.exec(text.trim())?.[1];
}
