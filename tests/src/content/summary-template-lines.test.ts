import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A shared notes template filled in by several people ("Summary By: [YOUR NAME HERE]" under
 * each talk), and Japanese notes written with the full-width full stop "．": the summary is
 * what the talk was about, in the notes' own punctuation. Invented talks in those shapes.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');
const summaries = (...lines: string[]) => read(...lines).talks.map((talk) => talk.summary);

describe('who wrote the notes up', () => {
  it('is no part of the summary, named or left as the template has it', () => {
    const [first, second] = summaries(
      '# OrchardJS 2031',
      '',
      '### Typed streams in the browser',
      '* Ana Ribeiro',
      '* Summary By: [YOUR NAME HERE]',
      '',
      '> Backpressure without a framework: readable streams and a typed pipe.',
      '',
      '### Packaging for three runtimes',
      '* Tom Varga',
      '* Summary by: Lena Ortiz',
      '* One build, export maps, and a test matrix per runtime.',
    );
    expect(first).toBe('Backpressure without a framework: readable streams and a typed pipe.');
    expect(second).toBe('One build, export maps, and a test matrix per runtime.');
  });

  it('still leaves a talk about summaries its summary', () => {
    const [only] = summaries(
      '# OrchardJS 2031',
      '',
      '### Summaries by machine',
      '* Ana Ribeiro',
      '* Summary by a language model: cheap, and wrong one time in ten.',
    );
    expect(only).toContain('Summary by a language model');
  });
});

describe('Japanese notes ended with a full-width full stop', () => {
  it('get no second full stop after each sentence', () => {
    const [only] = summaries(
      '# 果樹園カンファレンス 2031',
      '',
      '### 型付きストリーム',
      '',
      'ブラウザだけで背圧を扱う話でした．',
      '',
      '型の付いたパイプが便利です．',
    );
    expect(only).not.toMatch(/．\./);
    expect(only).toContain('ブラウザだけで背圧を扱う話でした．');
  });
});
