import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A talk's notes opening with its speaker's name and what they spoke on, the name named nowhere
 * else: "Charity Majors on why…", "Dave Thomas shared how…". Public speakers; invented notes.
 */
describe('a speaker named only in the opening of the notes', () => {
  it('is read from a given name, or where the notes go on about a person', () => {
    const { talks } = post(
      '# Notes from DevOpsDays Riverton 2031',
      '',
      '## Observability is a team sport',
      '',
      'Charity Majors on why observability is not monitoring with a new name. She argued that high-cardinality events beat dashboards.',
      '',
      '- Instrument the code you ship',
      '',
      '## The Pragmatic Path',
      '',
      'Dave Thomas shared how agile lost its way and what developers can do about it.',
      '',
      '- Small steps, fast feedback',
      '',
      '## Hiring for platform teams',
      '',
      'Kelsey Okafor on how to hire generalists. Okafor has hired forty engineers in two years.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Observability is a team sport', ['Charity Majors']],
      ['The Pragmatic Path', ['Dave Thomas']],
      ['Hiring for platform teams', ['Kelsey Okafor']],
    ]);
  });

  it('is no product or topic opening the notes', () => {
    const { talks } = post(
      '# Notes from DevOpsDays Riverton 2031',
      '',
      '## Kafka Streams in practice',
      '',
      'Kafka Streams on a small cluster can handle more than you think. The team replaced a batch job.',
      '',
      '## Event sourcing, for real',
      '',
      'Event Sourcing on how it fails in practice: the projections drift. Teams rebuild them weekly.',
      '',
      '## Cloud costs',
      '',
      'Spot Instances explained why the bill halved. It was mostly batch work.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Kafka Streams in practice', []],
      ['Event sourcing, for real', []],
      ['Cloud costs', []],
    ]);
  });
});

describe('"In this talk, Jane Roe explains …" in the notes', () => {
  it('names the speaker, not a topic doing something', () => {
    const { talks } = post(
      '# The tech talks you must watch',
      '',
      '## Deliberate Practice in Software Development',
      '',
      'Have you heard of the 10-year rule? In this talk, Mary Poppendieck makes an analysis of that theory.',
      '',
      '## Simple Made Easy',
      '',
      'In this talk, Rich Hickey explains the difference between simple and easy.',
      '',
      '## Event-driven everything',
      '',
      'In this talk, Event Sourcing gets the blame for every outage.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Deliberate Practice in Software Development', ['Mary Poppendieck']],
      ['Simple Made Easy', ['Rich Hickey']],
      ['Event-driven everything', []],
    ]);
  });
});
