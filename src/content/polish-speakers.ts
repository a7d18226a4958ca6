import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';

/**
 * Who gave a talk, in the prose of a Polish post's notes: "Kamila Mrozek opowiedziała nam o …",
 * "Tomasz Janiszewski i Dawid Pacia przedstawili …", "Piotr Marczydło z firmy DreamLab opowiadał
 * …", "O architekturze opowiadał nam Daniel Pokusa.", "prowadzący Konrad Hołowiński ma …",
 * "Mateusz Piaszczak jest doświadczonym prelegentem", and after "przez" in the accusative:
 * "prezentacja prowadzona była przez Michała Płachtę" (Michał Płachta). Each person's first
 * name must be a known given name: "pokazał Visual Studio" names a tool, not a person.
 */

const WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?`;
const PERSON = String.raw`${WORD}\s+${WORD}`;
const PEOPLE = String.raw`${PERSON}(?:(?:\s*,\s*|\s+(?:i|oraz)\s+)${PERSON}){0,3}`;
/** Past tense of the verbs that say someone spoke: opowiedział, przedstawiła, pokazali … */
const VERB = `(?:opowiedzia|opowiada|przedstawi|pokaza|zaprezentowa|prezentowa|omówi|omawia|mówi|opisa|wyjaśni|wyjaśnia|poprowadzi|prowadzi|przybliży|zademonstrowa|podzieli|zabra)(?:ł|ła|li|ły)`;
/** "z firmy DreamLab", "z FutureProcessing"; "z Microsoftu" is declined, and no company name. */
const COMPANY = String.raw`\s+z\s+(?:firmy\s+(\p{Lu}[\p{L}\d&.-]*)|(\p{Lu}[\p{L}\d&.-]*[^\s,.;:!?uayi]))`;

/** "Kamila Mrozek opowiedziała", "podczas którego Krzysztof Janik pokazał", "Damian Szczepanik w przyjemny sposób opisał". */
const SUBJECT = new RegExp(
  String.raw`(?:^|[.!?:,]\s+|\s\p{Ll}+\s+)(${PEOPLE})(?:${COMPANY})?(?:\s+\p{Ll}+){0,3}\s+${VERB}(?![\p{L}])`,
  'u',
);
/** "opowiadał nam Daniel Pokusa.", "opowiadał jeden z założycieli grupy PTaQ, Zbigniew Moćkun." */
const OBJECT = new RegExp(
  String.raw`${VERB}(?:\s+nam)?(?:\s+\p{Ll}+){0,2}\s+(${PERSON})(?=\s*[,.;!?]|\s*$)|${VERB}\s[^.!?]{1,60},\s+(${PERSON})(?=\s*[.!?]|\s*$)`,
  'u',
);
/** "prowadzący Konrad Hołowiński", "Prelegent Jan Nowak"; "Jan Nowak jest doświadczonym prelegentem". */
const LEADER = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Pp]rowadząc[ya]|[Pp]relegent(?:ka)?)\s+(${PERSON})(?![\p{L}])|(${PERSON})\s+(?:jest|był|była)\s+(?:\p{Ll}+\s+){0,3}prelegent`,
  'u',
);
/** "prowadzona była przez Michała Płachtę", "poprowadzonej przez Barłomieja Zassa z Microsoftu". */
const BY = new RegExp(
  String.raw`(?:prowadzon|poprowadzon|wygłoszon|przedstawion|zaprezentowan|przygotowan)\p{Ll}*(?:\s+(?:była|był|było|były))?\s+przez\s+(${PERSON})(?:\s+(?:i|oraz)\s+(${PERSON}))?`,
  'u',
);

/** The people the opening paragraphs of a talk's notes name as its speakers, in Polish. */
export function polishSpeakers(paragraphs: string[]): Speaker[] {
  for (const text of paragraphs.slice(0, 2)) {
    if (text.length > 1500) continue;
    const people = speakersIn(text);
    if (people.length > 0) return people;
  }
  return [];
}

function speakersIn(text: string): Speaker[] {
  const subject = SUBJECT.exec(text);
  if (subject?.[1]) {
    const names = subject[1].split(/\s*,\s*|\s+(?:i|oraz)\s+/u);
    const company = subject[2] ?? subject[3];
    if (names.every(given))
      return names.map((name, index) =>
        company && index === names.length - 1 ? { name, company } : { name },
      );
  }
  const object = OBJECT.exec(text);
  const objectName = object?.[1] ?? object?.[2];
  if (objectName && given(objectName)) return [{ name: objectName }];
  const leader = LEADER.exec(text);
  const leaderName = leader?.[1] ?? leader?.[2];
  if (leaderName && given(leaderName)) return [{ name: leaderName }];
  const by = BY.exec(text);
  if (by?.[1]) {
    const names = [by[1], by[2]].flatMap((name) => (name ? [nominative(name)] : []));
    if (names.every((name) => name !== undefined)) return names.map((name) => ({ name }));
  }
  return [];
}

function given(name: string): boolean {
  return isGivenName(name.split(/\s+/)[0] ?? '');
}

/**
 * "Michała Płachtę" → "Michał Płachta", "Kamilę Gawrońską" → "Kamila Gawrońska", "Wojciecha
 * Gawrońskiego" → "Wojciech Gawroński", "Marka Nowaka" → "Marek Nowak": a person named in the
 * accusative, back in the nominative; undefined where the given name is none known.
 */
function nominative(name: string): string | undefined {
  const [first = '', last = ''] = name.split(/\s+/);
  const feminine = first.endsWith('ę');
  const stem = first.slice(0, -1);
  const firstName = feminine
    ? `${stem}a`
    : first.endsWith('a')
      ? [`${stem.slice(0, -1)}e${stem.slice(-1)}`, stem].find(isGivenName)
      : undefined;
  if (!firstName || !isGivenName(firstName)) return undefined;
  return `${firstName} ${feminine ? last.replace(/[ąę]$/u, 'a') : masculine(last)}`;
}

/** "Gawrońskiego" → "Gawroński", "Płachtę" → "Płachta", "Nowaka" → "Nowak". */
function masculine(surname: string): string {
  if (surname.endsWith('iego')) return `${surname.slice(0, -4)}i`;
  if (surname.endsWith('ego')) return `${surname.slice(0, -3)}y`;
  if (surname.endsWith('ę')) return `${surname.slice(0, -1)}a`;
  return surname.replace(/(?<=[^aeiouyąęó])a$/u, '');
}
