import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A list of a conference's recordings kept as paragraphs: each a talk's line ("Title by Name,
 * Company") over its video's address, sometimes the channel's name between them. Only the last two
 * paragraphs' talks were read, with the other talks' lines as their summaries. Written in that
 * shape with invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'videos/all.md', 'videos');
const brief = (talks: ReturnType<typeof read>['talks']) =>
  talks.map((t) => [
    t.title,
    t.speakers.map((s) => `${s.name}${s.company ? ` (${s.company})` : ''}`).join(', '),
    t.links.map((l) => l.kind).join(','),
  ]);

describe('paragraphs of a talk line over its video address', () => {
  it('reads each paragraph as a talk, its video the address under it', () => {
    const { talks } = read(
      'Paving Roads for Platform Teams by Inês Carvalho, Lumen Bank',
      'https://www.youtube.com/watch?v=aaaaaaaaaa1&list=PLxyz',
      '',
      'Lightning Talk - Tracing Without Tears by Omar Haddad',
      'https://www.youtube.com/watch?v=aaaaaaaaaa2&list=PLxyz',
      '',
      'Operators All the Way Down by Wen Li, Quarry Labs',
      'Cloud Native Computing Foundation',
      'https://www.youtube.com/watch?v=aaaaaaaaaa3&list=PLxyz',
    );
    expect(brief(talks)).toEqual([
      ['Paving Roads for Platform Teams', 'Inês Carvalho (Lumen Bank)', 'video'],
      ['Tracing Without Tears', 'Omar Haddad', 'video'],
      ['Operators All the Way Down', 'Wen Li (Quarry Labs)', 'video'],
    ]);
  });

  it('leaves one such paragraph among notes as notes', () => {
    const { talks } = read(
      '# Notes on observability',
      '',
      'Sampling is where most teams lose the interesting traces.',
      '',
      'A good intro to tail sampling by Omar Haddad',
      'https://www.youtube.com/watch?v=aaaaaaaaaa2',
    );
    expect(talks.map((t) => t.title)).not.toContain('A good intro to tail sampling');
  });
});
