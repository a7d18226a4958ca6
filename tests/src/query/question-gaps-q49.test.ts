import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { shippedBot } from '../../helpers.ts';
import { event, ids, said, slides, talk, video } from './library-fixture.ts';
import { q49Library } from './q49-fixture.ts';

/** Questions asked the way people ask them in a chat after a conference (round q49). */

const bot = new Bot(q49Library);
const sorted = (asked: string) => [...ids(bot.ask(asked))].sort();

describe('a word in -isational as the other English spelling writes it', () => {
  it.each([
    ['organisational', ['lakes', 'ownership']],
    ['organizational', ['lakes', 'ownership']],
    ['organisational design', ['ownership']],
  ])('"%s" finds the talks of either spelling', (asked, found) => {
    expect(sorted(asked)).toEqual(found);
  });

  it('finds the one spelling the notes have', () => {
    const one = new Bot({
      events: q49Library.events,
      talks: q49Library.talks.filter((talk) => talk.id !== 'ownership'),
    });
    expect(ids(one.ask('organisational'))).toEqual(['lakes']);
    expect(ids(one.ask('organisational buy-in'))).toEqual(['lakes']);
    expect(ids(one.ask('anything on organisational stuff?'))).toEqual(['lakes']);
  });
});

describe('"watch first" in a message that tells a story', () => {
  const starters = (asked: string) => {
    const answer = bot.ask(asked);
    expect(answer.kind, asked).toBe('talks');
    return answer.kind === 'talks' ? answer.scope : undefined;
  };

  it.each([
    "I was at the conference but I missed a lot, honestly I don't know where to begin so what should I watch first? thanks so much",
    'I was there for a day only, what should I watch first?',
    "honestly I don't know where to begin",
  ])('"%s" offers a way in, never the talk titled "First …"', (asked) => {
    expect(ids(bot.ask(asked))).not.toEqual(['first', 'culture']);
    expect(starters(asked)).toMatchObject({ kind: 'list', sampled: true, unknown: 'ratings' });
  });

  it('keeps to the event the story names', () => {
    const asked =
      "hey! couldn't make it to harbourdev because of a family thing, which talks should I watch first?";
    expect(starters(asked)).toMatchObject({ event: 'harbourdev-2025', sampled: true });
  });

  it('says a subject the question names is missing, rather than the talks that say "first"', () => {
    const answer = bot.ask(
      'which quantum computing talk should I watch first, I missed the whole thing',
    );
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain('no talk mentions “quantum computing”');
  });
});

describe('a term of the notes made of a word of the asking ("hazard pointers")', () => {
  it('is said whole where the speaker asked about never said it', () => {
    const answer = bot.ask('what did Ada say about hazard pointers');
    expect(ids(answer)).toEqual(['streams']);
    expect(said(answer)).toContain('without “hazard pointers”');
  });

  it('finds the talk that says it, not the talks of its other word', () => {
    expect(ids(bot.ask('hazard pointers'))).toEqual(['queues']);
    expect(ids(bot.ask('what did Priya say about hazard pointers'))).toEqual(['queues']);
  });

  it('is still no subject where the notes never write it beside the word', () => {
    expect(ids(bot.ask('any pointers on kafka?'))).toEqual(['streams']);
  });
});

describe('the companies asked for in a sentence', () => {
  it.each([
    ['which companies had speakers?', 8],
    ['what companies had talks', 8],
    ['where did the speakers work?', 8],
    ['which companies had speakers at harbourdev?', 4],
    ['which companies were speaking at rustconf', 2],
  ])('"%s" names the companies, not the talks', (asked, count) => {
    const answer = bot.ask(asked);
    expect(answer.kind === 'talks' && answer.scope.tally).toMatchObject({ of: 'companies' });
    expect(said(answer)).toContain(`${count} companies:`);
  });
});

describe('a yes or no question about one talk\'s link ("is there a video for the culture talk?")', () => {
  const E = 'ferncamp-2022';
  const topical = new Bot({
    events: [event(E, 'FernCamp 2022')],
    talks: [
      talk(E, 'learning', 'Teams that learn', 'learning budgets', { topic: 'Culture' }),
      talk(E, 'remote', 'Remote first', 'async writing', {
        topic: 'Culture',
        links: [slides('https://example.org/s/remote')],
      }),
      talk(E, 'gc', 'GC pauses', 'heap sizing', {
        topic: 'Runtime',
        links: [video('https://example.org/v/gc')],
      }),
    ],
  });

  it.each([
    'is there a video for the culture talk?',
    'is the culture talk on youtube',
    'was the culture talk recorded?',
  ])('"%s" shows the talks of the topic, each saying it has none', (asked) => {
    const answer = topical.ask(asked);
    expect([...ids(answer)].sort(), asked).toEqual(['learning', 'remote']);
    expect(answer.kind === 'talks' && answer.focus, asked).toBe('video');
  });

  it('still says none has one where every talk is asked about', () => {
    for (const asked of ['which culture talks had a video?', 'is there a video of any talk?'])
      expect(ids(topical.ask(asked)), asked).not.toContain('learning');
  });
});

describe('a name of the field beside an everyday word no talk has with it ("optimizing postgres")', () => {
  it.each(['optimizing postgres', 'optimize postgres'])(
    '"%s" puts the talk that names it before the talk titled "How to optimize your culture"',
    async (asked) => {
      const answer = (await shippedBot()).ask(asked);
      expect(answer.kind === 'talks' && answer.hits[0]?.title, asked).toBe(
        'What they do not tell you about microservices',
      );
    },
  );

  it('still ranks by the words where they are everyday ones', async () => {
    const answer = (await shippedBot()).ask('optimize culture');
    expect(answer.kind === 'talks' && answer.hits[0]?.title).toBe(
      'How to optimize your culture for learning',
    );
  });
});

describe('"everything except the rust talks" over the notes of several events', () => {
  it.each(['everything except the rust talks', 'anything but rust', 'non-rust talks'])(
    '"%s" leaves out what the word names: RustConf\'s talks and the talks that say it',
    (asked) => {
      const answer = bot.ask(asked);
      const found = ids(answer);
      for (const id of ['async', 'embedded', 'hiring', 'wasm'])
        expect(found, asked).not.toContain(id);
      expect(found, asked).toContain('culture');
      expect(answer.kind === 'talks' && answer.scope.excluding, asked).toBe('rust');
    },
  );

  it('keeps the talks of the event where the question asks for them', () => {
    for (const asked of ['non-rust talks at rustconf', 'talks at rustconf not about rust'])
      expect([...ids(bot.ask(asked))].sort(), asked).toEqual(['embedded', 'hiring']);
  });

  it('titles "the kafka stuff" by its subject', () => {
    const answer = bot.ask('everything except the kafka stuff');
    expect(answer.kind === 'talks' && answer.scope.excluding).toBe('kafka');
    expect(ids(answer)).not.toContain('streams');
  });
});

describe('a little word of the asking beside a subject the notes write after it', () => {
  it.each(['what did emily say about microservices', 'what did uber say about microservices'])(
    '"%s" is the talk on it, never "about" searched as a word of the notes',
    async (asked) => {
      const answer = (await shippedBot()).ask(asked);
      expect(answer.kind === 'talks' && answer.hits.map((hit) => hit.title), asked).toEqual([
        'Lessons learned on Ubers journey into microservices',
      ]);
      expect(said(answer), asked).not.toContain('without');
    },
  );
});

describe('"how many talks did rustconf have vs harbourdev"', () => {
  it.each([
    ['how many talks did rustconf have vs harbourdev', ['harbourdev-2025', 'rustconf-2024']],
    ['how many talks at rustconf vs datadock?', ['rustconf-2024', 'datadock-2023']],
    ['how many rust talks did rustconf have vs harbourdev', ['rustconf-2024', 'harbourdev-2025']],
  ])('"%s" ranks the two events offered, each with its count', (asked, events) => {
    const answer = bot.ask(asked);
    expect(answer.kind, asked).toBe('events');
    if (answer.kind === 'events') expect(answer.events.map((e) => e.id)).toEqual(events);
  });
});

describe('which talk drew the most people', () => {
  it.each([
    'which talk had the most attendees',
    'what was the best attended talk?',
    'which session had the biggest audience',
  ])('"%s" says the notes cannot tell, never lists talks', (asked) => {
    const answer = bot.ask(asked);
    expect(answer).toMatchObject({ kind: 'none', unknown: 'attendance' });
  });
});
