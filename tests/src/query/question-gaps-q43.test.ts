import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/** Questions asked the way people ask them (round q43). */

describe('subjects offered as a choice ("hiring or careers?")', () => {
  const E = 'harbourdev-2021';
  const bot = new Bot({
    events: [event(E, 'HarbourDev 2021')],
    talks: [
      talk(E, 'hire', 'Hiring without whiteboards', 'take-home tasks; paid trials'),
      talk(E, 'sec', 'Threat modelling for small teams', 'security reviews; STRIDE'),
      talk(E, 'mesh', 'Service mesh in anger', 'sidecars; retries; security by mTLS'),
      talk(E, 'ml', 'Machine learning on a budget', 'feature stores; batch scoring'),
    ],
  });

  it.each([
    ['hiring or careers?', ['hire'], ['careers']],
    ['kafka or graphql or security?', ['sec', 'mesh'], ['kafka', 'graphql']],
    ['talks on hiring, onboarding or security', ['hire', 'sec', 'mesh'], ['onboarding']],
    ['quantum computing or machine learning', ['ml'], ['quantum computing']],
  ])('"%s" answers the subjects found and names each one missing', (asked, found, missing) => {
    const answer = bot.ask(asked);
    expect([...ids(answer)].sort()).toEqual([...found].sort());
    for (const word of missing) expect(said(answer)).toContain(`“${word}”`);
    expect(said(answer)).toMatch(/No talk mentions/);
  });

  it('names every subject where none is found', () => {
    const answer = bot.ask('recruiting or careers?');
    expect(answer.kind).toBe('none');
    expect(said(answer)).toMatch(/no talk mentions “recruiting” or “careers”/);
  });

  it('leaves a choice of subjects both found as it was', () => {
    expect([...ids(bot.ask('hiring or security'))].sort()).toEqual(['hire', 'mesh', 'sec']);
    expect(said(bot.ask('hiring or security'))).not.toMatch(/No talk mentions/);
  });
});

describe('which conference had the most talks (of a subject)', () => {
  const A = 'tidepool-2019';
  const B = 'lanternjs-2022';
  const C = 'gravelops-2023';
  const bot = new Bot({
    events: [event(A, 'TidePool 2019'), event(B, 'LanternJS 2022'), event(C, 'GravelOps 2023')],
    talks: [
      talk(A, 'a1', 'Tide tables in Postgres', 'time series; partitioning'),
      talk(B, 'b1', 'Signals in the browser', 'reactivity; security of iframes'),
      talk(B, 'b2', 'Bundlers compared', 'esbuild; rollup'),
      talk(B, 'b3', 'CSP headers done right', 'security policies; nonces'),
      talk(C, 'c1', 'Runners on spot instances', 'security groups; autoscaling'),
      talk(C, 'c2', 'Secrets in CI', 'security of tokens; vault'),
      talk(C, 'c3', 'Supply chain attacks', 'security; SBOMs; signing'),
      talk(C, 'c4', 'Flaky tests', 'quarantine; retries'),
    ],
  });
  const names = (answer: Answer) =>
    answer.kind === 'events' ? answer.events.map((e) => e.id) : [];

  it.each([
    'which conference had the most talks?',
    'what event has the most sessions',
    'which conference was the biggest?',
  ])('"%s" ranks the events, most talks first', (asked) => {
    const answer = bot.ask(asked);
    expect(names(answer)).toEqual([C, B, A]);
    expect(answer.kind === 'events' && answer.ranked).toEqual({});
  });

  it('"which event had the fewest talks" ranks the fewest first', () => {
    expect(names(bot.ask('which event had the fewest talks'))).toEqual([A, B, C]);
  });

  it.each([
    'what event had the most security talks?',
    'which conf had more talks on security',
    'where were the most talks about security?',
    'which conference had more talks on security, lanternjs or gravelops?',
  ])('"%s" ranks the events by their talks of the subject, saying how many', (asked) => {
    const answer = bot.ask(asked);
    expect(names(answer)).toEqual([C, B]);
    if (answer.kind !== 'events') return;
    expect(answer.ranked).toEqual({ subject: 'security' });
    expect(answer.events.map((e) => e.subjectTalks)).toEqual([3, 2]);
  });

  it('says a subject no talk has, not a ranking of nothing', () => {
    const answer = bot.ask('which conference had the most kafka talks?');
    expect(said(answer)).toMatch(/no talk mentions “kafka”/);
  });
});

describe('a weak verb of the asking ("how to build a …", "how do we run …")', () => {
  const E = 'copperfield-2020';
  const bot = new Bot({
    events: [event(E, 'Copperfield 2020')],
    talks: [
      talk(E, 'opt', 'How to tune your culture for learning', 'curiosity over skill; pairing'),
      talk(
        E,
        'grow',
        'Learning budgets that work',
        'conference tickets; we build a culture of sharing',
      ),
      talk(E, 'ms1', 'Microservices at a bank', 'service boundaries; data ownership'),
      talk(E, 'ms2', 'Microservices gone wrong', 'distributed monolith; chatty calls'),
      talk(E, 'ms3', 'Running microservices on a budget', 'spot instances; small pods'),
      talk(E, 'ci', 'Build pipelines that scale', 'caching; remote execution'),
    ],
  });

  it.each([
    ['how to build a culture of learning', ['grow', 'opt']],
    ['how can we create a learning culture?', ['grow', 'opt']],
    ['how do we run microservices', ['ms1', 'ms2', 'ms3']],
  ])('"%s" finds the talks about what it acts on, saying the verb or not', (asked, found) => {
    expect([...ids(bot.ask(asked))].sort()).toEqual(found);
  });

  it('keeps the verb where it is the subject ("build pipelines")', () => {
    expect(ids(bot.ask('build pipelines'))).toEqual(['ci']);
  });
});

describe('a qualifier left alone ("… in production") where the subject is missing', () => {
  const E = 'birchwood-2018';
  const bot = new Bot({
    events: [event(E, 'Birchwood 2018')],
    talks: [
      talk(
        E,
        'prod',
        'A product culture at a startup',
        'production support rota; learning budgets',
      ),
      talk(E, 'rust', 'Rust in production', 'panics in services; tracing'),
      talk(E, 'scale', 'Postgres at scale', 'partitioning; vacuum'),
    ],
  });

  it.each([
    ['kubernetes in production', 'kubernetes'],
    ['machine learning in production?', 'machine learning'],
    ['any talks on serverless at scale', 'serverless'],
  ])('"%s" says the subject is missing, not a talk for the qualifier', (asked, subject) => {
    const answer = bot.ask(asked);
    expect(answer.kind).toBe('none');
    expect(said(answer)).toContain(`no talk mentions “${subject}”`);
  });

  it('still answers the subject with its qualifier where the notes have it', () => {
    expect(ids(bot.ask('rust in production'))).toEqual(['rust']);
    expect(ids(bot.ask('postgres at scale'))).toEqual(['scale']);
  });
});

describe('the program of a conference of several editions ("what else did rustconf have")', () => {
  const A = 'ferrisconf-2023';
  const B = 'ferrisconf-2024';
  const bot = new Bot({
    events: [event(A, 'FerrisConf 2023'), event(B, 'FerrisConf 2024')],
    talks: [
      talk(A, 'async', 'Async in anger', 'tokio; cancellation'),
      talk(A, 'embedded', 'Blinking LEDs safely', 'no_std; HALs'),
      talk(B, 'types', 'Typestate APIs', 'builders; phantom types'),
    ],
  });

  it.each([
    'what else did ferrisconf have',
    'what did ferrisconf have?',
    'what else was there at ferrisconf',
  ])('"%s" lists the talks of every edition', (asked) => {
    expect([...ids(bot.ask(asked))].sort()).toEqual(['async', 'embedded', 'types']);
  });

  it.each(['ferrisconf', 'when was ferrisconf?'])('"%s" still shows the editions', (asked) => {
    expect(bot.ask(asked).kind).toBe('events');
  });
});

describe('a concept whose words the notes have only apart ("data lake")', () => {
  const E = 'mesaverde-2024';
  const bot = new Bot({
    events: [event(E, 'MesaVerde 2024')],
    talks: [
      talk(
        E,
        'team',
        'Rust for data teams',
        'the data team moved ETL jobs; parquet files in the lake',
      ),
      talk(E, 'lake', 'Our data lakes on object storage', 'MinIO; Spark jobs'),
      talk(E, 'mesh', 'Service mesh without sidecars', 'ambient mode; ztunnel'),
      talk(E, 'svc', 'A service for every team', 'ownership; on-call'),
      talk(E, 'iac', 'Implementing infrastructure as code', 'Terraform modules; drift'),
      talk(E, 'code', 'Code review at scale', 'infrastructure for bots; reviewers'),
    ],
  });

  it.each([
    ['data lake', ['lake']],
    ['any talks about data lakes?', ['lake']],
    ['service mesh', ['mesh']],
    ['infrastructure as code', ['iac']],
  ])('"%s" finds the talks that write it, not those with its words apart', (asked, found) => {
    expect(ids(bot.ask(asked))).toEqual(found);
  });

  it('finds nothing where no talk writes the words together', () => {
    const apart = new Bot({
      events: [event(E, 'MesaVerde 2024')],
      talks: [talk(E, 'team', 'Rust for data teams', 'the data team; parquet files in the lake')],
    });
    expect(apart.ask('data lake').kind).toBe('none');
  });
});
