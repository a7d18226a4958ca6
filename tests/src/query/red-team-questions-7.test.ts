import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

/**
 * Red-team round R: questions typed as people type them in chat, each class on invented notes:
 * everyday words around a subject, follow-ups that point at an answer the bot never kept, what
 * the notes never record, counts of speakers and events, an unknown event, link questions said
 * otherwise, subjects in other languages (continued in red-team-questions-7b.test.ts).
 */

const HARBOUR = 'datahaven-2024';
const notes = new Bot({
  events: [event(HARBOUR, 'Datahaven 2024')],
  talks: [
    talk(
      HARBOUR,
      'tracking',
      'Experiment tracking for small teams',
      'Kestrelflow runs; a model registry',
      {
        speakers: [{ name: 'Ines Varga', company: 'Tidewater' }],
      },
    ),
    talk(HARBOUR, 'recipes', 'Upgrades with codemods', 'Using rewrite recipes for every module', {
      speakers: [{ name: 'Olaf Brenner', company: 'Quayline' }],
    }),
    talk(
      HARBOUR,
      'typing',
      'Strict types, one package at a time',
      'Pyrefly in the editor; she showed the CI gate',
      {
        speakers: [{ name: 'Mira Sandoval', company: 'Quayline' }],
      },
    ),
    talk(HARBOUR, 'sleep', 'On-call without losing sleep', 'Fewer pages; a better runbook', {
      speakers: [{ name: 'Tove Lind', company: 'Tidewater' }],
    }),
  ],
});

describe('everyday words around the one word that names the subject', () => {
  it('finds the talk for "is anyone using X" though a talk says "using" and not X', () => {
    expect(ids(notes.ask('is anybody here using kestrelflow?'))).toEqual(['tracking']);
  });

  it('finds the talk for "was X mentioned anywhere", a word no stop-word list has', () => {
    expect(ids(notes.ask('has anyone mentioned pyrefly anywhere?'))).toEqual(['typing']);
  });

  it('reads "she" as no search word, so it cannot find a talk whose notes say "she showed"', () => {
    const answer = notes.ask('what else did she present?');
    expect(answer.kind === 'none' && answer.reason).toBe('which-talk');
  });
});

describe('a follow-up that points at the answer before', () => {
  it('asks which talk for "more like that", not "no talk matches"', () => {
    for (const asked of ['more like that', 'anything similar to this one', 'talks like that one']) {
      const answer = notes.ask(asked);
      expect(answer.kind === 'none' && answer.reason, asked).toBe('which-talk');
    }
  });

  it('asks which talk for "link pls", not every talk', () => {
    const answer = notes.ask('the link please');
    expect(answer.kind === 'none' && answer.reason).toBe('which-talk');
  });

  it('still lists the talks like one named', () => {
    const found = ids(notes.ask('more like the codemods talk'));
    expect(found).not.toContain('recipes');
  });
});

describe('what the notes never record, asked in other words', () => {
  const [OLD, LAST] = ['ferrycon-2022', 'quayconf-2024'];
  const events = new Bot({
    events: [
      event(OLD, 'Ferrycon 2022', { dates: '2022-04-02' }),
      event(LAST, 'Quayconf 2024', { dates: '2024-04-02' }),
    ],
    talks: [
      talk(OLD, 'ferries', 'Ferry timetables as code', 'Schedules in git'),
      talk(LAST, 'cranes', 'Crane telemetry at the quay', 'Sensors; alert storms'),
      talk(LAST, 'slides-talk', 'Slides nobody reads', 'Decks; speaker notes'),
    ],
  });
  const unknownOf = (asked: string) => {
    const answer = events.ask(asked);
    if (answer.kind === 'talks') return answer.scope.unknown;
    return answer.kind === 'none' ? answer.unknown : answer.kind;
  };

  it('says the notes hold no prices for "the price of an X ticket", with the event’s talks', () => {
    const answer = events.ask('the price of one quayconf pass?');
    expect(unknownOf('the price of one quayconf pass?')).toBe('prices');
    expect(ids(answer).sort()).toEqual(['cranes', 'slides-talk']);
    expect(unknownOf('how much was a quayconf ticket')).toBe('prices');
  });

  it('says the notes hold no next edition for "will there be an X <year>", not that year’s talks', () => {
    expect(unknownOf('will there be a quayconf 2026?')).toBe('future');
    expect(unknownOf('is there going to be another quayconf')).toBe('future');
  });

  it('reads "will there be slides" as a question about a talk’s links, not about the future', () => {
    expect(unknownOf('will there be slides for the crane telemetry talk')).toBeUndefined();
  });

  it('says the notes hold no ratings for "which talk got the most feedback", not "no match"', () => {
    expect(unknownOf('which session got the most positive feedback?')).toBe('ratings');
    expect(unknownOf('top rated talks at quayconf')).toBe('ratings');
  });
});

describe('questions about the talks’ speakers and kinds, which no talk’s words answer', () => {
  const [NORTH, SOUTH] = ['northpier-2023', 'southpier-2024'];
  const piers = new Bot({
    events: [event(NORTH, 'Northpier 2023'), event(SOUTH, 'Southpier 2024')],
    talks: [
      talk(NORTH, 'duo', 'Two views on queues', 'Two speakers; one queue', {
        kind: 'Panel',
        speakers: [
          { name: 'Ada Holm', company: 'Kaiwerk' },
          { name: 'Bo Strand', company: 'Rivlet' },
        ],
      }),
      talk(NORTH, 'solo', 'Queues alone', 'One speaker', {
        kind: 'Keynote',
        speakers: [{ name: 'Ada Holm', company: 'Kaiwerk' }],
      }),
      talk(NORTH, 'indie', 'Open source on weekends', 'Two maintainers', {
        speakers: [{ name: 'Cy Moen' }],
      }),
      talk(SOUTH, 'again', 'Queues, again', 'More than one retry', {
        speakers: [{ name: 'Ada Holm', company: 'Kaiwerk' }],
      }),
      talk(SOUTH, 'other', 'Streams', 'Partitions', {
        speakers: [{ name: 'Di Varg', company: 'Rivlet' }],
      }),
    ],
  });
  const tallyOf = (asked: string) => {
    const answer = piers.ask(asked);
    return answer.kind === 'talks' ? answer.scope.tally?.names.map((n) => n.name) : answer.kind;
  };

  it('counts the companies with more than N talks, not the talks that say N', () => {
    expect(tallyOf('which companies did more than 2 talks?')).toEqual(['Kaiwerk']);
    expect(tallyOf('companies with two or more talks')).toEqual(['Kaiwerk', 'Rivlet']);
  });

  it('names the speakers of both events asked about', () => {
    expect(tallyOf('who presented at both northpier and southpier')).toEqual(['Ada Holm']);
  });

  it('lists the talks with several speakers, of the event asked about', () => {
    expect(ids(piers.ask('which sessions had multiple speakers?'))).toEqual(['duo']);
    expect(ids(piers.ask('talks with more than one speaker at southpier'))).toEqual(['none']);
  });

  it('lists the talks of speakers the notes give no company', () => {
    expect(ids(piers.ask('speakers without a company?'))).toEqual(['indie']);
  });

  it('answers which events had a keynote with those events, not talks that say "event"', () => {
    const answer = piers.ask('what conferences had a keynote');
    expect(answer.kind === 'events' && answer.events.map((e) => e.id)).toEqual([NORTH]);
  });
});

describe('"at" a conference the notes do not have', () => {
  const BAY = 'baycode-2024';
  const bay = new Bot({
    events: [event(BAY, 'Baycode 2024')],
    talks: [
      talk(BAY, 'helm', 'Helm charts at scale', 'Kubernetes releases; chart testing'),
      talk(BAY, 'css', 'Container queries', 'Layout without JavaScript'),
    ],
  });

  it('answers the subject without the unknown event, saying it left it out', () => {
    const answer = bay.ask('any kubernetes sessions at flumpcon?');
    expect(ids(answer)).toEqual(['helm']);
    expect(answer.kind === 'talks' && answer.scope.dropped).toBe('at flumpcon');
  });

  it('keeps "no match" when nothing but the unknown event is asked', () => {
    expect(ids(bay.ask('talks at flumpcon 2023'))).toEqual(['none']);
  });

  it('still reads "at" a known event as that event', () => {
    expect(ids(bay.ask('container queries at baycode'))).toEqual(['css']);
  });
});

describe('a talk asked for by its speaker’s possessive, its kind, or "filmed"', () => {
  const DOCK = 'dockside-2025';
  const dock = new Bot({
    events: [event(DOCK, 'Dockside 2025')],
    talks: [
      talk(DOCK, 'judge', 'Grading LLM output with LLMs', 'LLM judges; LLM rubrics', {
        speakers: [{ name: 'Jules Arden', company: 'Quaywise' }],
        links: [slides('https://example.org/judge.pdf')],
      }),
      talk(DOCK, 'opening', 'Shipping LLM features calmly', 'An LLM budget', {
        kind: 'Keynote',
        speakers: [{ name: 'Wren Ostby', company: 'Harbourline' }],
        links: [video('https://example.org/opening')],
      }),
      talk(DOCK, 'rust', 'Rust at the dock', 'Ownership', {
        speakers: [{ name: 'Ines Dale', company: 'Harbourline' }],
        links: [video('https://example.org/rust')],
      }),
      talk(DOCK, 'rust-2', 'Rust error types', 'Errors as values', {
        speakers: [{ name: 'Ari Holm', company: 'Quaywise' }],
      }),
    ],
  });

  it('finds the talk of a name ending in "s" asked with its possessive', () => {
    expect(ids(dock.ask('do you have the slides from Jules’s talk?'))).toEqual(['judge']);
    expect(ids(dock.ask("what was Jules's session about"))).toEqual(['judge']);
  });

  it('puts the keynote first for "the X keynote", though another talk says X more', () => {
    expect(ids(dock.ask('the video of the LLM keynote please'))[0]).toBe('opening');
  });

  it('reads "filmed" as recorded: the talks with a video', () => {
    expect(ids(dock.ask('which rust sessions got filmed?'))).toEqual(['rust']);
  });
});

describe('a word no talk has is not cut into a filler and a short word', () => {
  const SHED = 'shedconf-2016';
  const shed = new Bot({
    events: [event(SHED, 'Shedconf 2016')],
    talks: [
      talk(SHED, 'vms', 'Containers that act like VMs', 'Metadata proxies'),
      talk(SHED, 'oncall', 'Sharing the pager', 'The on-call rotation'),
    ],
  });

  it('keeps "react" whole: no match, not the talk that says "act"', () => {
    expect(ids(shed.ask('is there a talk on react'))).toEqual(['none']);
  });

  it('still reads "oncall" as "on call"', () => {
    expect(ids(shed.ask('oncall'))).toEqual(['oncall']);
  });
});

describe('subjects named in the other languages people ask in', () => {
  const LAGO = 'lagoconf-2025';
  const lago = new Bot({
    events: [event(LAGO, 'Lagoconf 2025')],
    talks: [
      talk(LAGO, 'debt', 'Tech debt with a price tag', 'A debt register', {
        speakers: [{ name: 'Rui Santos', company: 'Marebit' }],
      }),
      talk(LAGO, 'edge', 'Machine learning on a phone', 'Quantized models'),
      talk(LAGO, 'agents', 'AI agents in a sandbox', 'Budgets for tools'),
      talk(LAGO, 'loom', 'Virtual threads at work', 'Pinning', {
        speakers: [{ name: 'Lena Graf', company: 'Kairos' }],
      }),
      talk(LAGO, 'wcag', 'Accessibility audits', 'Screen readers in CI'),
    ],
  });

  it('finds tech debt asked as "dette technique", "deuda técnica" or "dívida técnica"', () => {
    expect(ids(lago.ask('une conférence sur la dette technique ?'))).toEqual(['debt']);
    expect(ids(lago.ask('¿alguna charla de deuda técnica?'))).toEqual(['debt']);
    expect(ids(lago.ask('quem falou de dívida técnica'))).toEqual(['debt']);
  });

  it('finds machine learning and AI asked in Spanish, Portuguese or French', () => {
    expect(ids(lago.ask('aprendizaje automático'))).toEqual(['edge']);
    expect(ids(lago.ask('palestras de IA?'))).toContain('agents');
  });

  it('reads "gesagt", "quelque chose", "algo" as asking, not as words to find', () => {
    expect(ids(lago.ask('Was hat Lena über Threads gesagt?'))).toEqual(['loom']);
    expect(ids(lago.ask('hay algo de accesibilidad web?'))).toEqual(['wcag']);
  });
});
