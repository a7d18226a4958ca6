import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Headings "Title, Speaker" whose title has a colon after words that could be a name. */

describe('a title with a colon in a post of "Title, Speaker" headings', () => {
  it('keeps the colon in the title and takes the name after the last comma', () => {
    const parsed = post(
      '# Fjordconf 2025',
      '',
      '### Queues by default, Ola Nordmann',
      '- backpressure',
      '',
      '### Kafka Streams: A Deep Dive, Ida Berg',
      '- state stores',
      '',
      '### Rubber Duck Debugging: Don’t Panic!, Anna Lind',
      '- explain it to the duck',
      '',
      '### Caches that forget, Bo Sten',
      '- eviction',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nordmann']],
      ['Kafka Streams: A Deep Dive', ['Ida Berg']],
      ['Rubber Duck Debugging: Don’t Panic!', ['Anna Lind']],
      ['Caches that forget', ['Bo Sten']],
    ]);
  });

  it('still reads "Speaker: Title" where the title ends with no name', () => {
    const parsed = post(
      '# Fjordconf 2025',
      '',
      '### Ola Nordmann: Queues by default',
      '- backpressure',
      '',
      '### Ida Berg: Streams, tables and you',
      '- state stores',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nordmann']],
      ['Streams, tables and you', ['Ida Berg']],
    ]);
  });
});
