import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { type Bot, PAGE_SIZE } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { piece, type Random, seeded } from '../../adapters/hostile-input.ts';
import { botOnDisk } from '../../adapters/notes-bot.ts';

/**
 * Seeded property test of the question grammar: questions made of what people put in them —
 * the notes' own words, titles, names, companies, topics, events and years, days and times, link
 * words, the grammar's words (by, from, not, or, vs, with slides, after…), typos, case, chat
 * filler, emoji and hostile pieces — asked of several events' notes. Whatever the mix, the bot
 * answers (never "could not be answered"), the same way twice, and every list keeps its promises:
 * a page of at most five distinct talks, its numbering and count, and a `query` that asks for the
 * same list again, page by page, as every button does. A failure names its seed and question;
 * `SEEDS=1,2,3 npx vitest run tests/src/query/question-properties.test.ts` tries other seeds.
 */
const POSTS = {
  'qcon-ny-2016.md': '../../../content/qcon-ny-2016.md',
  'devconf-2024.md': '../../fixtures/second-event/devconf-2024.md',
  'platformcon-berlin-2025.md': '../../fixtures/relevance/platformcon-berlin-2025.md',
  'schedule-table.md': '../../fixtures/shapes/schedule-table.md',
  'grouped-by-day.md': '../../fixtures/shapes/grouped-by-day.md',
  'rooms-and-kinds.md': '../../fixtures/shapes/rooms-and-kinds.md',
  'japanese-report.md': '../../fixtures/shapes/japanese-report.md',
};
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const GRAMMAR = [
  'talks by',
  'talks from',
  'who spoke about',
  'is there a talk on',
  'not',
  'except',
  'or',
  'vs',
  'compare',
  'with slides',
  'without video',
  'which talks have videos',
  'after',
  'before',
  'the first talk on',
  'how many',
  'at',
  'in',
  'on day 2',
  'tuesday',
  'morning',
  'at 10:30',
  'last year',
  'in 2016',
  'keynotes',
  'panel',
  'topics',
  'events',
  'help',
  'thanks!',
  'lol',
  'pls',
  'page 2',
  'talk',
  'slides for the',
  'the one about',
  '?',
  '…',
  '🦀',
  ':rocket:',
  '<@U123ABC>',
  '@everyone',
];

function vocabulary(library: Library): string[] {
  const words = new Set<string>();
  for (const talk of library.talks) {
    words.add(talk.title);
    for (const word of talk.title.split(/\s+/)) words.add(word);
    for (const word of talk.summary.split(/\s+/).slice(0, 12)) words.add(word);
    for (const speaker of talk.speakers) {
      if (speaker.name) words.add(speaker.name).add(speaker.name.split(' ').at(-1) ?? '');
      if (speaker.company) words.add(speaker.company);
    }
    if (talk.topic) words.add(talk.topic);
  }
  for (const event of library.events) words.add(event.name).add(event.id);
  return [...words].filter((word) => word.trim() !== '');
}

const pick = <T>(random: Random, items: readonly T[]) =>
  items[Math.floor(random() * items.length)] as T;

function typo(random: Random, word: string): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
}

function question(random: Random, words: string[]): string {
  const parts = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
    const roll = random();
    if (roll < 0.45) return pick(random, words);
    if (roll < 0.8) return pick(random, GRAMMAR);
    if (roll < 0.92) return typo(random, pick(random, words));
    return piece(random);
  });
  const text = parts.join(' ');
  const cased = random();
  return cased < 0.2 ? text.toLowerCase() : cased < 0.3 ? text.toUpperCase() : text;
}

/** What is wrong with an answer, if anything. */
function broken(bot: Bot, answer: Answer): string | undefined {
  if (answer.kind === 'error') return answer.message;
  if (answer.kind !== 'talks') return undefined;
  const { hits, total, page, pageCount, first } = answer;
  const refs = hits.map((hit) => hit.ref);
  if (hits.length === 0) return 'a list with no talk';
  if (hits.length > PAGE_SIZE) return `${hits.length} talks on a page`;
  if (new Set(refs).size !== refs.length) return `a talk twice: ${refs.join(', ')}`;
  if (pageCount !== Math.max(1, Math.ceil(total / PAGE_SIZE)))
    return `${pageCount} pages of ${total}`;
  if (page < 1 || page > pageCount) return `page ${page} of ${pageCount}`;
  if (first !== (page - 1) * PAGE_SIZE + 1) return `first ${first} on page ${page}`;
  if (total < (page - 1) * PAGE_SIZE + hits.length) return `${total} talks, fewer than shown`;
  // What a button asks: the same list, and the next page goes on from this one.
  const again = bot.ask(answer.query, { page });
  if (again.kind !== 'talks' || again.total !== total)
    return `asked again as ${JSON.stringify(answer.query)}: ${again.kind === 'talks' ? again.total : again.kind}`;
  if (again.hits.map((hit) => hit.ref).join() !== refs.join())
    return `asked again as ${JSON.stringify(answer.query)}: other talks`;
  if (page < pageCount) {
    const next = bot.ask(answer.query, { page: page + 1 });
    if (next.kind !== 'talks') return `page ${page + 1}: ${next.kind}`;
    const repeated = next.hits.filter((hit) => refs.includes(hit.ref));
    if (repeated.length > 0) return `page ${page + 1} repeats ${repeated[0]?.ref}`;
  }
  return undefined;
}

describe.each(process.env.SEEDS ? process.env.SEEDS.split(',').map(Number) : [3, 17, 41])(
  'questions of every kind, seed %i',
  (seed) => {
    let bot: Bot;
    let words: string[];
    let remove: () => Promise<void>;

    beforeAll(async () => {
      const files = Object.fromEntries(
        Object.entries(POSTS).map(([name, path]) => [name, read(path)]),
      );
      const notes = await botOnDisk(files);
      ({ bot, remove } = notes);
      words = vocabulary(notes.library);
    });

    afterAll(async () => {
      await remove?.();
    });

    it('are answered, the same way twice, with lists that keep their promises', () => {
      const random = seeded(seed);
      const failures: string[] = [];
      for (let i = 0; i < 250; i++) {
        const asked = question(random, words);
        const answer = bot.ask(asked);
        expect(bot.ask(asked), asked).toEqual(answer);
        const wrong = broken(bot, answer);
        if (wrong) failures.push(`${JSON.stringify(asked)}: ${wrong}`);
      }
      expect(failures).toEqual([]);
    }, 120_000);
  },
);
