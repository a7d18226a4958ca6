import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A product or a technology named where a speaker may stand: after a heading's dash, alone on a
 * talk's first line, as the subject of its first sentence. Invented conference, people and talks;
 * real products.
 */
const names = (parsed: ReturnType<typeof post>) =>
  parsed.talks.map((t) => t.speakers.map((s) => s.name));

describe('a product’s name where a speaker’s would stand', () => {
  it('is no speaker after the dash of a post whose dashes name speakers', () => {
    const parsed = post(
      '# Harbourconf 2031',
      '',
      '## Going Reactive - Spring Boot',
      '',
      '- WebFlux everywhere',
      '',
      '## Testing with Joy - Jane Doe',
      '',
      '- Property tests',
      '',
      '## Clean Code at Scale - Mark Smith',
      '',
      '- Small functions',
    );
    expect(names(parsed)).toEqual([[], ['Jane Doe'], ['Mark Smith']]);
    expect(parsed.talks[0]?.title).toMatch(/Going Reactive/);
  });

  it('is no speaker alone on the first line, or as the notes’ first subject', () => {
    const parsed = post(
      '# Harbourconf 2031',
      '',
      '## Streams in Practice',
      '',
      'Apache Kafka',
      '',
      'is the backbone of the platform.',
      '',
      '## Service Meshes Explained',
      '',
      'Service Mesh, Istio',
      '',
      'Sidecars everywhere.',
      '',
      '## Fast Startup',
      '',
      'Google Cloud gave us a tour of cold starts.',
    );
    expect(names(parsed)).toEqual([[], [], []]);
  });

  it('still lets a person bear a word of a product, their given name first', () => {
    const parsed = post(
      '# Harbourconf 2031',
      '',
      '## Streams in Practice',
      '',
      'Julia Kafka',
      '',
      'Partitions matter.',
    );
    expect(names(parsed)).toEqual([['Julia Kafka']]);
  });
});
