import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import { isCompanyLike, looksLikeName } from './speaker-names.ts';

/**
 * "(Jon Tirsen, Sarah Holt)" after a title: two people, the second a full name from a common
 * given name, not the first one's company ("(Alvin Richards, Capital One)", "(Femke de Groot,
 * Johnson & Johnson)" stay a person and their company).
 */
export function twoPeople(inner: string): Speaker[] | undefined {
  const parts = inner.split(/\s*,\s*/);
  if (parts.length !== 2) return undefined;
  const [first = '', second = ''] = parts.map((part) => part.trim());
  const given = second.split(/\s+/)[0] ?? '';
  if (!looksLikeName(first) || !looksLikeName(second) || isCompanyLike(second)) return undefined;
  if (!/\s/.test(second) || !isGivenName(given)) return undefined;
  return [{ name: first }, { name: second }];
}
