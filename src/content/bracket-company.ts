import { parseSpeakerText } from './speaker-names.ts';

/**
 * "Rafael Albuquerque [Banco Capibaribe] — Arquitetura hexagonal", "Fernanda Costa & Lucas Pereira
 * [iFood]: Feature flags": a heading that names the speaker first, the company in square brackets,
 * then the title after a dash or a colon. Read as "Name (Company) — Title" is. Only the people's
 * names may stand before the brackets: "[Security] Title" and "Title [EN]" are other marks.
 */
export function companyInBrackets(heading: string): string {
  if (!heading.includes(']')) return heading;
  const lead = LEAD.exec(heading);
  if (!lead?.[1] || !lead[2]) return heading;
  const people = parseSpeakerText(lead[1]);
  if (!people || people.some((person) => !person.name || person.company)) return heading;
  return `${lead[1]} (${lead[2].trim()})${heading.slice(lead[0].length)}`;
}

const LEAD = /^([^[\]()]{3,120}?)\s*\[([^[\]]{2,60})\](?=\s+(?:[—–-]|--|\||·)\s|:\s)/u;
