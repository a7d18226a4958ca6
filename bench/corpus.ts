import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A synthetic corpus in the content format (so parsing is measured too): notes files of
 * conferences with a table of contents, `###` talks, nested bullets of ~150 words drawn from a
 * Zipf-distributed vocabulary, speakers in the front matter and description/slides/see-also links.
 * Seeded: the same size and seed always write the same bytes.
 */
export const VOCABULARY_SIZE = 24_000;
const TALKS_PER_FILE = 50;
const TOPICS = [
  'Architecture',
  'Culture',
  'Devops',
  'Security',
  'Data',
  'Frontend',
  'Languages',
  'Operations',
  'Leadership',
  'Testing',
];
const FIRST = [
  'Ana',
  'Ben',
  'Chen',
  'Dara',
  'Eli',
  'Fatima',
  'Gus',
  'Hana',
  'Ivan',
  'Jade',
  'Kofi',
  'Lena',
  'Mo',
  'Nia',
  'Omar',
  'Pia',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Silva',
  'Kowalski',
  'Haddad',
  'Novak',
  'Reyes',
  'Schmidt',
  'Ivanova',
  'Brennan',
];
const COMPANIES = [
  'Acme',
  'Initech',
  'Globex',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
];

/** mulberry32: small, fast, good enough for reproducible test data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pronounceable made-up words, distinct, so stems and typos behave like a real language's. */
export function vocabulary(size: number, rand: () => number): string[] {
  const onsets = [
    'b',
    'c',
    'd',
    'f',
    'g',
    'k',
    'l',
    'm',
    'n',
    'p',
    'r',
    's',
    't',
    'v',
    'z',
    'br',
    'st',
    'tr',
    'pl',
    'gr',
  ];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea'];
  const codas = ['', '', 'n', 'r', 's', 'l', 'x', 'nd', 'rt'];
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 1 + Math.floor(rand() * 3) + (rand() < 0.3 ? 1 : 0);
    let word = '';
    for (let i = 0; i < syllables; i++) {
      word +=
        pick(onsets, rand) + pick(vowels, rand) + (i === syllables - 1 ? pick(codas, rand) : '');
    }
    if (word.length >= 3) words.add(word);
  }
  return [...words];
}

/** Zipf(s = 1) sampler over ranks 0..n-1 by inverse CDF on precomputed cumulative weights. */
export function zipf(n: number, rand: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1);
    cumulative[i] = total;
  }
  return () => {
    const target = rand() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)] as T;
}

export interface Corpus {
  words: string[];
  titles: string[];
  speakers: string[];
}

/** Writes `talks` talks into `dir` (emptied first) and returns what queries can be drawn from. */
export async function writeCorpus(dir: string, talks: number, seed = 42): Promise<Corpus> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const rand = random(seed);
  const words = vocabulary(VOCABULARY_SIZE, rand);
  const rank = zipf(words.length, rand);
  const word = () => words[rank()] as string;
  const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
  const corpus: Corpus = { words, titles: [], speakers: [] };

  for (let file = 0; file * TALKS_PER_FILE < talks; file++) {
    const count = Math.min(TALKS_PER_FILE, talks - file * TALKS_PER_FILE);
    const entries: { title: string; topic: string; speaker: string; company: string }[] = [];
    const seen = new Set<string>();
    while (entries.length < count) {
      const title = `${capital(phrase(2 + Math.floor(rand() * 4)))} ${file}-${entries.length}`;
      if (seen.has(title)) continue;
      seen.add(title);
      const speaker = `${pick(FIRST, rand)} ${pick(LAST, rand)}`;
      entries.push({ title, topic: pick(TOPICS, rand), speaker, company: pick(COMPANIES, rand) });
      corpus.titles.push(title);
      corpus.speakers.push(speaker);
    }
    const lines = ['---', `title: Synthetic Conference ${file}`, 'talks:'];
    for (const e of entries)
      lines.push(`  ${slug(e.title)}:`, `    speakers: [${e.speaker} (${e.company})]`);
    lines.push('---', '');
    for (const topic of TOPICS) {
      const inTopic = entries.filter((e) => e.topic === topic);
      if (inTopic.length === 0) continue;
      lines.push(`##### ${topic}`, ...inTopic.map((e) => `* [${e.title}](#${slug(e.title)})`), '');
    }
    for (const e of entries) {
      const id = slug(e.title);
      lines.push('---', '', `### ${e.title}`);
      lines.push(
        `* [Description](https://conf.example/${file}/${id}) and [Slides](https://conf.example/slides/${id}.pdf)`,
      );
      let budget = 150;
      while (budget > 0) {
        const top = 6 + Math.floor(rand() * 8);
        lines.push(`* ${capital(phrase(top))}`);
        budget -= top;
        for (let c = Math.floor(rand() * 3); c > 0 && budget > 0; c--) {
          const child = 5 + Math.floor(rand() * 8);
          lines.push(`\t* ${phrase(child)}`);
          budget -= child;
        }
      }
      if (rand() < 0.3) lines.push(`* See <https://${word()}.example/${word()}>`);
      if (rand() < 0.2) lines.push(`* Key message: ${phrase(8)}`);
      lines.push('');
    }
    await writeFile(join(dir, `synthetic-${String(file).padStart(4, '0')}.md`), lines.join('\n'));
  }
  return corpus;
}

export async function corpusFiles(dir: string): Promise<number> {
  return (await readdir(dir)).length;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
