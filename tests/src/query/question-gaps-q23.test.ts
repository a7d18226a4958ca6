import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNotes } from '../../../adapters/present/words.ts';
import type { Answer, TalksScope } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { notesBot } from './notes-folder.ts';

/**
 * Round Q23's gaps, questions typed into a chat as people type them, on invented notes loaded as
 * the bot loads them: a short title word after "the" ("the ring talk"), what a speaker said
 * about a subject the notes never name, two subjects joined by "and" that no talk has together,
 * a slip of a word of the asking ("anythign on …"), "the … one" naming a talk of an event, who
 * wrote the notes, and a named concept ("DDD") whose words talks only say apart.
 */

const FILES: Record<string, string> = {
  'quaycon-2023.md': [
    '# QuayCon 2023',
    '',
    '## Platform',
    '',
    '### Ring: calls from peer to peer by Ines Varga (Callwise)',
    '',
    '- No servers in between, only a distributed table of peers',
    '- [Slides](https://example.org/ring-slides.pdf)',
    '',
    '### Queues over there by Piet Lund (Dockly)',
    '',
    '- There is always another queue, and other teams own it',
    '',
    '### Boosting your build times by Ola Berg (Streamly)',
    '',
    '- Caching layers, then remote execution, other tricks later',
    '',
    '### Kubernetes upgrades without fear by Kim Dale (Dockly)',
    '',
    '- Surge the node pools, drain slowly',
    '',
    '## Architecture',
    '',
    '### Sins of serverless by Mara Quist (OpenLoop)',
    '',
    '- Cargo cutting of lambdas: copying the practices, not the principles',
    '',
    '### Rails at the tax office by Bo Sand (Taxly)',
    '',
    '- A Ruby monolith that files every return on time',
    '',
  ].join('\n'),
  'gridday-2022.md': [
    '# GridDay 2022',
    '',
    '### Data-driven dashboards by Eva Holt (Chartly)',
    '',
    '- Design the charts around the questions people ask',
    '',
    '### Owning your DNS by Tor Vik (Zonely)',
    '',
    '- Every domain gets an owner and an expiry alarm',
    '',
  ].join('\n'),
  'rustfjord-2024.md': [
    '# RustFjord 2024',
    '',
    '### Embedded code in tractors by Siv Moe (Farmly)',
    '',
    '- no_std firmware on the field',
    '',
    '### Async at the bank by Lars Ek (Bankly)',
    '',
    '- Tokio for payments',
    '',
  ].join('\n'),
};

let bot: Bot;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ bot, remove } = await notesBot(FILES, 'gaps-q23'));
});
afterAll(() => remove());

const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [answer.kind];
const scopeOf = (answer: Answer): TalksScope | undefined =>
  answer.kind === 'talks' ? answer.scope : undefined;
const notes = (answer: Answer) => (answer.kind === 'talks' ? listNotes(answer) : []);

describe('"the" before a short word of a title', () => {
  it('finds the talk titled with the word, never talks saying "there" or "other"', () => {
    for (const asked of [
      'the ring talk',
      'is there a recording of the ring talk',
      'where can i find the ring slides',
    ])
      expect(titles(bot.ask(asked)), asked).toEqual(['Ring: calls from peer to peer']);
  });
});

describe('what a speaker said about a subject the notes never name', () => {
  it("is the speaker's talk, saying which words no talk matched", () => {
    const answer = bot.ask('what did Mara Quist say about cargo culting');
    expect(titles(answer)).toEqual(['Sins of serverless']);
    expect(scopeOf(answer)).toMatchObject({ kind: 'speaker', name: 'Mara Quist' });
    expect(notes(answer).join('\n')).toContain('without “cargo culting”');
  });

  it('still finds nothing for such a word with no speaker named', () => {
    expect(bot.ask('what did they say about culting').kind).toBe('none');
    expect(bot.ask('blockchain talks on day 2').kind).toBe('none');
  });
});

describe('two subjects joined by "and"', () => {
  it('lists the talks of either where no talk is about both, and says so', () => {
    for (const asked of ['ruby and kubernetes', 'talks on ruby & kubernetes']) {
      const answer = bot.ask(asked);
      expect(new Set(titles(answer)), asked).toEqual(
        new Set(['Rails at the tax office', 'Kubernetes upgrades without fear']),
      );
      expect(notes(answer), asked).toContain(
        'No talk is about both “ruby” and “kubernetes”: these are about either.',
      );
    }
  });

  it('keeps the talk about both, alone, where there is one', () => {
    const answer = bot.ask('ruby and monolith');
    expect(titles(answer)).toEqual(['Rails at the tax office']);
    expect(scopeOf(answer)?.either).toBeUndefined();
  });

  it('leaves a subject no talk has out of it as before', () => {
    expect(scopeOf(bot.ask('kafka and ruby'))?.either).toBeUndefined();
  });
});

describe('"the … one" with a word of a talk beside the event\'s name', () => {
  it('is that talk of the event, not all its talks', () => {
    expect(titles(bot.ask('the tractors rust one'))).toEqual(['Embedded code in tractors']);
    expect(titles(bot.ask('the rust one'))).toEqual([
      'Embedded code in tractors',
      'Async at the bank',
    ]);
  });
});

describe('who wrote the notes, no event named', () => {
  it("is every event's card, not a talk that says 'write'", () => {
    for (const asked of ['who wrote these notes', 'who wrote the notes?']) {
      const answer = bot.ask(asked);
      expect(answer.kind, asked).toBe('events');
      if (answer.kind === 'events')
        expect(answer.events.map((event) => event.name).sort()).toEqual([
          'GridDay 2022',
          'QuayCon 2023',
          'RustFjord 2024',
        ]);
    }
  });
});

describe('a named concept of several words', () => {
  it('is no talk that says some of its words apart: "DDD" is no dashboard design talk', () => {
    for (const asked of ['DDD', 'domain-driven design', 'any domain driven design talks?'])
      expect(bot.ask(asked).kind, asked).toBe('none');
  });

  it('still finds a talk on each of its words asked alone', () => {
    expect(titles(bot.ask('design'))).toEqual(['Data-driven dashboards']);
    expect(titles(bot.ask('domain'))).toEqual(['Owning your DNS']);
  });
});

describe('a slip of a word of the asking', () => {
  it('is no word to search: "anythign on kubernetes" is the Kubernetes talk, nothing unmatched', () => {
    const answer = bot.ask('anythign on kubernetes');
    expect(titles(answer)).toEqual(['Kubernetes upgrades without fear']);
    expect(scopeOf(answer)?.unmatched).toBeUndefined();
    expect(titles(bot.ask('who talkd about serverless'))).toEqual(['Sins of serverless']);
  });

  it('never takes a subject for a slip: "wasm" is no "was", "staff" no "stuff"', () => {
    expect(bot.ask('wasm talks').kind).toBe('none');
    expect(bot.ask('staff engineers').kind).toBe('none');
  });
});
