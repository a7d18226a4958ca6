import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A Pelican post's metadata lines, no fences, over the notes. Invented post. */
const parse = (header: string[]) =>
  parseNotes(
    [
      ...header,
      '',
      'A single track again this year.',
      '',
      '# Day 1',
      '',
      '## Readable errors',
      'Nadia Okafor',
      '',
      'Error messages are documentation.',
    ].join('\n'),
    'blog/lantern-docs.md',
    'lantern-docs',
  );

describe('a Pelican metadata header', () => {
  it('titles the post and names its event, and is no note', () => {
    const parsed = parse([
      'Title: Lantern Docs: EU 2019',
      'Date: 2019-04-02',
      'Category: conferences',
    ]);
    expect(parsed.event.name).toBe('Lantern Docs: EU 2019');
    expect(parsed.talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Readable errors', ['Nadia Okafor']],
    ]);
    expect(JSON.stringify(parsed.talks)).not.toContain('Category');
  });

  it('is not read from a talk page’s labelled lines', () => {
    const parsed = parse(['Title: Readable errors', 'Speaker: Nadia Okafor']);
    expect(parsed.event.name).not.toBe('Readable errors');
  });
});
