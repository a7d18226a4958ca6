import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, said, talk } from './library-fixture.ts';

/** Questions asked the way people ask them (round q44). */

describe('a ranking over the events named ("which had more talks, qcon or rustconf?")', () => {
  const A = 'harborjs-2021';
  const B = 'crabfest-2023';
  const C = 'opsnorth-2022';
  const bot = new Bot({
    events: [event(A, 'HarborJS 2021'), event(B, 'CrabFest 2023'), event(C, 'OpsNorth 2022')],
    talks: [
      talk(A, 'a1', 'Signals in the browser', 'reactivity; fine-grained updates'),
      talk(A, 'a2', 'Bundlers compared', 'esbuild; rollup'),
      talk(B, 'b1', 'Async cancellation', 'tokio; drop; security of futures'),
      talk(C, 'c1', 'On-call without burnout', 'rotations; security pages'),
      talk(C, 'c2', 'Terraform drift', 'state; plans'),
      talk(C, 'c3', 'Incident command', 'roles; security incidents'),
    ],
  });
  const names = (answer: Answer) =>
    answer.kind === 'events' ? answer.events.map((e) => e.id) : [answer.kind];

  it.each([
    ['which had more talks, harborjs or crabfest?', [A, B]],
    ['did crabfest or harborjs have more talks?', [A, B]],
    ['crabfest or opsnorth: which had the most talks?', [C, B]],
    ['which conference had fewer talks, opsnorth or harborjs?', [A, C]],
    ['which had the most talks between harborjs, crabfest and opsnorth', [C, A, B]],
    ['did crabfest have more talks than harborjs?', [A, B]],
    ['more talks at crabfest or opsnorth?', [C, B]],
  ])('"%s" ranks only the events offered', (asked, ranked) => {
    expect(names(bot.ask(asked))).toEqual(ranked);
  });

  it('ranks every event where none is offered', () => {
    expect(names(bot.ask('which conference had the most talks?'))).toEqual([C, A, B]);
  });

  it('ranks the offered events by a subject', () => {
    const answer = bot.ask('which had more talks on security, crabfest or opsnorth?');
    expect(names(answer)).toEqual([C, B]);
  });
});

describe('a kind of session beside an event or a year ("keynote at devopsdays")', () => {
  const A = 'opsfjord-2022';
  const B = 'crabfest-2023';
  const C = 'stackyard-2016';
  const bot = new Bot({
    events: [event(A, 'OpsFjord 2022'), event(B, 'CrabFest 2023'), event(C, 'StackYard 2016')],
    talks: [
      talk(A, 'oncall', 'The human side of on-call', 'burnout; rotations', { kind: 'Keynote' }),
      talk(A, 'docs', 'Documenting infrastructure', 'runbooks; decision records'),
      talk(A, 'incident', 'Incident command', 'roles; as the keynote said, status pages'),
      talk(A, 'ignite', 'Postmortems without blame', 'ask how', { kind: 'Lightning talk' }),
      talk(B, 'future', 'Rust in ten years', 'editions; async traits', { kind: 'Keynote' }),
      talk(B, 'tokio', 'A runtime from scratch', 'wakers; epoll', {
        kind: 'Workshop',
        speakers: [{ name: 'Lena Ortega' }],
      }),
      talk(B, 'prod', 'Rust in production', 'hiring; compile times', {
        kind: 'Panel',
        speakers: [{ name: 'Jo Park' }, { name: 'Ravi Anand' }],
      }),
      talk(B, 'cancel', 'Async cancellation', 'drop; select', { speakers: [{ name: 'Jo Park' }] }),
      talk(C, 'iac', 'Infrastructure as code', 'drift; the keynote of day one'),
      talk(C, 'mesh', 'Service mesh in anger', 'sidecars; retries'),
    ],
  });

  it.each([
    ['keynote at opsfjord', ['oncall']],
    ['which talk was the keynote at OpsFjord?', ['oncall']],
    ['keynotes at crabfest', ['future']],
    ['who gave the keynote at opsfjord?', ['oncall']],
    ['keynotes in 2022', ['oncall']],
    ['opsfjord keynotes', ['oncall']],
    ['the panel at crabfest', ['prod']],
    ['lightning talks at opsfjord', ['ignite']],
    ['keynotes', ['oncall', 'future']],
    ['y avait-il une keynote à la opsfjord ?', ['oncall']],
    ['workshops by Lena Ortega', ['tokio']],
  ])('"%s" lists only the talks of that kind', (asked, found) => {
    expect([...ids(bot.ask(asked))].sort()).toEqual([...found].sort());
  });

  it.each([
    ['keynotes at stackyard', 'keynotes', ['iac', 'mesh']],
    ['which talk was the keynote at StackYard?', 'keynote', ['iac', 'mesh']],
    ['keynotes in 2016', 'keynotes', ['iac', 'mesh']],
    ['workshops at opsfjord', 'workshops', ['docs', 'ignite', 'incident', 'oncall']],
    ['workshops by Jo Park', 'workshops', ['cancel', 'prod']],
  ])('"%s" says the kind is missing there and offers its talks', (asked, kind, offered) => {
    const answer = bot.ask(asked);
    expect([...ids(answer)].sort()).toEqual(offered);
    expect(said(answer)).toContain(`without “${kind}”`);
    expect(said(answer)).not.toMatch(/of that month or year/);
  });

  it('keeps a word of a title that is no kind ("panel data")', () => {
    const withTitle = new Bot({
      events: [event(A, 'OpsFjord 2022')],
      talks: [
        talk(A, 'pd', 'Panel data in pandas', 'long format; groupby'),
        talk(A, 'p', 'Closing thoughts', 'hiring', { kind: 'Panel' }),
      ],
    });
    expect(ids(withTitle.ask('panel data'))).toEqual(['pd']);
  });
});

describe('a concept whose words the notes have only apart, said plainly', () => {
  const E = 'mesaverde-2024';
  const bot = new Bot({
    events: [event(E, 'MesaVerde 2024')],
    talks: [
      talk(E, 'team', 'Rust for data teams', 'the data team; parquet files in the lake'),
      talk(E, 'svc', 'Service ownership', 'on-call; teams'),
      talk(E, 'wifi', 'Mesh networks at home', 'routers; repeaters'),
    ],
  });
  const title = (asked: string) => {
    const answer = bot.ask(asked);
    return answer.kind === 'none' ? noneTexts(answer).title : answer.kind;
  };

  it('says one talk has the words, never side by side', () => {
    expect(title('is there a talk about data lakes?')).toBe(
      'No talk mentions “data lakes”: the notes have “data” and “lakes” in one talk, never side by side',
    );
  });

  it('says the words are only in different talks', () => {
    expect(title('service mesh')).toBe(
      'No talk mentions “service mesh”: the notes have “service” and “mesh” only in different talks',
    );
  });
});

describe('a kind of session beside a year, over notes that mark no kinds ("keynotes in 2016")', () => {
  const E = 'stackyard-2016';
  const bot = new Bot({
    events: [event(E, 'StackYard 2016')],
    talks: [
      talk(E, 'iac', 'Infrastructure as code', 'drift; modules', { date: '2016-06-14' }),
      talk(E, 'mesh', 'Service mesh in anger', 'sidecars; retries', { date: '2016-06-15' }),
    ],
  });

  it.each([
    ['keynotes in 2016', 'keynotes'],
    ['any workshops in june 2016?', 'workshops'],
  ])('"%s" says the kind is missing, not the time', (asked, kind) => {
    const answer = bot.ask(asked);
    expect(answer).toMatchObject({ kind: 'none', unmatched: [kind] });
    expect(said(answer)).toContain(`no talk mentions “${kind}”`);
    expect(said(answer)).not.toMatch(/month or year/);
  });

  it('still says a year no talk is of', () => {
    expect(said(bot.ask('keynotes in 2031'))).toMatch(/month or year/);
  });
});
