import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "Apache Kafka: Streams in Practice" reads like "Jane Doe: Observability at scale" — two
 * capitalised words, a colon, a title — but names the field's term, not a person.
 */
describe('a term of the field before a heading colon', () => {
  const talks = () =>
    parseNotes(
      [
        '# DevConf 2024 notes',
        '',
        '## Apache Kafka: Streams in Practice',
        '',
        'Exactly-once is hard; idempotent producers help.',
        '',
        '## Service Mesh: Lessons Learned',
        '',
        'Istio and Linkerd compared, mTLS everywhere.',
        '',
        '## Jane Doe: Observability at scale',
        '',
        'Traces before logs.',
        '',
        '## Julia Evans: Debugging with curiosity',
        '',
        'Ask why the bug happened.',
      ].join('\n'),
      'devconf.md',
      'devconf',
    ).talks.map((talk) => [talk.title, talk.speakers.map((speaker) => speaker.name)]);

  it('keeps the whole heading as the title, with no speaker', () => {
    expect(talks()).toContainEqual(['Apache Kafka: Streams in Practice', []]);
    expect(talks()).toContainEqual(['Service Mesh: Lessons Learned', []]);
  });

  it('still reads a person before the colon, also one named like a language', () => {
    expect(talks()).toContainEqual(['Observability at scale', ['Jane Doe']]);
    expect(talks()).toContainEqual(['Debugging with curiosity', ['Julia Evans']]);
  });
});
