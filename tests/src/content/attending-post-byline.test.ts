import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A blog post about going to a conference, with its author's byline. Invented post. */
const post = (sections: string[]) =>
  parseNotes(
    [
      '# Going to Harbourconf',
      '',
      'by Mira Okafor',
      '',
      'I spent three days at the conference and learned a lot.',
      '',
      ...sections,
    ].join('\n'),
    'blog/harbourconf.md',
    'harbourconf',
  ).talks;

describe('a post about going to a conference, under its author’s byline', () => {
  it('is no talk given by its author when it has a travel, venue or food section', () => {
    const talks = post([
      '## Getting there',
      '',
      'The train from the airport takes twenty minutes.',
      '',
      '## Start with a laugh',
      '',
      'Everything is better if you start with a laugh.',
    ]);
    expect(talks.map((t) => t.title)).not.toContain('Going to Harbourconf');
    expect(talks.flatMap((t) => t.speakers.map((s) => s.name))).not.toContain('Mira Okafor');
  });

  it('is still one talk’s notes where its sections are the talk’s parts', () => {
    const talks = post([
      '## Why it matters',
      '',
      '- Caches lie',
      '',
      '## Takeaways',
      '',
      '- Measure',
    ]);
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Going to Harbourconf', ['Mira Okafor']],
    ]);
  });
});
