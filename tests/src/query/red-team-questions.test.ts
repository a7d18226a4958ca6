import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import { listNotes, listTitle } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { ids, slides, talk, video } from './library-fixture.ts';

/**
 * Questions a red team asked that the notes answered wrongly: a link filter that kept one link,
 * advice read as keywords, a negation searched, stray words matched, a speaker before "after",
 * one unknown word emptying a question, chat-speak, comparisons, titles, quoted sayings.
 */

const KUBE = 'kubefest-2019';
const DATA = 'dataconf-2024';

const library: Library = {
  events: [
    {
      id: KUBE,
      name: 'KubeFest 2019',
      tags: [],
      topics: ['Kubernetes', 'SRE'],
      file: `${KUBE}.md`,
      dates: '2019-09-24..2019-09-25',
    },
    { id: DATA, name: 'DataConf 2024', tags: [], topics: ['AI', 'Testing'], file: `${DATA}.md` },
  ],
  talks: [
    talk(KUBE, 'keynote', 'Ten years of containers', 'Borg taught us declarative APIs', {
      topic: 'Kubernetes',
      kind: 'Keynote',
      date: '2019-09-24',
      day: 'Day 1',
      time: '09:00–09:45',
      speakers: [{ name: 'Kelsey Tran', company: 'Google' }],
      links: [video('https://video.example/key')],
    }),
    talk(KUBE, 'tenancy', 'Multi-tenant clusters', 'Namespaces are not a security boundary', {
      topic: 'Kubernetes',
      date: '2019-09-24',
      day: 'Day 1',
      time: '10:00–10:45',
      speakers: [{ name: 'Priya Natarajan', company: 'Zalando' }],
      links: [slides('https://slides.example/ten'), video('https://video.example/ten')],
    }),
    talk(KUBE, 'prometheus', 'Prometheus with Thanos', 'Long-term storage of metrics', {
      topic: 'SRE',
      date: '2019-09-24',
      day: 'Day 1',
      time: '11:00–11:45',
      speakers: [{ name: 'Lars Eriksen', company: 'Spotify' }],
      links: [slides('https://slides.example/prom')],
    }),
    talk(KUBE, 'oncall', 'On-call without burnout', 'Page on symptoms not causes; rotations', {
      topic: 'SRE',
      date: '2019-09-25',
      day: 'Day 2',
      time: '09:00–09:45',
      speakers: [{ name: 'Priya Natarajan', company: 'Zalando' }],
    }),
    talk(KUBE, 'secrets', 'Secrets done right', 'Use Vault or sealed secrets; rotate them', {
      topic: 'Kubernetes',
      date: '2019-09-25',
      day: 'Day 2',
      time: '10:00–10:45',
    }),
    talk(DATA, 'rag', 'Retrieval-augmented generation', 'Chunking matters; rerank the results', {
      topic: 'AI',
      speakers: [{ name: 'Aisha Rahman', company: 'Meta' }],
      links: [slides('https://slides.example/rag'), video('https://video.example/rag')],
    }),
    talk(DATA, 'tuning', 'Fine-tuning small models', 'LoRA adapters; distillation', {
      topic: 'AI',
      speakers: [{ name: 'Priya Natarajan', company: 'Zalando' }],
    }),
    talk(
      DATA,
      'guardrails',
      'Guardrails for LLM apps',
      'Prompt injection is the new SQL injection',
      {
        topic: 'AI',
      },
    ),
    talk(DATA, 'ml-tests', 'Machine learning for test selection', 'Predict which tests fail', {
      topic: 'Testing',
    }),
    talk(DATA, 'flaky', 'Flaky tests are a product problem', 'Quarantine flaky tests; testing', {
      topic: 'Testing',
    }),
    talk(DATA, 'kafka', 'Kafka is not a database', 'Kafka topics are logs; compaction', {}),
  ],
};

const bot = new Bot(library);
const title = (answer: Answer) => (answer.kind === 'talks' ? listTitle(answer) : answer.kind);
const notes = (answer: Answer) => (answer.kind === 'talks' ? listNotes(answer).join(' ') : '');
const noneTitle = (answer: Answer) => (answer.kind === 'none' ? noneTexts(answer).title : '');

describe('both slides and video', () => {
  it('lists only the talks with both links, titled so', () => {
    const both = bot.ask('which talks have both slides and video?');
    expect(ids(both).sort()).toEqual(['rag', 'tenancy']);
    expect(title(both)).toBe('2 talks with slides and a video');
    expect(ids(bot.ask('talks with slides and a video at kubefest'))).toEqual(['tenancy']);
  });

  it('titles talks with neither by what was understood', () => {
    expect(title(bot.ask('which talks have neither slides nor video'))).toBe(
      '7 talks without slides or video',
    );
  });
});

describe('advice the notes cannot give', () => {
  it('says the notes rate no talk, and still lists the topic named', () => {
    const first = bot.ask('which kubernetes talk should I watch first');
    expect(ids(first).sort()).toEqual(['keynote', 'secrets', 'tenancy']);
    expect(notes(first)).toMatch(/do not rate or rank talks/);
  });

  it('answers "the best talk" with a way in and "30 minutes" with what the notes lack', () => {
    // No subject: a talk of each topic to start with, under what the notes lack.
    expect(notes(bot.ask("what's the best talk?"))).toMatch(/do not rate or rank/);
    expect(notes(bot.ask('must-see talks'))).toMatch(/do not rate or rank/);
    // Every talk's slot here is 45 minutes: none fits in 30.
    expect(noneTitle(bot.ask('what should I watch if I only have 30 minutes?'))).toMatch(
      /No talk’s time slot in the notes is of that length/,
    );
    expect(noneTitle(bot.ask('talks for managers'))).toMatch(/whom a talk is for/);
  });
});

describe('questions about the notes as a whole', () => {
  it('says what the notes never record', () => {
    expect(noneTitle(bot.ask('how much did the tickets cost?'))).toMatch(/ticket prices/);
    expect(noneTitle(bot.ask("what's on today?"))).toMatch(/on today/);
  });

  it('counts speakers and companies, and names who spoke most', () => {
    expect(notes(bot.ask('how many speakers were there?'))).toMatch(
      /^4 speakers: Priya Natarajan \(3 talks\), Aisha/,
    );
    expect(notes(bot.ask('what companies presented?'))).toMatch(
      /^4 companies: Zalando \(3 talks\), Google/,
    );
    // The company with the most talks (all Priya's), counted by talks or by speakers as asked.
    for (const asked of ['which company had the most talks?', 'most represented company']) {
      expect(notes(bot.ask(asked)), asked).toMatch(/^1 company: Zalando \(3 talks\)\.$/);
      expect(ids(bot.ask(asked)).sort(), asked).toEqual(['oncall', 'tenancy', 'tuning']);
    }
    // Naming no one, that is the answer's title, never "0 talks for …".
    const none = bot.ask('which company sent the most speakers?');
    expect(none.kind === 'talks' && listTitle(none)).toBe('No company sent more than one speaker.');
    expect(notes(none)).not.toMatch(/No company/);
    const most = bot.ask('who spoke most often?');
    expect(ids(most).sort()).toEqual(['oncall', 'tenancy', 'tuning']);
    expect(notes(bot.ask('which speakers spoke at more than one conference?'))).toMatch(
      /^1 speaker: Priya Natarajan \(2 events\)/,
    );
  });

  it('shows an event for how long it ran, and the events for which year had most talks', () => {
    expect(bot.ask('how long was kubefest')).toMatchObject({ kind: 'events' });
    expect(bot.ask('which year had the most talks')).toMatchObject({ kind: 'events' });
  });
});

describe('before, after and the same day', () => {
  it('finds the talk after a speaker’s talk on the day named', () => {
    expect(ids(bot.ask('who spoke after Priya on day 1'))).toEqual(['prometheus']);
  });

  it('lists the other talks of the keynote’s day', () => {
    expect(ids(bot.ask('what was on the same day as the keynote at kubefest'))).toEqual([
      'tenancy',
      'prometheus',
    ]);
  });
});

describe('negations, comparisons and quotes', () => {
  it('leaves out what "don’t use" names', () => {
    expect(ids(bot.ask("testing talks that don't use machine learning"))).toEqual(['flaky']);
  });

  it('lists both sides of a comparison', () => {
    expect(ids(bot.ask('RAG vs fine-tuning')).sort()).toEqual(['rag', 'tuning']);
    expect(ids(bot.ask('compare the RAG talk and the fine-tuning talk')).sort()).toEqual([
      'rag',
      'tuning',
    ]);
  });

  it('finds the talk whose notes have a quoted saying', () => {
    expect(
      ids(bot.ask('the talk where they said "prompt injection is the new SQL injection"')),
    ).toEqual(['guardrails']);
  });
});

describe('words of the asking, and chat-speak', () => {
  it('searches the subject without "intro", "deep dive" or "any advice"', () => {
    expect(ids(bot.ask('intro to kafka'))).toEqual(['kafka']);
    expect(ids(bot.ask('kafka deep dive'))).toEqual(['kafka']);
    expect(ids(bot.ask('our flaky tests are a mess, any advice?'))).toEqual(['flaky']);
  });

  it('finds the talk when one word of a longer question is in no talk', () => {
    expect(ids(bot.ask('how do we rotate hashicorp secrets'))).toEqual(['secrets']);
  });

  it('says which word no talk has, under the talks the other words found', () => {
    const answer = bot.ask('talks with slides');
    if (answer.kind !== 'talks') throw new Error('expected talks');
    const said = { ...answer, scope: { ...answer.scope, unmatched: ['hashicorp'] } };
    expect(listNotes(said)[0]).toBe(
      'No talk mentions “hashicorp”: these are the talks for the other words.',
    );
  });

  it('reads chat-speak as the words it stands for', () => {
    expect(ids(bot.ask('any1 talk abt rag??'))).toEqual(['rag']);
    expect(ids(bot.ask('pls send slides 4 kafka talk'))).toEqual(['kafka']);
    expect(ids(bot.ask('facebook talks'))).toEqual(['rag']);
  });

  it('answers chat with the help, not with "no talk matches"', () => {
    for (const said of ['more', "lol that's not what I meant", "you're a good bot"])
      expect(bot.ask(said).kind).toBe('help');
  });

  it('reads a pasted paragraph for its subject, not as a question about an earlier answer', () => {
    const paragraph =
      'So we had an incident last night where our alerts fired on causes instead of symptoms and everyone got paged at 3am. Was there a talk about on-call that I could share with the team?';
    expect(ids(bot.ask(paragraph))[0]).toBe('oncall');
  });
});
