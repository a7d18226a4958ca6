import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (29): each invented for these tests. */

const talks = (parsed: ReturnType<typeof post>) =>
  parsed.talks.map((t) => [t.title, who(t)?.join('; '), t.time ?? '']);

describe('a chat log pasted one message a line', () => {
  it('reads the talks its messages announce, with the time of the message', () => {
    const parsed = post(
      '# #orbitconf-live',
      '',
      '[09:58] kofi: morning, the queue for badges is long',
      '[10:01] mila: next up: "Queues you can trust" with Tove Lind from Harbourline',
      '[10:40] kofi: the retry budget slide was great',
      '[10:46] mila: now on stage 2: Pavel Hruby (Kestrel Labs) – Caching without regret',
      '[11:30] kofi: lunch?',
    );
    expect(talks(parsed)).toEqual([
      ['Queues you can trust', 'Tove Lind @ Harbourline', '10:01'],
      ['Caching without regret', 'Pavel Hruby @ Kestrel Labs', '10:46'],
    ]);
    // Who wrote a message is no note; what they said under a talk is.
    expect(parsed.talks[0]?.notes.map((n) => n.text)).toEqual(['the retry budget slide was great']);
  });

  it('reads IRC lines too, and a log of chatter alone has no talk', () => {
    const irc = post(
      '# Notes',
      '',
      '[14:00] <dana> up next: *Inside the scheduler* by Ivo Marsh (Pinecrest)',
      '[14:20] <ruth> good diagrams',
    );
    expect(talks(irc)).toEqual([['Inside the scheduler', 'Ivo Marsh @ Pinecrest', '14:00']]);
    const chatter = post('# Notes', '', '[09:00] dana: hello', '[09:01] ruth: coffee?');
    expect(chatter.talks).toEqual([]);
  });

  it('reads a Discord message that announces a talk under its author line', () => {
    const parsed = post(
      '# Helmconf 2025 — Discord',
      '',
      'rosa — Today at 13:02',
      'next up: *Charts that age well* by Eero Salo (Lumimetsä)',
      '',
      'bram — Today at 13:30',
      'now: **Policy as code** — Inês Prado, Banco Atlântico',
    );
    expect(talks(parsed)).toEqual([
      ['Charts that age well', 'Eero Salo @ Lumimetsä', '13:02'],
      ['Policy as code', 'Inês Prado @ Banco Atlântico', '13:30'],
    ]);
  });
});

describe('speakers as authors write them', () => {
  it('keeps both people of "feat." each with their company', () => {
    const parsed = post(
      '# MeshDay 2025',
      '',
      '## Sidecars are dead',
      '',
      'Presented by Oona Berg (Skerry) feat. Malik Osei (Tarn Systems)',
      '',
      '- ambient mode',
    );
    expect(who(parsed.talks[0])).toEqual(['Oona Berg @ Skerry', 'Malik Osei @ Tarn Systems']);
  });

  it('reads "[[Name]] — notes" as the person, not a company called "notes"', () => {
    const parsed = post(
      '# ClusterFest 2025',
      '',
      '## [[Hana Kovář]] — notes',
      '',
      'Talk: Operators you can debug',
      '',
      '- reconcile loops',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Operators you can debug', ['Hana Kovář']],
    ]);
  });

  it('takes the company from a later sentence that names the speaker', () => {
    const parsed = post(
      '# RustDay 2025',
      '',
      '## Lifetimes in anger — Mirela Popescu',
      '',
      'Mirela works at Vantablue Robotics. She showed three refactors.',
      '',
      '## Unsafe, carefully — Tomas Berg',
      '',
      '- Tomas is a staff engineer at Fjordline, and it showed.',
      '',
      '## Async traps — Kim Sato',
      '',
      '- she worked at several startups before',
    );
    expect(parsed.talks.map((t) => who(t))).toEqual([
      ['Mirela Popescu @ Vantablue Robotics'],
      ['Tomas Berg @ Fjordline'],
      ['Kim Sato'],
    ]);
  });

  it('reads a company that starts with "Banco", "Grupo", "Universidad" as no second person', () => {
    const parsed = post(
      '# PyDay Lisboa 2025',
      '',
      '## Pandas at scale — Rui Alves, Banco Ribeira',
      '',
      '- x',
      '',
      '## Teaching Python — Sofia Ramos, Universidad Central',
      '',
      '- y',
    );
    expect(parsed.talks.map((t) => who(t))).toEqual([
      ['Rui Alves @ Banco Ribeira'],
      ['Sofia Ramos @ Universidad Central'],
    ]);
  });
});

describe('bold group lines over bold talks', () => {
  it('are topics of the event as well as of their talks', () => {
    const parsed = post(
      '# Streamfest 2025 — shared notes',
      '',
      '**Real-time**',
      '',
      '**Joins over windows** — Lea Fink, Wellspring',
      '',
      'Watermarks everywhere.',
      '',
      '**Search**',
      '',
      '**Vectors in Postgres** — Omar Haddad, Cedar Analytics',
      '',
      'HNSW tuning.',
    );
    expect(parsed.talks.map((t) => t.topic)).toEqual(['Real-time', 'Search']);
    expect(parsed.event.topics).toEqual(['Real-time', 'Search']);
  });
});
