import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { ids } from './library-fixture.ts';

/**
 * Round Q14's known gaps, on invented notes loaded as the bot loads them: a country an event's
 * name says ("Devoxx Belgium"), notes in Italian, Spanish and Portuguese told apart, the talk
 * right before or after lunch and next to a break, "more from her" after a list, an overview
 * ("I missed it, what should I catch up on"), and a day (or a part of it) with no talk.
 */

const FILES: Record<string, string> = {
  'brixcon.md':
    '# BrixCon Belgium 2025\n\n## Streams in anger by Lotte Peeters\n\n- backpressure first\n',
  'scriptconf.md':
    '# ScriptConf EU 2024\n\n## Bundlers are boring now by Per Holm\n\n- the config is the product\n',
  'romaconf.md':
    '# RomaDev 2025\n\nUna giornata intensa. Ecco i talk che ho seguito, con i miei appunti e i link alle slide. Il cibo era ottimo e la sala piena.\n\n## Kubernetes in produzione di Marco Rossi\n\n- Il cluster va gestito come un prodotto\n- Le metriche contano più dei log\n',
  'madconf.md':
    '# MadConf 2025\n\nDos días muy intensos. Aquí están mis notas de las charlas que vi, con los enlaces que los ponentes compartieron y lo que vamos a probar en el equipo.\n\n## Arquitectura hexagonal sin dogmas por Lucía Gil\n\n- Los puertos son contratos, no carpetas\n',
  'lisconf.md':
    '# LisConf 2025\n\nUm dia muito bom. Aqui ficam as minhas notas das palestras que vi, com os links que os oradores partilharam e o que a equipa vai experimentar.\n\n## Observabilidade na prática por Rita Sousa\n\n- Métricas primeiro, depois os traces\n',
  'harbourday.md': [
    '---',
    'event:',
    '  name: Harbour Day 2025',
    '  dates: 2025-03-11..2025-03-12',
    '---',
    '# Harbour Day 2025',
    '',
    '## Day 1',
    '',
    '### 09:30 – Opening the harbour (Kim Dale, Dockly)',
    '',
    '- why we are here',
    '',
    '### 11:00 – Queues and streams (Ola Berg, Streamly)',
    '',
    '- Kafka or SQS',
    '',
    '### 13:30 – Paved roads for platforms (Ines Lund, Dockly)',
    '',
    '- a golden path, not a cage',
    '',
    '### 15:00 – Cost dashboards nobody reads (Ola Berg, Streamly)',
    '',
    '- FinOps needs owners',
    '',
    '## Day 2',
    '',
    '### 10:00 – Incident reviews that stick (Kim Dale, Dockly)',
    '',
    '- blameless, not nameless',
    '',
  ].join('\n'),
};

let dir: string;
let bot: Bot;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcon-gaps-q14-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  bot = new Bot((await loadContent(dir)).library);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const eventsOf = (answer: Answer) =>
  answer.kind === 'events' ? answer.events.map((one) => one.name).sort() : [answer.kind];
const unknownOf = (answer: Answer) => (answer.kind === 'none' ? answer.unknown : answer.kind);

function live(): LiveBot {
  return new LiveBot(bot, {
    contentDir: '/nonexistent',
    logger: createLogger('silent'),
    metrics: new Metrics(),
  });
}
const alice = { surface: 'slack', place: 'C1', user: 'U-alice' };

describe('a country an event’s name says is where it was', () => {
  it('finds "BrixCon Belgium" in Belgium and "ScriptConf EU" in Europe', () => {
    expect(eventsOf(bot.ask('conferences in belgium'))).toEqual(['BrixCon Belgium 2025']);
    expect(eventsOf(bot.ask('events in europe'))).toContain('ScriptConf EU 2024');
    expect(eventsOf(bot.ask('events in europe'))).toContain('BrixCon Belgium 2025');
    // "EU" is Europe, no one country of it.
    expect(eventsOf(bot.ask('conferences in germany'))).not.toContain('ScriptConf EU 2024');
  });
});

describe('notes in Italian, Spanish and Portuguese are told by their words', () => {
  it('lists each post’s talks for its language', () => {
    expect(ids(bot.ask('talks in italian'))).toEqual([
      expect.stringMatching(/^kubernetes-in-produzione/),
    ]);
    expect(ids(bot.ask('talks in spanish'))).toEqual([
      expect.stringMatching(/^arquitectura-hexagonal-sin-dogmas/),
    ]);
    expect(ids(bot.ask('talks in portuguese'))).toEqual([
      expect.stringMatching(/^observabilidade-na-pr/),
    ]);
  });
});

describe('the talk next to lunch or a break', () => {
  it('is the last talk of the morning, or the first of the afternoon', () => {
    for (const asked of [
      'last talk before lunch on day 1',
      'which talk was right before lunch on day 1',
      'the session just before lunch on day 1',
    ])
      expect(ids(bot.ask(asked)), asked).toEqual(['queues-and-streams']);
    // A part of the day is of each day: the last talk of each morning.
    expect(ids(bot.ask('last talk before lunch at harbour day'))).toEqual([
      'queues-and-streams',
      'incident-reviews-that-stick',
    ]);
    for (const asked of [
      'first talk after lunch at harbour day',
      'what was right after lunch on day 1',
      'the talk after lunch at harbour day',
    ])
      expect(ids(bot.ask(asked)), asked).toEqual(['paved-roads-for-platforms']);
  });

  it('says the notes keep no break, never a talk that says "break"', () => {
    for (const asked of [
      'first talk after the break',
      'the last talk before the coffee break',
      'what was on after coffee',
    ])
      expect(unknownOf(bot.ask(asked)), asked).toBe('breaks');
  });
});

describe('"more from her" is about one speaker, or asks which', () => {
  it('lists the speaker’s talks after a talk was opened', async () => {
    const chat = live();
    await chat.ask('talk queues and streams', alice);
    const more = await chat.ask('what else did he talk about?', alice);
    expect(more).toMatchObject({ kind: 'talks', scope: { kind: 'speaker', name: 'Ola Berg' } });
    expect(more.kind === 'talks' && more.total).toBe(2);
    await chat.close();
  });

  it('asks which speaker after a list of several speakers’ talks, offering them', async () => {
    const chat = live();
    await chat.ask('talks at harbour day', alice);
    const which = await chat.ask('more from her', alice);
    expect(which).toMatchObject({ kind: 'none', reason: 'which-speaker' });
    expect(which.kind === 'none' && which.suggestions).toContain('talks by Kim Dale');
    // The list is still there to pick from.
    expect(await chat.ask('the third one', alice)).toMatchObject({ kind: 'talk' });
    await chat.close();
  });
});

describe('an overview of a conference', () => {
  it('is its talks by topic for "I missed X, what should I catch up on"', () => {
    for (const asked of [
      'I missed harbour day, what should I catch up on?',
      'what were the highlights of harbour day',
      'tl;dr of harbour day',
    ]) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks', scope: { event: 'harbourday' } });
      expect(answer.kind === 'talks' && answer.total, asked).toBe(5);
    }
  });

  it('is the events for "I missed all of these" where the notes have several', () => {
    expect(bot.ask('I missed all of these, what should I catch up on')).toMatchObject({
      kind: 'events',
    });
    expect(bot.ask('overview of the conferences')).toMatchObject({ kind: 'events' });
  });
});

describe('a day with no talk, or none at that time', () => {
  it('lists the day’s talks, saying what it left out', () => {
    const answer = bot.ask('talks on day 2 afternoon');
    expect(ids(answer)).toEqual(['incident-reviews-that-stick']);
    expect(answer).toMatchObject({ scope: { dropped: 'afternoon' } });
  });

  it('says no talk is on a day the notes have none of, offering their days', () => {
    const answer = bot.ask('anything on friday?');
    expect(answer).toMatchObject({ kind: 'none', unknown: 'days' });
    expect(answer.kind === 'none' && answer.suggestions).toEqual([
      'talks on tuesday',
      'talks on wednesday',
    ]);
  });
});
