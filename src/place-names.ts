/**
 * Regions and cities as conference names write them short: "KubeCon EU" is "KubeCon Europe",
 * "QCon NYC" is "QCon New York". Kept once for the notes (two files of one conference are one
 * event, `src/content/join-events.ts`) and the questions ("talks at kubecon europe" finds
 * "KubeCon EU 2024", `src/query/event-words.ts`).
 */
const SHORT_PLACES: Record<string, string> = {
  eu: 'europe',
  emea: 'europe',
  na: 'north america',
  ny: 'new york',
  nyc: 'new york',
  sf: 'san francisco',
  ldn: 'london',
};

/** Each long name, with its short forms: "new york" → ["ny", "nyc"]. */
const LONG_PLACES = new Map<string, string[]>();
for (const [short, long] of Object.entries(SHORT_PLACES)) {
  LONG_PLACES.set(long, [...(LONG_PLACES.get(long) ?? []), short]);
}

/** Lower-case words, a short place written long: ["kubecon", "eu"] → ["kubecon", "europe"]. */
export function longPlaces(words: string[]): string[] {
  return words.flatMap((word) => (SHORT_PLACES[word] ?? word).split(' '));
}

/**
 * The other ways a name's lower-case words are written: "kubecon eu 2024" is also "kubecon
 * europe 2024" and "kubecon emea 2024"; "qcon new york" also "qcon ny" and "qcon nyc".
 */
export function otherSpellings(words: string[]): string[][] {
  const long = longPlaces(words);
  const spellings: string[][] = [];
  if (long.join(' ') !== words.join(' ')) spellings.push(long);
  const text = ` ${long.join(' ')} `;
  for (const [place, shorts] of LONG_PLACES) {
    if (!text.includes(` ${place} `)) continue;
    for (const short of shorts) {
      const written = text.replace(` ${place} `, ` ${short} `).trim().split(' ');
      if (written.join(' ') !== words.join(' ')) spellings.push(written);
    }
  }
  return spellings;
}
