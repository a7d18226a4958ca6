import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A numbered list of the talks the author saw, each a title and the author's comment, under a
 * line that says these are the talks; and numbered lists that are no talks. Invented posts.
 */
const parsed = (markdown: string) => parseNotes(markdown, 'blog/ember-summit.md', 'post').talks;
const talksOf = (markdown: string) =>
  parsed(markdown).map((t) => [t.title, t.speakers.map((s) => s.name)]);

const post = (lead: string, items: string[]) =>
  ['---', 'title: EmberSummit 2021 notes', '---', '', lead, '', 'Morning:', '', ...items].join(
    '\n',
  );

const commented = [
  '1. Opening keynote by Ingrid! [video](https://example.org/v/1)',
  '2. Tending Legacy Orchards — a gentle talk about old code bases, with many photos of trees.',
  '3. Lockfiles all the way down: surprisingly deep and I learned a lot about resolvers.',
  '4. Paving the Cowpaths [slides](https://example.org/s/4) The speaker compared build tools.',
  '5. Quiet queues',
  '6. Designing for Night Shifts This talk was the best of the day, full of pager stories.',
];

describe('a numbered list of talks with the author’s comments', () => {
  it('reads each title, its comment as notes, "Keynote by Name" as the person', () => {
    const talks = parsed(post('Sessions I went to, with a few words on each:', commented));
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Opening keynote', ['Ingrid']],
      ['Tending Legacy Orchards', []],
      ['Lockfiles all the way down', []],
      ['Paving the Cowpaths', []],
      ['Quiet queues', []],
      ['Designing for Night Shifts', []],
    ]);
    const notes = talks.map((t) => t.notes.map((n) => n.text).join(' '));
    expect(notes[1]).toContain('gentle talk about old code bases');
    expect(notes[3]).toBe('The speaker compared build tools.');
    expect(notes[5]).toContain('This talk was the best of the day');
  });

  it('reads quoted titles without a line saying these are talks', () => {
    const talks = talksOf(
      post('Here is what stuck with me.', [
        '1. "Tending Legacy Orchards" — old code bases and trees.',
        '2. "Lockfiles All the Way Down": deep and good.',
        '3. “Paving The Cowpaths” – the speaker compared build tools.',
      ]),
    );
    expect(talks.map(([title]) => title)).toEqual([
      'Tending Legacy Orchards',
      'Lockfiles All the Way Down',
      'Paving The Cowpaths',
    ]);
  });

  it('reads no talks from a talk’s takeaways in bold or in Title Case', () => {
    const takeaways = [
      '1. **Measure Before Tuning** — profilers lie less than intuition.',
      '2. **Cache Invalidation Is Policy** — decide who owns it.',
      '3. Small Batches Win: deploy daily.',
    ];
    expect(talksOf(post('My three takeaways.', takeaways))).toEqual([]);
  });

  it('reads no talks from numbered advice or steps', () => {
    const advice = [
      '1. Bring a charger: the hall has few sockets.',
      '2. Arrive early — the queue for badges is long.',
      '3. Drink water',
    ];
    expect(talksOf(post('Some tips for next year.', advice))).toEqual([]);
    const sentences = [
      '1. Write tests first and refactor later when things are calmer.',
      '2. Keep your pull requests small, reviewers will thank you.',
      '3. Read the changelog before every upgrade you make.',
    ];
    expect(talksOf(post('Talks I went to:', sentences))).toEqual([]);
  });
});
