import { beforeAll, describe, expect, it } from 'vitest';
import { noneTexts } from '../../adapters/present/none-words.ts';
import type { Answer } from '../../src/answer.ts';
import { Bot, PAGE_SIZE } from '../../src/bot.ts';
import { parseNotes } from '../../src/content/parse-notes.ts';
import { MAX_QUESTION } from '../../src/query/parse-request.ts';
import { BAD_INPUT } from '../bad-input.ts';
import { shippedBot } from '../helpers.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

const only = <K extends Answer['kind']>(answer: Answer, kind: K) => {
  expect(answer.kind).toBe(kind);
  return answer as Extract<Answer, { kind: K }>;
};

describe('answers', () => {
  it('answers a search with talk cards: title, speakers, topic, event, summary and links', () => {
    const answer = only(bot.ask('uber'), 'talks');
    expect(answer.hits[0]).toMatchObject({
      ref: 'qcon-ny-2016/lessons-learned-on-ubers-journey-into-microservices',
      title: 'Lessons learned on Ubers journey into microservices',
      officialTitle: "Lessons Learned on Uber's Journey into Microservices",
      topic: 'Architecture',
      eventName: 'QCon New York 2016',
      speakers: [{ name: 'Emily Reinhold', company: 'Uber' }],
      links: {
        description: expect.stringContaining('qconnewyork.com'),
        slides: expect.stringContaining('.pdf'),
        video: 'https://www.infoq.com/presentations/uber-darwin',
      },
    });
    expect(answer.hits[0]?.summary).toMatch(/monolith/);
  });

  it('opens one talk in full with its notes, every link and related talks', () => {
    const answer = only(bot.ask('talk qcon-ny-2016/container-mgmt-at-netflix'), 'talk');
    expect(answer.talk.title).toBe('Container mgmt at Netflix');
    expect(answer.talk.notes.map((n) => n.text)).toContain('Lesson: Image Layering');
    expect(answer.talk.allLinks.map((l) => l.kind)).toEqual(['description', 'slides', 'video']);
    expect(answer.related.length).toBeGreaterThan(0);
    expect(answer.related.map((r) => r.ref)).not.toContain(answer.talk.ref);
  });

  it('opens a talk by its id or by words of its title', () => {
    expect(only(bot.ask('talk the-deadly-sins-of-microservices'), 'talk').talk.id).toBe(
      'the-deadly-sins-of-microservices',
    );
    expect(only(bot.ask('talk deadly sins'), 'talk').talk.id).toBe(
      'the-deadly-sins-of-microservices',
    );
  });

  it('lists topics with their talk counts', () => {
    expect(only(bot.ask('topics'), 'topics').topics.map((t) => [t.name, t.count])).toEqual([
      ['Devops', 3],
      ['Security', 2],
      ['Culture', 2],
      ['Architecture', 3],
    ]);
  });

  it('lists the talks of a topic whatever the case', () => {
    const answer = only(bot.ask('topic SECURITY'), 'talks');
    expect(answer.scope).toEqual({ kind: 'topic', topic: 'Security' });
    expect(answer.hits.map((h) => h.id).sort()).toEqual([
      'cryptocurrency-key-storage',
      'security-in-cloud-environments',
    ]);
  });

  it('answers an unknown topic with the topics there are', () => {
    const answer = only(bot.ask('topic gardening'), 'none');
    expect(answer.topics).toEqual(
      expect.arrayContaining(['Culture', 'Devops', 'Architecture', 'Security']),
    );
  });

  it('pages a long list and clamps a page past the end', () => {
    const first = only(bot.ask('list'), 'talks');
    expect(first).toMatchObject({ total: 10, page: 1, pageCount: 2, query: 'list' });
    expect(first.hits).toHaveLength(PAGE_SIZE);
    const second = only(bot.ask(first.query, { page: 2 }), 'talks');
    expect(second.hits.map((h) => h.ref)).not.toEqual(first.hits.map((h) => h.ref));
    expect(only(bot.ask('list page 99'), 'talks').page).toBe(2);
  });

  it('lists the events', () => {
    expect(only(bot.ask('events'), 'events').events).toEqual([
      expect.objectContaining({ id: 'qcon-ny-2016', name: 'QCon New York 2016', talkCount: 10 }),
    ]);
  });

  it('narrows to an event and says so when the event does not exist', () => {
    expect(only(bot.ask('netflix event:qcon-ny-2016'), 'talks').hits).toHaveLength(1);
    expect(only(bot.ask('netflix event:nope'), 'error').message).toMatch(
      /no event "nope".*qcon-ny-2016/,
    );
  });

  it('offers did-you-mean words from the notes when nothing matches', () => {
    const answer = only(bot.ask('secority'), 'talks');
    expect(answer.hits[0]?.id).toBe('security-in-cloud-environments');
    // No talk is about policies: the one typo is offered, not a half-matching talk.
    expect(only(bot.ask('secority polcy'), 'none').suggestions).toContain('security');
    expect(only(bot.ask('monolitth'), 'talks').hits.length).toBeGreaterThan(0);
    expect(only(bot.ask('kubernetes'), 'none').suggestions).toEqual(expect.any(Array));
    expect(only(bot.ask('culturrrre'), 'none').suggestions).toContain('culture');
    expect(only(bot.ask('netflixxxx'), 'none').suggestions).toContain('netflix');
  });

  it('shows help for empty text, with the commands and how many talks it knows', () => {
    const help = only(bot.ask(''), 'help');
    expect(help.stats).toEqual({ events: 1, talks: 10 });
    expect(help.commands.map((c) => c.usage)).toEqual(
      expect.arrayContaining(['topics', 'list', 'events']),
    );
  });
});

describe('questions in plain words', () => {
  // "sécurité" itself is French for security (the built-in list's), no slip to correct.
  it('shows the correction of a word typed with accents: "la sécurty" is "la security"', () => {
    const scope = only(bot.ask('la sécurty'), 'talks').scope;
    expect(scope).toMatchObject({
      kind: 'search',
      words: 'la security',
      correctedFrom: 'la sécurty',
    });
  });

  it('relates a talk to those that share its words in a post without topics, not to the first few', () => {
    const { talks, event } = parseNotes(
      [
        '# DevDays 2030',
        '## Rust async in practice',
        '- executors and pinning',
        '## CSS grid layouts',
        '- subgrid everywhere',
        '## Kafka streams at scale',
        '- partitions and state stores',
        '## CSS container queries',
        '- components that fit their box',
        '## Debugging Kafka consumer lag',
        '- lag is the first metric',
      ].join('\n'),
      'devdays.md',
      'devdays',
    );
    const own = new Bot({ events: [event], talks });
    const related = (question: string) =>
      only(own.ask(question), 'talk').related.map((card) => card.title);
    expect(related('talk kafka streams at scale')).toEqual(['Debugging Kafka consumer lag']);
    expect(related('talk css grid layouts')).toEqual(['CSS container queries']);
  });

  it('says a number alone picks from a list, rather than finding a talk whose link has "3"', () => {
    for (const text of ['3', 'open 3', 'show me talk 1']) {
      const answer = only(bot.ask(text), 'none');
      expect(answer.reason).toBe('pick');
      expect(noneTexts(answer).title).toMatch(/^No list to pick “.+” from: open a talk/);
      // The way to open one by name, with a talk of the loaded notes.
      expect(noneTexts(answer).title).toMatch(/or by name: “talk [^”]+”$/);
      expect(bot.ask(answer.example?.slice(0) ?? '').kind).toBe('talk');
    }
  });

  it('names no unrelated talk for an id or a stale button value that names none', () => {
    for (const text of [
      'talk qcon-ny-2016/container-mgmt-at-netfix',
      'talk container-mgmt-at-netfix',
      'talk qcon-ny-2016/a-talk-removed-since',
    ]) {
      const answer = only(bot.ask(text), 'none');
      expect(answer.reason).toBe('unknown-talk');
      for (const suggestion of answer.suggestions)
        expect(suggestion).toMatch(/^talk qcon-ny-2016\//);
    }
    expect(only(bot.ask('talk container-mgmt-at-netfix'), 'none').suggestions[0]).toBe(
      'talk qcon-ny-2016/container-mgmt-at-netflix',
    );
    expect(only(bot.ask('talk quantum baking'), 'none').reason).toBe('unknown-talk');
    // Words of a title still open the talk.
    expect(only(bot.ask('talk deadly sins'), 'talk').talk.id).toBe(
      'the-deadly-sins-of-microservices',
    );
  });

  it('answers a typo with one clear correction directly, and says what it corrected', () => {
    const answer = only(bot.ask('postgress'), 'talks');
    expect(answer.scope).toEqual({ kind: 'search', words: 'postgres', correctedFrom: 'postgress' });
    expect(answer.hits[0]?.id).toBe('what-they-do-not-tell-you-about-microservices');
  });

  it('suggests only real words of the notes, never a short word a letter away', () => {
    for (const text of [
      'how do I bake bread',
      'mob programming',
      'deep learning',
      'quantum computing',
    ])
      expect(only(bot.ask(text), 'none').suggestions).toEqual([]);
  });

  it('carries the focus of the question, and keeps the asked-for talk first without that link', () => {
    const video = only(bot.ask('video of the deadly sins talk'), 'talks');
    expect(video.focus).toBe('video');
    expect(video.hits[0]?.id).toBe('the-deadly-sins-of-microservices');
    expect(video.hits[0]?.links.video).toBeUndefined();
    const who = only(bot.ask('who spoke about secret management?'), 'talks');
    expect(who.focus).toBe('speakers');
    expect(who.hits[0]?.speakers).toEqual([{ name: 'Ryan Lane', company: 'Lyft' }]);
  });

  it('filters by speaker, company, topic and day, and pages them like any list', () => {
    expect(only(bot.ask('talks by Daniel'), 'talks')).toMatchObject({
      scope: { kind: 'speaker', name: 'Daniel' },
      total: 2,
    });
    expect(only(bot.ask('talks from uber'), 'talks').scope).toEqual({
      kind: 'company',
      name: 'Uber',
    });
    expect(only(bot.ask('architecture talks'), 'talks').scope).toEqual({
      kind: 'topic',
      topic: 'Architecture',
    });
    expect(only(bot.ask('wednesday'), 'talks')).toMatchObject({
      scope: { kind: 'date', label: 'Wednesday', date: '2016-06-15' },
      total: 2,
      query: 'wednesday',
    });
    expect(only(bot.ask('friday'), 'none').query).toBe('friday');
    // "videos" with nothing else asked: the talks that have one (3 of the 10), not all ten.
    const list = only(bot.ask('videos'), 'talks');
    expect(list.total).toBe(3);
    expect(list.scope).toEqual({ kind: 'list', having: 'video' });
    expect(list.hits.every((hit) => hit.links.video)).toBe(true);
  });

  it('completes the last word of a question, whatever words of asking come before it', () => {
    expect(bot.complete('who spoke about netf').map((c) => c.label)).toContain(
      'Container mgmt at Netflix',
    );
    expect(bot.complete('containers netf').map((c) => c.label)).toEqual([]);
  });

  it('gives help examples from the loaded notes that each find something', () => {
    const parsed = parseNotes(
      '##### Operations\n* [Pager fatigue in practice](#pager-fatigue-in-practice)\n\n### Pager fatigue in practice\n* Speaker: Ann Example (Acme)\n* Caps on pages per shift keep people well\n',
      'x.md',
      'x',
    );
    const other = new Bot({ events: [parsed.event], talks: parsed.talks });
    const examples = only(other.ask('help'), 'help').examples;
    expect(examples.join(' ')).toMatch(/operations talks/);
    expect(examples.join(' ')).toMatch(/fatigue/);
    for (const example of examples) expect(['talks', 'talk']).toContain(other.ask(example).kind);
    const help = only(bot.ask('help'), 'help');
    expect(help.examples.length).toBeGreaterThan(2);
    for (const example of help.examples) expect(['talks', 'talk']).toContain(bot.ask(example).kind);
    expect(help.examples.join(' ')).not.toMatch(/netflix containers|talk uber/);
  });

  it('offers a subject as the example topic, and never "lightning talks talks"', () => {
    const notes = (first: string) =>
      parseNotes(
        `## ${first}

### Five minutes of regex by Ann Example
* Anchors first

## Security

### Threat models by Bo Test (Acme)
* Start small
`,
        'y.md',
        'y',
      );
    const examples = (first: string) => {
      const parsed = notes(first);
      return only(new Bot({ events: [parsed.event], talks: parsed.talks }).ask('help'), 'help')
        .examples;
    };
    expect(examples('Lightning talks')).toContain('security talks');
    expect(examples('Lightning talks').join(' ')).not.toMatch(/talks talks/);
  });
});

describe('bad input never throws and always gets a bounded answer', () => {
  it.each(BAD_INPUT.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    '%s',
    (_label, text) => {
      const answer = bot.ask(text);
      const json = JSON.stringify(answer);
      expect(JSON.parse(json)).toEqual(answer);
      expect(json.length).toBeLessThan(20_000);
      if (answer.kind === 'none') expect(answer.query.length).toBeLessThanOrEqual(200);
      // A list's query is the question to ask again (up to the 500 characters read); what is
      // shown of it is cut.
      if (answer.kind === 'talks') {
        expect(answer.query.length).toBeLessThanOrEqual(MAX_QUESTION);
        if (answer.scope.kind === 'search')
          expect(answer.scope.words.length).toBeLessThanOrEqual(200);
      }
      expect(json).not.toContain('\u0000');
    },
  );

  it('finds the talk through emoji, direction marks and NUL bytes around the words', () => {
    for (const text of [
      '🚀🔥 netflix 🎉',
      '\u202enetflix\u202c',
      'net\u200bflix',
      'net\u200dflix',
      'netflix\u0000',
      'netflix \ud83d',
    ]) {
      expect(only(bot.ask(text), 'talks').hits[0]?.id).toBe('container-mgmt-at-netflix');
    }
  });

  it('echoes emoji made of several joined as they were typed, and half an emoji as �', () => {
    const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
    expect(only(bot.ask(`netflix ${family}`), 'talks').query).toBe(`netflix ${family}`);
    expect(only(bot.ask('netflix \ud83d'), 'talks').query).toBe('netflix \ufffd');
  });
});

describe('a long question', () => {
  const LONG =
    'talks about microservices or containers or culture or security or learning or cloud, ' +
    'I am writing a summary for my team and would love to see every one of them, so list them ' +
    'all with their speakers and companies and slides and videos where the notes have them, ' +
    'so we can pick one for lunch but not netflix';

  it('keeps the whole question as the list’s query, so asking it again lists the same talks', () => {
    const answer = only(bot.ask(LONG), 'talks');
    expect(answer.query).toBe(LONG);
    const again = only(bot.ask(answer.query), 'talks');
    expect(again.total).toBe(answer.total);
    expect(JSON.stringify(again.hits)).not.toMatch(/Netflix/);
  });
});

describe('folding', () => {
  it('finds accented words without accents and the other way round', () => {
    const { talks, event } = parseNotes(
      '## Café culture à Zürich\n* naïve résumé review\n',
      'x.md',
      'x',
    );
    const accented = new Bot({ events: [event], talks });
    for (const query of ['cafe', 'CAFÉ', 'zurich', 'Zürich', 'naive resume']) {
      expect(only(accented.ask(query), 'talks').hits[0]?.title, query).toBe(
        'Café culture à Zürich',
      );
    }
  });
});
