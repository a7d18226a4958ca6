import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

/**
 * Red-team round R: questions typed as people type them in chat, each class on invented notes:
 * everyday words around a subject, and follow-ups that point at an answer the bot never kept.
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

describe('a typo by ear, and the end of an event asked with "a"', () => {
  const [FJORD, DAY] = ['fjordjava-2024', '2024-05-02'];
  const fjord = new Bot({
    events: [event(FJORD, 'Fjordjava 2024', { dates: DAY })],
    talks: [
      talk(FJORD, 'quarkus', 'Quarkus on a budget', 'Native builds', { date: DAY, time: '09:00' }),
      talk(FJORD, 'loom', 'Loom in practice', 'Virtual threads', { date: DAY, time: '11:00' }),
      talk(FJORD, 'wrap', 'What we learned this year', 'Retrospective', {
        date: DAY,
        time: '16:00',
      }),
    ],
  });

  it('corrects a consonant heard as another ("quarcus"), saying so', () => {
    const answer = fjord.ask('quarcus');
    expect(ids(answer)).toEqual(['quarkus']);
    expect(
      answer.kind === 'talks' && answer.scope.kind === 'search' && answer.scope.correctedFrom,
    ).toBe('quarcus');
  });

  it('reads "was there a closing talk" as the last talk, not a search', () => {
    expect(ids(fjord.ask('was there a closing talk at fjordjava?'))[0]).toBe('wrap');
  });
});

describe('a conference named for Go by its capitals', () => {
  const [GO, LIVE] = ['gonorth-2025', 'golive-2025'];
  const named = new Bot({
    events: [event(GO, 'GoNorth 2025'), event(LIVE, 'Go Live Summit 2025')],
    talks: [
      talk(GO, 'fuzz', 'Fuzzing in Go', 'Seed corpora'),
      talk(GO, 'slog', 'Structured logging with slog', 'Handlers; levels'),
      talk(LIVE, 'launch', 'Launch checklists', 'Feature flags; rollbacks'),
    ],
  });

  it('lists the other talks of GoNorth for "go talks", after those that say Go', () => {
    expect(ids(named.ask('any talks about golang?'))).toEqual(['fuzz', 'slog']);
  });
});

describe('a vague memory of two details, against one word in another talk’s title', () => {
  const MILL = 'millconf-2024';
  const mill = new Bot({
    events: [event(MILL, 'Millconf 2024')],
    talks: [
      talk(MILL, 'survey', 'The survey we ran twice', 'Build times; six months apart'),
      talk(MILL, 'kiln', 'Firmware for a pottery oven', 'The kiln controller has run for a year'),
    ],
  });

  it('puts the talk with both details first', () => {
    expect(ids(mill.ask('something about a kiln that ran for a year?'))[0]).toBe('kiln');
  });
});

describe('broad subjects by what their talks are about', () => {
  const ROW = 'rowconf-2024';
  const row = new Bot({
    events: [event(ROW, 'Rowconf 2024')],
    talks: [
      talk(ROW, 'interviews', 'How we hire now', 'Work samples; a rubric'),
      talk(ROW, 'buddies', 'Onboarding buddies', 'A 30-60-90 plan'),
      talk(ROW, 'airflow', 'Leaving Airflow', 'Assets instead of tasks'),
      talk(ROW, 'images', 'Faster image resizing', 'The image pipeline on four cores'),
      talk(ROW, 'diversity', 'Sourcing candidates', 'A wider pipeline of applicants'),
    ],
  });

  it('finds the hiring and onboarding talks for "engineering culture", which no talk says', () => {
    expect(ids(row.ask('anything about engineering culture?')).sort()).toEqual([
      'buddies',
      'interviews',
    ]);
  });

  it('puts the data talks before talks that say "pipeline" of something else', () => {
    expect(ids(row.ask('data engineering'))[0]).toBe('airflow');
  });
});

describe('a paraphrase of everyday words, none of them the subject', () => {
  const KEEL = 'keelconf-2024';
  const keel = new Bot({
    events: [event(KEEL, 'Keelconf 2024')],
    talks: [
      talk(KEEL, 'debt', 'Tech debt as a product decision', 'A debt register; cost of delay'),
      talk(KEEL, 'hello', 'Tiny binaries', 'A hello world of 10 MB; less is more'),
      talk(KEEL, 'vectors', 'Vectors in Postgres', 'It only won on filtered search'),
      talk(KEEL, 'slo', 'Our SLOs lied', 'Burn rate alerts'),
      talk(
        KEEL,
        'skip',
        'Managing managers',
        'Skip-level one-on-ones every six weeks; 1 hour each',
      ),
    ],
  });

  it('answers "no match", not the talks that say one of the words in passing', () => {
    expect(ids(keel.ask('who won the football world cup?'))).toEqual(['none']);
    expect(ids(keel.ask('the one about tidying up messy old code'))).toEqual(['none']);
  });

  it('still finds the talk of the word beside a misspelt hyphenated one ("pasword-less login")', () => {
    expect(ids(keel.ask('passwrd-less alerts'))[0]).toBe('slo');
  });

  it('still finds the one talk of the one subject word beside a number ("1:1s")', () => {
    expect(ids(keel.ask('the one about skip-level 1:1s?'))).toEqual(['skip']);
  });

  it('still finds a talk with one of the words in its title, or with two of them', () => {
    expect(ids(keel.ask('any advice on SLOs or a hello world?')).sort()).toEqual(['hello', 'slo']);
  });
});

describe('a short form and an aspect no talk has', () => {
  const HEAP = 'heapconf-2022';
  const heap = new Bot({
    events: [event(HEAP, 'Heapconf 2022')],
    talks: [
      talk(HEAP, 'collectors', 'Garbage collectors side by side', 'G1; ZGC; pauses'),
      talk(HEAP, 'lora', 'Fine-tuning on a laptop', 'LoRA adapters'),
    ],
  });

  it('answers "GC tuning" with the garbage collector talk, saying it left "tuning" out', () => {
    const answer = heap.ask('any gc tuning talks?');
    expect(ids(answer)).toEqual(['collectors']);
    expect(answer.kind === 'talks' && answer.scope.dropped).toBe('tuning');
  });
});

describe('a track named by one of the words of its joined topic', () => {
  const [WAVE, NORD] = ['wavecamp-2024', 'nordweb-2023'];
  const wave = new Bot({
    events: [event(WAVE, 'Wavecamp 2024'), event(NORD, 'Nordweb 2023')],
    talks: [
      talk(NORD, 'rsc', 'Server components', 'Streaming HTML', { topic: 'Frontend' }),
      talk(WAVE, 'css', 'Cascade layers', 'Frontend CSS at scale', { topic: 'Frontend & Mobile' }),
      talk(WAVE, 'kmp', 'Kotlin Multiplatform', 'Shared logic for iOS', {
        topic: 'Frontend & Mobile',
      }),
      talk(WAVE, 'slo', 'SLOs that lie', 'Burn rates', { topic: 'Platform' }),
    ],
  });

  it('lists the whole track for "the frontend track", and the frontend talks for "frontend talks"', () => {
    expect(ids(wave.ask('what was on the wavecamp frontend track?')).sort()).toEqual([
      'css',
      'kmp',
    ]);
    expect(ids(wave.ask('frontend talks at wavecamp'))).toEqual(['css']);
  });
});

describe('a kind of company its name says in another language', () => {
  const QUAY = 'quaytalks-2022';
  const quay = new Bot({
    events: [event(QUAY, 'Quaytalks 2022')],
    talks: [
      talk(QUAY, 'spring', 'Spring upgrades', 'Jakarta packages', {
        speakers: [{ name: 'Jonas Fromm', company: 'Nordsee Versicherung' }],
      }),
      talk(QUAY, 'kafka', 'Kafka at a shipyard', 'Streams', {
        speakers: [{ name: 'Pia Lund', company: 'Werftdata' }],
      }),
    ],
  });

  it('finds the insurer’s talk for "insurance" and "insurers"', () => {
    expect(ids(quay.ask('insurance'))).toEqual(['spring']);
    expect(ids(quay.ask('anything by insurers?'))).toEqual(['spring']);
  });
});
