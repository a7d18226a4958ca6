import type { Speaker } from '../model.ts';
import { looksLikeName, splitNames } from './speaker-names.ts';
import { withoutRole } from './speaker-role.ts';

/**
 * "(Franck Schätz, Rüdiger Glaser – Universität Freiburg)", "(Ana Lima and Bo Chen – Acme)": two
 * people or more, then after a dash the one company of them all (not the second person's company,
 * as "(Jane Doe, Acme)" reads).
 */
const PEOPLE_DASH = /^([^–—]+?)\s[–—-]\s([^–—]{2,80})$/u;

export function peopleThenCompany(inner: string): Speaker[] | undefined {
  const match = PEOPLE_DASH.exec(inner.trim());
  if (!match?.[1] || !match[2] || !/,|\s(?:and|&|und|et|y|e|i)\s/u.test(match[1])) return undefined;
  const names = splitNames(match[1]);
  if (!names || names.length < 2 || !names.every((name) => looksLikeName(name))) return undefined;
  const company = withoutRole(match[2].trim());
  return names.map((name) => ({ name, company }));
}
