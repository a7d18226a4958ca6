/**
 * A conference's name with where it was after its year: "KubeCon North America 2024 — Salt Lake
 * City", "KubeCon EU 2025 London", "DevConf 2024, Brno". Two writers of one conference name it
 * with and without the city, so the city is set aside to tell whether they are one conference.
 */

const AFTER_YEAR =
  /^(.*?(?<!\d)(?:19|20)\d{2})(?:\s*[,–—-]\s*|\s+)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})$/u;

/** Words after a year that say what the post is or which part of the conference, not where. */
const NOT_A_PLACE =
  /^(?:notes?|recap|highlights?|takeaways?|summary|review|report|write-?up|day|days|edition|part|schedule|agenda|program(?:me)?|talks?|keynotes?|workshops?|sessions?|slides|videos?|retro(?:spective)?|wrap-?up|live|online|virtual|remote|hybrid|edition|special|update|preview|teaser|tl;?dr|cfp|faq|q&a|i|ii|iii|iv|v)\b/i;

/** `{ conference, place }` when the name ends with a place after its year, else undefined. */
export function placeAfterYear(name: string): { conference: string; place: string } | undefined {
  if (name.length > 120) return undefined;
  const match = AFTER_YEAR.exec(name.trim());
  const [conference, place] = [match?.[1], match?.[2]];
  if (!conference || !place || NOT_A_PLACE.test(place)) return undefined;
  // A name and a year alone ("Jfokus 2025") is no conference followed by a place: it needs words.
  if (!/\p{L}/u.test(conference)) return undefined;
  return { conference: conference.trim(), place };
}
