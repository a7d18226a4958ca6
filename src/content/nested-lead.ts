import type { Speaker } from '../model.ts';
import { TITLE_LABEL } from './field-lines.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { speakerLine } from './speaker-line.ts';
import { isCompanyLike } from './speaker-names.ts';
import { isKindAlone, sessionKind } from './title-marks.ts';

/**
 * An outline's talk whose speaker is its first nested bullet, not on its own line:
 *
 *     - **Alert fatigue is a design smell**        - **Keynote**
 *       - Sunil Varma, PagerDuty                      - Opening keynote.
 *       - fewer alerts, more burn-rate alerts         - Speaker: Hilde Berg (Equinor)
 *                                                     - Title: "Reliability is a feature"
 *
 * The bullets read are the first few, each a speaker's line (labelled, or a name with its
 * company), a "Title:" line, a "Company:" line or a line that only says the kind of session; the
 * first bullet of notes ends them. A bare name must come with a company ("Grafana Labs" under
 * "**Observability**" is a note, not a person).
 */
export interface NestedLead {
  speakers: Speaker[];
  title?: string;
  kind?: string;
  /** The bullets read, left out of the notes. */
  used: MdNode[];
  /** Whether a label named the speaker ("Speaker:", "speaker::"), not a name's shape alone. */
  labelled: boolean;
}

const COMPANY_LABEL = /^(?:company|firma|empresa|entreprise|azienda|bedrijf)\s*::?\s*(?=\S)/iu;
const SPEAKER_PROPERTY = /^(speakers?|presenters?)::\s*(?=\S)/iu;

/** With `labelledOnly`, a lead whose speaker no label names is not read at all (cheaper). */
export function nestedLead(item: MdNode, labelledOnly = false): NestedLead | undefined {
  const list = item.children[1];
  if (list?.type !== 'list' || item.children.length !== 2) return undefined;
  const found: NestedLead = { speakers: [], used: [], labelled: false };
  let company: string | undefined;
  for (const sub of list.children.slice(0, 5)) {
    const [paragraph, ...more] = sub.children;
    if (paragraph?.type !== 'paragraph' || more.length > 0) break;
    const text = plainText(paragraph).trim();
    if (text.includes('\n')) break;
    const title = TITLE_LABEL.exec(text);
    if (title && found.title === undefined) {
      found.title = text.slice(title[0].length).replace(/^["“«](.+)["”»]$/u, '$1');
      found.used.push(sub);
      continue;
    }
    const companyLine = COMPANY_LABEL.exec(text);
    if (companyLine) {
      company = text.slice(companyLine[0].length);
      found.used.push(sub);
      continue;
    }
    // "Opening keynote.": the kind of session, no note.
    const bare = text.replace(/[.!]$/, '');
    if (isKindAlone(bare)) {
      found.kind = sessionKind(bare);
      found.used.push(sub);
      continue;
    }
    if (found.speakers.length > 0) break;
    // Logseq's properties ("speaker:: [[Luca Moretti]]") read as "Speaker:" lines.
    const line = text.replace(SPEAKER_PROPERTY, 'Speaker: ');
    const labelled = line !== text || /^[\p{L} ]+\s*:/u.test(text);
    if (labelledOnly && !labelled) return undefined;
    const people = speakerLine(line, true);
    const named =
      people?.every((person) => person.name && !isCompanyLike(person.name)) &&
      (labelled || people.every((person) => person.company));
    if (!people || !named) break;
    found.labelled = labelled;
    found.speakers.push(...people);
    found.used.push(sub);
  }
  if (found.speakers.length === 0) return undefined;
  if (company) found.speakers = found.speakers.map((s) => (s.company ? s : { ...s, company }));
  return found;
}
