import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { event, talk } from './library-fixture.ts';

/**
 * "Keynote:", "Closing panel:", "(Lightning talk, 10 min)": the kind of session leaves the title
 * but stays the talk's, so "keynotes" and "the go panel" still find them.
 */
const fixture = (name: string, id = name) =>
  parseNotes(
    readFileSync(new URL(`../../fixtures/shapes/${name}.md`, import.meta.url), 'utf8'),
    `${id}.md`,
    id,
  );
const golab = fixture('rooms-and-kinds', 'golab-2025');
// A second event whose file is named after panels: the word is still a kind of talk.
const panels = fixture('panel-people', 'panel-people');
const bot = new Bot({
  events: [golab.event, panels.event],
  talks: [...golab.talks, ...panels.talks],
});

const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((talk) => talk.title) : answer.kind;

describe('the kind of session', () => {
  it('is read from the heading and kept apart from the title', () => {
    expect(golab.talks.map((talk) => [talk.title, talk.kind])).toEqual([
      ['The compiler, ten years on', 'Keynote'],
      ['Structured logging in practice', undefined],
      ['Fuzzing in anger', undefined],
      ['Go in production', 'Panel'],
      ['Twenty years of open source', 'Fireside chat'],
      ['The Green Room: stories from on-call', undefined],
    ]);
  });

  it('finds the talks of that kind, and says the kind on each card', () => {
    const keynotes = bot.ask('what were the keynotes?');
    expect(titles(keynotes)).toEqual(['The compiler, ten years on']);
    expect(keynotes.kind === 'talks' && keynotes.hits[0]?.kind).toBe('Keynote');
    expect(titles(bot.ask('fireside chat'))).toEqual(['Twenty years of open source']);
  });

  it('is a subject, not the event a file name happens to share it with', () => {
    expect(titles(bot.ask('who was on the go panel?'))).toEqual(['Go in production']);
    expect(titles(bot.ask('production panel'))).toEqual(['Go in production']);
  });

  it('is no kind when a title only has the word', () => {
    const { talks } = parseNotes(
      '# Conf\n\n## Panel data in pandas — Mia Holt\n\nGroupby is fast.\n\n## Quick wins (Lightning talk, 5 min) — Ole Berg\n\nShip it.\n',
      'c.md',
      'c',
    );
    expect(talks.map((talk) => [talk.title, talk.kind])).toEqual([
      ['Panel data in pandas', undefined],
      ['Quick wins', 'Lightning talk'],
    ]);
  });
});

describe('a kind the notes write in their own words', () => {
  const kinds = new Bot({
    events: [event('nordic-2024', 'Nordic Dev 2024'), event('rustbay-2025', 'RustBay 2025')],
    talks: [
      talk('nordic-2024', 'rust-memory', 'Rust memory in practice', 'Arenas; borrow checker', {
        kind: 'Keynote (Day 2)',
      }),
      talk('nordic-2024', 'rust-async', 'Async Rust pitfalls', 'Pinning; cancellation'),
      talk('rustbay-2025', 'rust-embedded', 'Rust on tiny chips', 'No heap; rust everywhere', {
        kind: 'Opening keynote',
      }),
      talk('rustbay-2025', 'rust-wasm', 'Rust and wasm', 'Rust in the browser'),
    ],
  });

  it('is that kind for every question that names it', () => {
    const events = kinds.ask('which events had a keynote?');
    expect(events.kind === 'events' ? events.events.map((e) => e.id) : events.kind).toEqual([
      'nordic-2024',
      'rustbay-2025',
    ]);
    const keynotes = kinds.ask('the rust keynotes');
    expect(
      keynotes.kind === 'talks'
        ? keynotes.hits
            .slice(0, 2)
            .map((h) => h.id)
            .sort()
        : [],
    ).toEqual(['rust-embedded', 'rust-memory']);
  });
});

describe('a kind of session the notes never name', () => {
  const plain = new Bot({
    events: [event('fjord-2024', 'FjordConf 2024')],
    talks: [
      talk('fjord-2024', 'kafka', 'Kafka at the edge', 'Streams on small boxes'),
      talk('fjord-2024', 'culture', 'Culture of learning', 'Hire for curiosity'),
    ],
  });

  it('says no talk mentions it, not only that nothing matched', () => {
    for (const question of ['keynotes', 'tell me about the keynote', 'the opening keynote']) {
      const answer = plain.ask(question);
      expect(answer, question).toMatchObject({
        kind: 'none',
        unmatched: [expect.stringMatching(/^keynotes?$/)],
      });
    }
  });
});
