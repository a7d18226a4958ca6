/**
 * Seeded hostile text for the property tests of each surface: questions a hostile or confused
 * user types, and notes an author (or a careless paste) writes. The same seed gives the same
 * text, so a failure names its seed and can be replayed.
 */

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

/**
 * What pings or notifies on Slack or Discord, as written and disguised: behind zero-width,
 * word-joiner and bidirectional characters (which the bot strips), full-width and Cyrillic
 * look-alikes (which an NFKC fold would turn back into the real thing), and as Slack delivers
 * them (`&lt;`).
 */
export const PINGS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123ABCD|@team>',
  '<@U012ABCDEF>',
  '<@W012ABCDEF|bob>',
  '<#C012ABCDE|general>',
  '@everyone',
  '@here',
  '@channel',
  '@EVERYONE',
  '<@1200000000000000002>',
  '<@!1200000000000000002>',
  '<@&1700000000000000007>',
  '<#1500000000000000005>',
  '</qcon:123456789012345678>',
  '<t:1700000000:R>',
  '<:blob:123456789012345678>',
  '<a:blob:123456789012345678>',
  '@\u200beveryone',
  '@\u2060everyone',
  '@\ufeffhere',
  '@\u202eeveryone',
  '@\u00adhere',
  '<\u2060!channel>',
  '<!\u200dhere>',
  '<\u2066@1200000000000000002>',
  '\uff20everyone',
  '\uff1c!channel\uff1e',
  '@\u0435veryone',
  '@\uff45\uff56\uff45\uff52\uff59\uff4f\uff4e\uff45',
  '\u202e>lennahc!<',
  '&lt;!channel&gt;',
  '&lt;@U012ABCDEF&gt;',
  '<<!channel>>',
  '\\<@&1700000000000000007>',
  '\\\\<!here>',
  '@@everyone',
] as const;

const MARKUP = [
  '**',
  '__',
  '*',
  '_',
  '~~',
  '~',
  '`',
  '```',
  '||',
  '> ',
  '>>> ',
  '# ',
  '-# ',
  '1. ',
  '- ',
  '[x](https://evil.example)',
  '<https://evil.example|click me>',
  '<mailto:a@b.c>',
  '&amp;',
  '&',
  '&#60;',
  '\\',
  '\\\\',
  ':smile:',
  '|',
  '(',
  ')',
  '[',
  ']',
  '{"q":"x"}',
  'qcon:page:2:',
] as const;

const WEIRD = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\n',
  '\t',
  '\ud800',
  '\udfff',
  '\ud83d',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466}',
  '\u{1F3F3}\ufe0f\u200d\u{1F308}',
  '\u{1F44D}\u{1F3FD}',
  '\u{1F1FA}\u{1F1F3}',
  'Z\u0334\u0335\u031c\u0330\u0354\u036b\u0357\u0362',
  '\ufdfd',
  'مرحبا',
  'שלום',
  '日本語',
  '𝕋𝕙𝕖',
  '\ufffd',
  '\uffff',
  'e\u0301',
] as const;

const WORDS = [
  'microservices',
  'kubernetes',
  'security',
  'talk',
  'topic',
  'list',
  'events',
  'topics',
  'help',
  'page 2',
  'page 999999',
  'event:',
  'by',
  'speaker',
  'slides',
  'video',
  'more',
  'next',
  'the',
  'who spoke about',
  'not',
  'or',
] as const;

const KINDS = [PINGS, MARKUP, WEIRD, WORDS, WORDS] as const;

/** One hostile piece: a ping, a mark, a strange character or a word the grammar knows. */
export function piece(random: Random): string {
  return pick(random, pick(random, KINDS));
}

/**
 * A hostile text of a few pieces; about one in `hugeOneIn` is huge (up to `hugeLength`
 * characters: a pasted log, a 100 KB line).
 */
export function hostileText(
  random: Random,
  { pieces = 12, hugeOneIn = 12, hugeLength = 100_000 } = {},
): string {
  const parts = Array.from({ length: between(random, 1, pieces) }, () => piece(random));
  const text = parts.join(random() < 0.5 ? ' ' : '');
  if (random() * hugeOneIn >= 1) return text;
  const unit = `${text} ${piece(random)} `;
  return unit.repeat(Math.ceil(between(random, 2_000, hugeLength) / unit.length));
}

/** One line of text: a heading or a bullet that stays one (its line breaks become spaces). */
function line(random: Random, options?: Parameters<typeof hostileText>[1]): string {
  return hostileText(random, options).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

const URLS = [
  (r: Random) =>
    `https://example.com/${encodeURIComponent(wellFormed(line(r, { hugeOneIn: 1e9 })))}`,
  () => 'https://evil.example/<!channel>',
  () => 'https://evil.example/a|b>c<@U012ABCDEF>',
  () => 'javascript:alert(1)',
  () => 'https://speakerdeck.com:99999/ann/x',
  () => 'http://[::1',
  () => 'https://user:secret@evil.example/',
  () => `https://youtu.be/${'a&'.repeat(1600)}`,
  () => 'https://exa mple.com/x',
  () => 'https://例え.jp/スライド',
  () => 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  () => 'https://speakerdeck.com/ann/talk',
] as const;

/** Lone surrogates as U+FFFD, which a URL can encode. */
const wellFormed = (text: string) =>
  text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

function url(random: Random): string {
  return pick(random, URLS)(random);
}

/** A YAML double-quoted scalar: JSON's escapes are YAML's. */
const yaml = (text: string) => JSON.stringify(text);

/**
 * A notes post of hostile talks: a hostile event name and intro, headings that make topics, talks whose titles, speakers, companies, notes and links carry every kind of piece, and
 * some talks with hundreds of notes or dozens of links.
 */
export function hostileNotes(random: Random, name: string): string {
  const talks = between(random, 3, 14);
  const titles = Array.from(
    { length: talks },
    (_, i) => `${line(random, { hugeOneIn: 20, hugeLength: 3_000 })} ${i}`,
  );
  const topic = () => line(random, { pieces: 3, hugeOneIn: 1e9 });
  const body: string[] = [
    '---',
    'event:',
    `  name: ${yaml(`${name} ${line(random, { pieces: 4, hugeOneIn: 1e9 })}`)}`,
    `  dates: 2025-04-02..2025-04-04`,
    `  author: ${yaml(line(random, { pieces: 3, hugeOneIn: 1e9 }))}`,
    '---',
    hostileText(random, { hugeOneIn: 6 }),
    '',
  ];
  // One to `talks` topics, as headings that group the talks under them: with many files, more
  // than a menu holds.
  const groups = between(random, 1, talks);
  const opens = new Set(Array.from({ length: groups }, (_, g) => Math.floor((g * talks) / groups)));
  for (const [i, title] of titles.entries()) {
    if (opens.has(i)) body.push(`## ${topic()}`, '');
    const speaker = line(random, { pieces: 3, hugeOneIn: 30, hugeLength: 2_000 });
    const company = line(random, { pieces: 2, hugeOneIn: 1e9 });
    body.push(`### ${title} by ${speaker} (${company})`);
    const notes = random() < 0.15 ? between(random, 60, 300) : between(random, 0, 8);
    const links = random() < 0.2 ? between(random, 20, 45) : between(random, 0, 4);
    for (let i = 0; i < notes; i++)
      body.push(
        `${random() < 0.3 ? '  ' : ''}* ${line(random, { hugeOneIn: 40, hugeLength: 20_000 })}`,
      );
    for (let i = 0; i < links; i++) {
      const label = pick(random, ['Slides', 'Video', 'Description', line(random, { pieces: 3 })]);
      body.push(random() < 0.5 ? `* [${label}](${url(random)})` : `* ${label}: ${url(random)}`);
    }
    body.push('');
  }
  // A NUL byte makes the loader refuse the whole file (not a text file): no talks to test.
  return body.join('\n').replaceAll(String.fromCharCode(0), '');
}

/** The questions of one round: the grammar's own, about the notes' talks, and hostile ones. */
export function hostileQuestions(random: Random, count: number): string[] {
  const asked = ['list', 'topics', 'events', 'help', '', 'list page 2'];
  for (let i = 0; i < count; i++) {
    const text = hostileText(random);
    asked.push(pick(random, ['', '', 'talk ', 'topic ', 'list event:', 'who spoke about ']) + text);
  }
  return asked;
}

/**
 * What a message must not contain in text a platform reads: a Discord mention, role, channel,
 * timestamp, command or emoji token (`<` not escaped by an odd run of backslashes), an
 * `@everyone` or `@here` not escaped.
 */
export const LIVE_DISCORD_TOKEN = /(?<!\\)(?:\\\\)*(?:<(?:@|#|t:|\/|a?:\w)|@(?:everyone|here))/i;
