import type { Speaker } from '../model.ts';
import { plainText } from './markdown-text.ts';
import { headingName } from './section-names.ts';
import { meaningful, type Section } from './sections.ts';
import { speakerLine } from './speaker-line.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * A page of one talk whose abstract, right under the title, opens with its speakers as a short
 * list (`# JOOQ, joy of SQL` / `## Abstract` / `- Kevin Davin` / the abstract; a Devoxx notes
 * repository's shape): the page is that talk, by those people. The list is taken out of the
 * abstract. A list of anything else (`- Kafka`, `- Flink`) names no one.
 */
export function abstractByline(
  below: Section[],
): { speakers: Speaker[]; drop: () => void; event?: Section } | undefined {
  const [part] = below;
  if (!part || !ABSTRACT.test(headingName(part.title))) return undefined;
  const [list] = meaningful(part.body);
  if (list?.type !== 'list' || list.children.length > 4) return undefined;
  const speakers: Speaker[] = [];
  for (const item of list.children) {
    const people = speakerLine(plainText(item).trim(), true);
    if (!people?.length || !people.every((person) => looksLikeName(person.name ?? '')))
      return undefined;
    speakers.push(...people);
  }
  const drop = () => {
    part.body = part.body.filter((node) => node !== list);
  };
  return { speakers, drop };
}

/** "Abstract", "Résumé", "Description", "Synopsis", "Beschreibung", "Resumen": what the talk is about. */
const ABSTRACT =
  /^(?:abstract|r[ée]sum[ée]|description|synopsis|summary|beschreibung|zusammenfassung|resumen|resumo|descripci[óo]n|descri[çc][ãa]o|sommario)$/iu;
