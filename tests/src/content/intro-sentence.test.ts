import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Prose recaps open each talk by naming it ("Then I watched Title by Name."). A card shows the
 * title and speaker already: the summary starts with what the talk said. Invented talks and people.
 */
describe('a summary after the sentence that only names the talk', () => {
  const { talks } = post(
    '# HarbourConf 2024, day 1',
    '',
    'After the opening, I attended "Zig is a MetaCompiler" by Daniel Okoro. He showed comptime generics and build scripts in Zig.',
    '',
    'Then I watched Queues Without Tears by Mira Halden.',
    '',
    '- Backpressure is a contract between producer and consumer',
    '- Dead-letter queues need owners',
    '',
    'Then I watched "Kafka at Scale" by Jo Park, about running three hundred brokers. It was packed.',
    '',
    'Next I attended "Lessons from Lunar Ops" by Ana Ruiz.',
  );
  const summary = (title: string) => talks.find((t) => t.title === title)?.summary;

  it('starts with what the talk said; the notes keep the sentence', () => {
    expect(summary('Zig is a MetaCompiler')).toBe(
      'He showed comptime generics and build scripts in Zig.',
    );
    const notes = JSON.stringify(talks.find((t) => t.title === 'Zig is a MetaCompiler')?.notes);
    expect(notes).toContain('I attended');
    expect(summary('Queues Without Tears')).toMatch(/^Backpressure is a contract/);
  });

  it('keeps a first sentence that says more than who and what, and one that is all there is', () => {
    expect(summary('Kafka at Scale')).toMatch(/^Then I watched "Kafka at Scale" by Jo Park, about/);
    expect(summary('Lessons from Lunar Ops')).toBe(
      'Next I attended "Lessons from Lunar Ops" by Ana Ruiz.',
    );
  });
});
