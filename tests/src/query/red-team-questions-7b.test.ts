import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * Red-team round R, continued: typos by ear, a Go conference by its name, vague memories, broad
 * subjects, paraphrases of everyday words, an aspect no talk has, tracks, kinds of company.
 */

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
