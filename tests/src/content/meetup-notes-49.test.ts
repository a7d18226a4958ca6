import { describe, expect, it } from 'vitest';
import { post, shape, who } from './shape-fixture.ts';

/**
 * A meetup's notes with talks lettered A., B., C., each over bullets (the shape of a real data
 * meetup's notes README), and the author's list of things to look up at the end. Invented people.
 */
describe('a lettered meetup post', () => {
  const { talks } = shape('lettered-meetup');

  it('reads "speaker: CTO and co-founder of Streamlake" as no name, the company kept', () => {
    const talk = talks.find((t) => t.title === 'Why real-time analytics is hard');
    expect(talk?.speakers).toEqual([{ company: 'Streamlake' }]);
  });

  it('reads a first bullet "Sarah Holt, Brightloom" as the speaker, not a note', () => {
    const talk = talks.find((t) => t.title === 'The lifecycle of a data engineer');
    expect(who(talk)).toEqual(['Sarah Holt @ Brightloom']);
    expect(talk?.summary).not.toContain('Sarah Holt');
  });

  it('leaves a first bullet of two technologies a note', () => {
    const talk = talks.find((t) => t.title === 'Serving features at scale');
    expect(talk?.speakers).toEqual([]);
    expect(talk?.summary).toContain('Service Mesh, Istio');
  });

  it('reads "## To Google" as the author\'s list, not a talk', () => {
    expect(talks.map((t) => t.title)).toEqual([
      'Ranking ads with calibrated models',
      'Why real-time analytics is hard',
      'The lifecycle of a data engineer',
      'Serving features at scale',
    ]);
  });
});

describe('a talk heading whose title the author did not catch', () => {
  it('is no talk titled "Title missing"', () => {
    const { talks, problems } = post(
      '# Respond notes',
      '',
      '## Day One',
      '',
      '### Fluid type in practice - Ines Moreau, Designer at Lumen',
      '',
      '- clamp() is enough',
      '',
      '### Title missing',
      '',
      'Twitter - @kimv',
      '',
      '- viewport units scale type',
      '',
      '### Secure by default - Rachel Ortiz, UX Designer at Fernweh',
      '',
      '- users are not the weakest link',
    );
    expect(talks.map((t) => t.title)).toEqual(['Fluid type in practice', 'Secure by default']);
    expect(problems.map((p) => p.message)).toContain('talk heading has no title');
  });

  it('keeps "Untitled" with its speaker and slides as a talk', () => {
    const { talks } = post(
      '# Notes',
      '',
      '## Untitled — Ines Moreau',
      '',
      '[Slides](https://speakerdeck.com/imoreau/untitled)',
      '',
      '- a talk about naming things',
    );
    expect(talks.map((t) => t.title)).toEqual(['Untitled']);
  });
});

describe('a heading of a title, a session kind and a track between bars', () => {
  it('names no speaker "Deep Dive", and the talk is a deep dive', () => {
    const { talks } = post(
      '# Streamconf',
      '',
      '## Kafka Streams | Deep Dive | Track A',
      '',
      'Streams are tables in motion.',
      '',
      '## Schema Registries | Workshop | Track B',
      '',
      'Compatibility modes, hands on.',
    );
    expect(talks.map((t) => [t.title, t.speakers.length, t.kind])).toEqual([
      ['Kafka Streams', 0, 'Deep dive'],
      ['Schema Registries', 0, 'Workshop'],
    ]);
  });

  it('still reads "Title | Jane Doe | Main stage" as the title by that person', () => {
    const { talks } = post(
      '# Streamconf',
      '',
      '## Paved Roads | Maren Aasen | Main stage',
      '',
      'Golden paths.',
      '',
      '## Boring Deploys | Kelvin Osei | Track B',
      '',
      'Deploy on Fridays.',
    );
    expect(talks.map((t) => [t.title, who(t)?.join()])).toEqual([
      ['Paved Roads', 'Maren Aasen'],
      ['Boring Deploys', 'Kelvin Osei'],
    ]);
  });
});
