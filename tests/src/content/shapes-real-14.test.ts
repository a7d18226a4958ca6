import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R14), written again with invented talks and people: talks as `#`
 * headings, each with `##` parts whose names repeat from talk to talk, though some parts carry
 * links or names that look like talks' evidence.
 */

describe('`#` talks whose `##` part names repeat', () => {
  const parsed = post(
    '# Building a tiny search engine',
    '',
    '## Training resources',
    '- the workshop repo has [exercises](https://example.com/repo)',
    '',
    '## Major Takeaways',
    '- inverted indexes are simple',
    '',
    '## Tokenizers',
    '- unicode is hard',
    '',
    '# Streams in practice',
    '',
    '## Major Takeaways',
    '- backpressure matters, [slides](https://example.com/streams.pdf)',
    '',
    '## Kafka',
    '- partitions',
    '',
    '# Caching at the edge',
    '- purge is the hard part',
    '',
    '# Debugging queues',
    '',
    '## Problem',
    '- lost messages',
    '',
    '## Solution 1: [Tracing](https://example.com/tracing)',
    '- ids at the edge',
    '',
    '## Solution 2: Replay with Ivo Marsh, Tern',
    '- store and replay',
  );

  it('reads each `#` heading as a talk and its `##` headings as its parts', () => {
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Building a tiny search engine',
      'Streams in practice',
      'Caching at the edge',
      'Debugging queues',
    ]);
  });

  it('keeps the parts in the talk notes', () => {
    const streams = parsed.talks.find((t) => t.title === 'Streams in practice');
    expect(JSON.stringify(streams?.notes)).toContain('backpressure matters');
    expect(JSON.stringify(streams?.notes)).toContain('partitions');
  });

  it('still reads topics over talks when the repeated name is a session', () => {
    const topics = post(
      '# Frontend',
      '',
      '## Keynote',
      '- big picture',
      '',
      '## Signals in depth by Ada Lind',
      '- fine grained',
      '',
      '# Backend',
      '',
      '## Keynote',
      '- more big picture',
      '',
      '## Queues by Bo Sten',
      '- at least once',
    );
    expect(topics.talks.map((t) => [t.title, t.topic])).toContainEqual(['Queues', 'Backend']);
  });
});
