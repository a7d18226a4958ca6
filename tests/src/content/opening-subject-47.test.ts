import { describe, expect, it } from 'vitest';
import { postSpeakers as speakersOf } from './shape-fixture.ts';

/**
 * A day's recap whose talk titles stand alone on their lines, each talk's notes opening with the
 * person who gave it doing something on stage (the shape of a real GOTO Aarhus 2014 post).
 * Invented conference and talks; the people are named from common given names.
 */
const DAY = [
  'How it went: Fjordconf Bergen – Day One',
  '',
  'So here I am in the speakers lounge writing about what is happening at Fjordconf. A brief resume of the talks I went to.',
  '',
  'Does the Terminal have a Future?',
  '',
  'Todays keynote by ex-fjordian Ingrid Solberg had a provoking title. Her take is that terminals evolve.',
  '',
  'Scaling Ferrygram',
  '',
  'My main take of this talk was to keep it simple. Log everything.',
  '',
  'Look, no Stubs! Functional TDD with OCaml',
  '',
  'Tomas Lindqvist tried to disprove that TDD is dead by showing how concise tests are in OCaml.',
  '',
  'Answering on time',
  '',
  'Daniel Berg talked about how a programmer should look outside the software box into the hardware.',
  '',
  'A Retake on the Manifesto',
  '',
  'A panel talk where the manifesto was revisited. Maria Aasen talked about how it came to be.',
];

describe('notes that open with the person who gave the talk doing something', () => {
  it('read that person as the speaker, under a title alone on its line', () => {
    expect(speakersOf(...DAY)).toEqual([
      ['Does the Terminal have a Future?', 'Ingrid Solberg'],
      ['Scaling Ferrygram', ''],
      ['Look, no Stubs! Functional TDD with OCaml', 'Tomas Lindqvist'],
      ['Answering on time', 'Daniel Berg'],
      // A panel's notes that name one panellist later name no speaker.
      ['A Retake on the Manifesto', ''],
    ]);
  });

  it('read that person under a heading too, in the present tense as well', () => {
    expect(
      speakersOf(
        '# Fjordconf 2031',
        '',
        '## Types at the edge',
        '',
        'Sofia Nyberg gives a tour of gradual typing in a large codebase.',
        '',
        '## Queues',
        '',
        'Peter Holm set out to show that an outbox beats two writes.',
      ),
    ).toEqual([
      ['Types at the edge', 'Sofia Nyberg'],
      ['Queues', 'Peter Holm'],
    ]);
  });

  it('name no one from a product or words that only look like a name', () => {
    expect(
      speakersOf(
        '# Fjordconf 2031',
        '',
        '## Builds',
        '',
        'Docker Compose gives every team the same local setup.',
        '',
        '## Streams',
        '',
        'Kafka Streams tried to keep state local to each partition.',
        '',
        '## Rewrites',
        '',
        'Big Rewrites covered half the talks this year.',
      ),
    ).toEqual([
      ['Builds', ''],
      ['Streams', ''],
      ['Rewrites', ''],
    ]);
  });
});
