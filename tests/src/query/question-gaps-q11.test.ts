import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Three ways a question was misread: an English subject over notes that name it in two other
 * languages, each in several words; a long paste whose question is at its end; and a follow-up
 * that changes a filter in words other than "what about". Invented notes.
 */
const [RIO, LYS, ORE] = ['rio-dev-2023', 'lys-tech-2024', 'ore-summit-2024'];
const library = {
  events: [
    event(RIO, 'Rio Dev 2023', { dates: '2023-03-02' }),
    event(LYS, 'Lys Tech 2024', { dates: '2024-06-12..2024-06-13' }),
    event(ORE, 'Ore Summit 2024', { dates: '2024-09-20' }),
  ],
  talks: [
    talk(
      RIO,
      'distancia',
      'Trabajo a distancia sin drama',
      'Husos horarios; decisiones por escrito',
    ),
    talk(LYS, 'distance', 'Le travail à distance au quotidien', 'Rituels; outils asynchrones'),
    talk(RIO, 'tiempo', 'Paneles en tiempo real', 'Websockets y colas'),
    talk(LYS, 'temps', 'Des tableaux de bord en temps réel', 'SSE et files'),
    talk(LYS, 'jardin', 'Jardinage urbain', 'Compost; balcons'),
    talk(RIO, 'retries', 'Retry storms and how to stop them', 'Backoff; jitter; budgets', {
      date: '2023-03-02',
    }),
    talk(ORE, 'retries-24', 'Retries with budgets', 'Retry budgets; circuit breakers', {
      date: '2024-09-20',
    }),
    talk(ORE, 'sbom', 'SBOMs in practice', 'Security; supply chain', { date: '2024-09-20' }),
    talk(ORE, 'pools', 'Database connection pools', 'Postgres; pgbouncer', { date: '2024-09-20' }),
    talk(ORE, 'queues', 'Queues that fill up', 'Kafka; backpressure', { date: '2024-09-20' }),
  ],
};
const bot = new Bot(library);

describe('an English subject the notes name in several languages, in several words each', () => {
  it('finds every language’s phrase, not the first one only', () => {
    for (const asked of ['remote work', 'working remotely', 'talks about remote work?'])
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['distance', 'distancia']);
    for (const asked of ['real time', 'realtime', 'tiempo real', 'temps réel'])
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['temps', 'tiempo']);
  });
});

describe('a long paste with the question at its end', () => {
  const story =
    'So last night our payment service fell over during the evening peak. ' +
    'Every client retried at once, the queue filled up and the database connections ran out. '.repeat(
      6,
    );

  it('is read for its last question, not for its first 500 characters', () => {
    for (const ending of [
      'Anyway, is there a talk on retry storms?',
      'Is there a talk on retry storms? Thanks a lot!',
      'Long story short: any talks on retry storms',
    ]) {
      const asked = `${story}\n\n${ending}`;
      expect(asked.length).toBeGreaterThan(500);
      expect(ids(bot.ask(asked))[0], ending).toBe('retries');
    }
  });

  it('is read as before when no sentence of its end asks anything', () => {
    const asked = `retry storms ${'and backoff and jitter '.repeat(40)}`;
    expect(ids(bot.ask(asked))).toContain('retries');
  });
});

describe('a follow-up that changes a filter in other words', () => {
  const live = () =>
    new LiveBot(new Bot(library), {
      contentDir: '/nonexistent',
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
  const asker = { surface: 'slack', place: 'C1', user: 'U1' };

  it('replaces the filter of the last question', async () => {
    for (const change of [
      'make it 2024',
      '2024 instead',
      'just the ones from 2024 instead',
      'change the year to 2024',
      'no, 2024',
      'actually 2024',
    ]) {
      const chat = live();
      await chat.ask('retry talks in 2023', asker);
      const answer = await chat.ask(change, asker);
      expect(ids(answer), change).toEqual(['retries-24']);
      expect(answer, change).toMatchObject({ followUp: { to: 'question', change: 'in 2024' } });
      await chat.close();
    }
  });

  it('asks a new subject said as a correction as that subject', async () => {
    const chat = live();
    await chat.ask('retry talks', asker);
    expect(ids(await chat.ask('sboms instead', asker))).toEqual(['sbom']);
    expect(ids(await chat.ask('actually, sboms', asker))).toEqual(['sbom']);
    await chat.close();
  });
});
