import { stripInvisible, truncate, wellFormed } from '../../src/text.ts';

export { wellFormed };

/**
 * Text from the notes or the user, escaped for a platform and within `max` characters *after*
 * escaping: escaping grows a text full of marks, and a cut of escaped text could split an escape
 * (Slack's `&am…`, a Discord `\` left to escape the "…"). So the plain text is cut first (whole
 * graphemes, "…"), escaped, and cut shorter until its escaped form fits. `growth` is the most one
 * character becomes once escaped (Discord's `\*` 2, Slack's `&amp;` 5): each step removes at least
 * the excess over it, so a fit is found in few steps. Invisible and bidirectional characters are
 * removed before anything is measured. Empty when not even "…" fits.
 */
export function escapedWithin(
  raw: string,
  max: number,
  escaping: (text: string) => string,
  growth: number,
): string {
  const plain = wellFormed(stripInvisible(raw));
  let budget = max;
  for (;;) {
    const out = escaping(truncate(plain, budget));
    if (out.length <= max) return out;
    if (budget <= 1) return '';
    budget -= Math.max(1, Math.ceil((out.length - max) / growth));
  }
}

/**
 * Every string in a message (texts, labels, ids, values) made well-formed: the last guard. A part
 * with nothing to mend is returned as it is; only the objects and arrays on the way to a mended
 * string are copied.
 */
export function wellFormedAll<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const mended = wellFormedAll(item);
      if (mended === item) return;
      copy ??= [...value];
      copy[i] = mended;
    });
    return (copy ?? value) as T;
  }
  if (value && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const mended = wellFormedAll(item);
      if (mended === item) continue;
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = mended;
    }
    return (copy ?? value) as T;
  }
  return value;
}
