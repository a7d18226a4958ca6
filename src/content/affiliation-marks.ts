/**
 * "Minh Tran¹, Sophie Keller², Arvind Rao¹ — ¹ETH Zürich, ²Microsoft Research" (a paper's
 * authors, as proceedings print them): each name with the affiliation its mark points to.
 */

export const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹]/;

const MARK_DIGIT: Record<string, string> = {
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** Each name with the affiliation its mark points to, as "Name (Place)". */
export function withAffiliations(text: string): string {
  const cut = /\s+[—–-]\s+(?=[¹²³⁴⁵⁶⁷⁸⁹])|\s*;\s*(?=[¹²³⁴⁵⁶⁷⁸⁹])|\s*\n\s*(?=[¹²³⁴⁵⁶⁷⁸⁹])/.exec(
    text,
  );
  if (!cut)
    return text.replace(/[¹²³⁴⁵⁶⁷⁸⁹,]+(?=,|\s|$)/g, (marks) => (marks.endsWith(',') ? ',' : ''));
  const places = new Map<string, string>();
  for (const [, mark, place] of text
    .slice(cut.index + cut[0].length)
    .matchAll(/([¹²³⁴⁵⁶⁷⁸⁹])\s*([^,¹²³⁴⁵⁶⁷⁸⁹]+)/g))
    if (mark && place) places.set(mark, place.trim());
  return text
    .slice(0, cut.index)
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .map((name) => {
      const mark = SUPERSCRIPT.exec(name)?.[0];
      const bare = name.replace(/[¹²³⁴⁵⁶⁷⁸⁹,]+/g, '').trim();
      const place = mark ? places.get(mark) : undefined;
      return place && MARK_DIGIT[mark ?? ''] ? `${bare} (${place})` : bare;
    })
    .join(', ');
}
