import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { liveOver, notesBot } from './notes-folder.ts';

/**
 * Round Q16's gaps, questions asked as people ask them in a chat after a conference, on invented
 * notes loaded as the bot loads them: follow-ups that pick by place in several languages, "open
 * it", "what was next?" in notes without times; closing chat; negated days; an event's topics;
 * the notes' languages; an event summed up; a talk to watch first.
 */

const FILES: Record<string, string> = {
  // A French post, days without times, no topics.
  'codevoxa/codevoxa-2023.md': [
    '---',
    'lang: fr',
    '---',
    '# Codevoxa 2023',
    '',
    '## Jour 1',
    '',
    '### Les monades sans douleur',
    '',
    '- Une monade est un monoïde dans la catégorie des foncteurs',
    '- Exemples avec Optional et Stream',
    '',
    '### Kata de refactoring en binôme',
    '',
    '- Test && commit || revert, pas à pas',
    '',
    '### Camel pour intégrer vos services',
    '',
    '- Un petit DSL Java pour les flux',
    '',
    '## Jour 2',
    '',
    '### Découper un monolithe sans tout casser',
    '',
    '- Trouver les domaines, puis les tables de chacun',
    '',
    '### Tests de bout en bout chez un éditeur',
    '',
    '- Les tests E2E cassent moins qu’avant',
    '',
  ].join('\n'),
  // An English post with dates, days and times.
  'harborcon.md': [
    '---',
    'event:',
    '  name: HarborCon 2024',
    '  dates: 2024-05-06..2024-05-07',
    '  place: Bergen, Norway',
    '---',
    '# HarborCon 2024',
    '',
    '## Day 1',
    '',
    '### 09:30 – Paved roads for platform teams (Ines Lund, Dockly)',
    '',
    '- a golden path, not a cage',
    '',
    '### 11:00 – Cost dashboards nobody reads (Ola Berg, Streamly)',
    '',
    '- FinOps needs owners',
    '',
    '## Day 2',
    '',
    '### 10:00 – Secrets in CI pipelines (Kim Dale, Dockly)',
    '',
    '- rotate the tokens, scan the logs',
    '',
  ].join('\n'),
  // An English post grouped by topic, no times.
  'stackfjord.md': [
    '# StackFjord 2022',
    '',
    '## Observability',
    '',
    '### Tracing without tears by Maja Holm (Tracely)',
    '',
    '- spans, not logs',
    '',
    '### Sampling that keeps the errors by Per Vik (Tracely)',
    '',
    '- tail sampling',
    '',
    '### Dashboards as code by Eva Lie (Grafit)',
    '',
    '- review them like code',
    '',
    '## Data',
    '',
    '### Lakehouse in a week by Tor Dahl (Datahav)',
    '',
    '- iceberg tables',
    '',
  ].join('\n'),
  // Another post grouped by topic, one topic shared.
  'pixelfest.md': [
    '# Pixelfest 2021',
    '',
    '## Frontend',
    '',
    '### Design tokens at scale by Ada Rye (Tokenly)',
    '',
    '- one source, many themes',
    '',
    '## Data',
    '',
    '### Analytics without cookies by Bo Sand (Countly)',
    '',
    '- aggregate at the edge',
    '',
  ].join('\n'),
};

let bot: Bot;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ bot, remove } = await notesBot(FILES, 'gaps-q16'));
});
afterAll(() => remove());

const live = () => liveOver(bot);
const alice = { surface: 'slack', place: 'C1', user: 'U-alice' };
const titleOf = (answer: Answer) => (answer.kind === 'talk' ? answer.talk.title : answer.kind);
const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [answer.kind];

describe('a talk of the last list picked as people type it in a chat', () => {
  it('reads "and the second one?", "the 2nd" and the same in Spanish, French and German', async () => {
    const chat = live();
    const list = await chat.ask('talks at codevoxa', alice);
    const second = titles(list)[1];
    expect(second).toBe('Kata de refactoring en binôme');
    for (const asked of [
      'and the second one?',
      'the 2nd',
      'y el segundo?',
      'et le deuxième ?',
      'und der zweite?',
    ]) {
      await chat.ask('talks at codevoxa', alice);
      expect(titleOf(await chat.ask(asked, alice)), asked).toBe(second);
    }
    // "Y el último": the last of the whole list.
    await chat.ask('talks at codevoxa', alice);
    expect(titleOf(await chat.ask('y el último?', alice))).toBe(
      'Tests de bout en bout chez un éditeur',
    );
    await chat.close();
  });

  it('keeps a lone "second" a word to search', () => {
    expect(bot.ask('second')).not.toMatchObject({ kind: 'none', reason: 'pick' });
  });
});

describe('"open it"', () => {
  it('opens the one talk just listed, or the talk opened last', async () => {
    const chat = live();
    await chat.ask('cost dashboards', alice);
    expect(titleOf(await chat.ask('open it', alice))).toBe('Cost dashboards nobody reads');
    expect(titleOf(await chat.ask('can you open that one', alice))).toBe(
      'Cost dashboards nobody reads',
    );
    await chat.close();
  });

  it('asks which talk after a list of several, offering each, never a talk titled "open"', async () => {
    const chat = live();
    await chat.ask('talks at harborcon', alice);
    const which = await chat.ask('open it', alice);
    expect(which).toMatchObject({ kind: 'none', reason: 'which-listed' });
    expect(which.kind === 'none' ? which.suggestions : []).toContain(
      'talk Paved roads for platform teams',
    );
    await chat.close();
  });

  it('asks which talk with nothing shown before', async () => {
    const chat = live();
    expect(await chat.ask('open it', alice)).toMatchObject({ kind: 'none', reason: 'which-talk' });
    await chat.close();
  });
});

describe('"what was next?" after a talk', () => {
  it('is the next talk in the notes’ order where they give no times, and says so', async () => {
    const chat = live();
    await chat.ask('talk les monades sans douleur', alice);
    const next = await chat.ask('what was next?', alice);
    expect(titles(next)).toEqual(['Kata de refactoring en binôme']);
    expect(next).toMatchObject({ scope: { listed: 'first' } });
    expect(titles(await chat.ask('and after that?', alice))).toEqual([
      'Camel pour intégrer vos services',
    ]);
    expect(titles(await chat.ask('what came before it?', alice))).toEqual([
      'Kata de refactoring en binôme',
    ]);
    await chat.close();
  });

  it('is the next talk by the clock where the notes give times, said plainly', async () => {
    const chat = live();
    await chat.ask('talk paved roads', alice);
    const next = await chat.ask('what was next', alice);
    expect(titles(next)).toEqual(['Cost dashboards nobody reads']);
    expect(next).not.toMatchObject({ scope: { listed: 'first' } });
    await chat.close();
  });

  it('is next to the talk of the last list named by its place', async () => {
    const chat = live();
    await chat.ask('talks at codevoxa', alice);
    expect(titles(await chat.ask('what was next after the first one?', alice))).toEqual([
      'Kata de refactoring en binôme',
    ]);
    await chat.ask('talks at codevoxa', alice);
    expect(titles(await chat.ask('and before the third one?', alice))).toEqual([
      'Kata de refactoring en binôme',
    ]);
    await chat.close();
  });

  it('asks which talk with nothing shown before', async () => {
    const chat = live();
    expect(await chat.ask('what was next?', alice)).toMatchObject({
      kind: 'none',
      reason: 'which-talk',
    });
    await chat.close();
  });
});

describe('closing a chat', () => {
  it('answers "thanks, that’s all", "ok that’s it" in kind, never as a search', () => {
    for (const [asked, greeting] of <[string, string][]>[
      ["thanks, that's all", 'thanks'],
      ["thanks that's all i needed", 'thanks'],
      ["ok thanks that's everything", 'thanks'],
      ['alright thanks', 'thanks'],
      ["ok that's it", 'ok'],
      ["great, that's all for now", 'thanks'],
    ])
      expect(bot.ask(asked), asked).toMatchObject({ kind: 'help', greeting });
  });

  it('is no "is that all?" of the last list, which still pages', async () => {
    const chat = live();
    await chat.ask('talks at stackfjord', alice);
    expect(await chat.ask("ok that's it", alice)).toMatchObject({ kind: 'help', greeting: 'ok' });
    await chat.ask('talks at stackfjord', alice);
    expect(await chat.ask('is that all?', alice)).toMatchObject({ followUp: { to: 'more' } });
    await chat.close();
  });
});

describe('a day turned down', () => {
  it('leaves that day’s talks out, never lists them', () => {
    // Fourteen talks, two of them on HarborCon's Monday.
    expect(bot.ask('talks not on monday')).toMatchObject({
      kind: 'talks',
      total: 12,
      scope: { excluding: 'on monday' },
    });
    for (const asked of [
      'anything except day 1',
      'anything but jour 1',
      'talks other than day 1',
    ]) {
      const answer = bot.ask(`${asked} at harborcon`);
      expect(titles(answer), asked).toEqual(['Secrets in CI pipelines']);
    }
    expect(titles(bot.ask('talks not on day 2 at codevoxa'))).toEqual([
      'Les monades sans douleur',
      'Kata de refactoring en binôme',
      'Camel pour intégrer vos services',
    ]);
  });

  it('keeps a day asked for beside words turned down', () => {
    expect(titles(bot.ask('talks on day 1 at harborcon except finops'))).toEqual([
      'Paved roads for platform teams',
    ]);
  });
});

describe('an event’s topics', () => {
  const topicsOf = (answer: Answer) =>
    answer.kind === 'topics' ? answer.topics.map((t) => `${t.name} ${t.count}`) : [answer.kind];

  it('are that event’s only, counted there', () => {
    for (const asked of ['topics at stackfjord', 'what topics were covered at stackfjord'])
      expect(topicsOf(bot.ask(asked)), asked).toEqual(['Observability 3', 'Data 1']);
    expect(topicsOf(bot.ask('topics at pixelfest'))).toEqual(['Frontend 1', 'Data 1']);
    // Notes that group no talks by topic have none, never another event's.
    expect(topicsOf(bot.ask('topics at codevoxa'))).toEqual([]);
  });

  it('come biggest first when the most talks are asked for, counted over every event', () => {
    for (const asked of ['most popular topic?', 'biggest topic'])
      expect(topicsOf(bot.ask(asked))[0], asked).toBe('Observability 3');
    expect(topicsOf(bot.ask('which topic had the most talks'))).toEqual([
      'Observability 3',
      'Data 2',
      'Frontend 1',
    ]);
    // Asked plainly, in the notes' order (of files by name).
    expect(topicsOf(bot.ask('topics'))).toEqual(['Frontend 1', 'Data 2', 'Observability 3']);
  });
});

describe('the languages of the notes', () => {
  const languagesOf = (answer: Answer) =>
    answer.kind === 'events'
      ? answer.events.map((one) => `${one.name}: ${one.language}`).sort()
      : [answer.kind];

  it('are said of every event', () => {
    expect(languagesOf(bot.ask('which languages are the notes in'))).toEqual([
      'Codevoxa 2023: French',
      'HarborCon 2024: English',
      'Pixelfest 2021: English',
      'StackFjord 2022: English',
    ]);
    expect(languagesOf(bot.ask('what language are the codevoxa notes in'))).toEqual([
      'Codevoxa 2023: French',
    ]);
  });

  it('asked for by name, are the events in it, or every event, saying none is', () => {
    expect(languagesOf(bot.ask('are there notes in french?'))).toEqual(['Codevoxa 2023: French']);
    const german = bot.ask('are there notes in German?');
    expect(german).toMatchObject({ kind: 'events', noNotesIn: 'German' });
    expect(languagesOf(german)).toHaveLength(4);
  });
});

describe('an event summed up', () => {
  it('is its overview for "what was … about overall", "catch me up on …", "how was …"', () => {
    for (const asked of [
      'what was stackfjord about overall',
      'catch me up on stackfjord',
      'what happened at stackfjord',
      'how was stackfjord',
    ]) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({
        kind: 'talks',
        total: 4,
        scope: {
          overview: [
            { topic: 'Observability', count: 3 },
            { topic: 'Data', count: 1 },
          ],
        },
      });
      // A talk of each topic first.
      expect(titles(answer).slice(0, 2), asked).toEqual([
        'Tracing without tears',
        'Lakehouse in a week',
      ]);
    }
  });

  it('keeps "what was the … talk about" that talk', () => {
    expect(titles(bot.ask('what was the lakehouse talk about'))).toEqual(['Lakehouse in a week']);
  });
});

describe('where to start', () => {
  it('offers a talk of each topic and conference, saying the notes rank none', () => {
    for (const asked of [
      'what should I watch first',
      'can you recommend a talk for a junior dev',
      'any beginner friendly talks',
    ]) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks', total: 14, scope: { sampled: true } });
      // One of each conference first, never a talk that says "dev" or "junior".
      expect(
        new Set(answer.kind === 'talks' ? answer.hits.slice(0, 4).map((hit) => hit.event) : []),
        asked,
      ).toHaveProperty('size', 4);
    }
    const devoxx = bot.ask('what should I watch first at stackfjord');
    expect(titles(devoxx).slice(0, 2)).toEqual(['Tracing without tears', 'Lakehouse in a week']);
  });

  it('answers "the best talk" honestly with a way in, and a subject named its talks', () => {
    expect(bot.ask('best talk?')).toMatchObject({
      kind: 'talks',
      scope: { unknown: 'ratings', sampled: true },
    });
    expect(titles(bot.ask('recommend something on sampling'))).toEqual([
      'Sampling that keeps the errors',
    ]);
  });
});
