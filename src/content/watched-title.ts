import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/**
 * "Then I watched Beginner's Mind, Expert's Mind by Dawid Zalewski.": a diary's paragraph opening
 * with the talk the author saw, its title unmarked but in capitals, and its speaker after "by".
 * Only a title of two words at least, most of them capitalised ("I watched Oppenheimer by …" and
 * "I saw a demo by …" are none), and only as the paragraph's first sentence.
 */
export function watchedTalk(
  text: string,
): { title: string; speakers: { name: string; company?: string }[] } | undefined {
  const match = WATCHED.exec(text);
  const title = match?.[1]?.trim();
  const name = match?.[2];
  if (!title || !name || !titleCased(title)) return undefined;
  // "I went to _Queues from the Internet of Things_, done by Ada Lind": the sentence goes on
  // after the title ("…, done by"): the marked title is read elsewhere, this is none.
  if (/,\s*\p{Ll}+$/u.test(title)) return undefined;
  const people = parseSpeakerText(name);
  if (people?.length !== 1 || people[0]?.name !== name) return undefined;
  // "… by Priya Raman from Fjordsoft, which…": the company she came from.
  const company = match?.[3];
  return { title, speakers: [company ? { name, company } : { name }] };
}

const WATCHED = new RegExp(
  String.raw`^(?:(?:Then|Next|Later|Afterwards|Finally|After\s+(?:that|lunch|the\s+break)),?\s+)?(?:I|[Ww]e)\s+(?:also\s+)?(?:attended|watched|saw|caught|went\s+to)\s+(\p{Lu}[^.!?"“”()\n]{3,80}?)\s+by\s+(${PROSE_NAME})(?:\s+(?:from|of|at)\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3}))?(?=\s*[.,;:!]|\s+(?:and|which|who|was|—|-)\s|$)`,
  'u',
);

/** Two words or more, two of three words longer than three letters capitalised. */
function titleCased(title: string): boolean {
  const words = title.split(/\s+/);
  const long = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length > 3);
  const capitals = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 2 && long.length > 0 && capitals * 3 >= long.length * 2;
}
