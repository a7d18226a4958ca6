import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes repositories (R12b), written again with invented talks and people: a file
 * per talk with no heading, named as the next talk of a numbered series; talks counted by letters.
 */

const file = (name: string, text: string) => parseNotes(text, `Day 2/${name}`, 'notes');

describe('a file with no heading named as the next talk of a numbered series', () => {
  it('is that talk, titled by its name without the day and the number', () => {
    const parsed = file(
      'Day 2 - 04 - Offline sync with CRDTs.md',
      'https://example.org/crdt-demo\n\nGoals:\n- merge without a server\n- keep edits\n',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Offline sync with CRDTs']);
    expect(parsed.problems.map((p) => p.message)).toEqual([]);
    // A file named with no running number, or with nothing in it, is no talk.
    expect(file('Reading list.md', '- a book\n- another\n').talks).toEqual([]);
    expect(file('2026 goals.md', '- ship it\n').talks).toEqual([]);
    expect(file('Day 2 - 05 - Lunch.md', '').talks).toEqual([]);
  });

  it('names the speaker after a dash when the name begins with a common given name', () => {
    const parsed = file(
      'Day 1 - 07 - Type-level fun - Paul Berg.md',
      'Branded types\n\nzero cost\n',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([['Type-level fun', ['Paul Berg']]]);
  });
});

describe('talks the post counts with letters', () => {
  it('are titled without the letters', () => {
    const parsed = post(
      '# Plainconf 2026',
      '',
      '## A. How small can a queue get?',
      '* speaker: Rina Holt',
      '',
      '## B. Cron jobs from the field',
      '* speaker: Ola Berg',
      '',
      '## C. Ethan Moss and the ARM misadventure',
      '* speaker: Ethan Moss',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['How small can a queue get?', ['Rina Holt']],
      ['Cron jobs from the field', ['Ola Berg']],
      ['Ethan Moss and the ARM misadventure', ['Ethan Moss']],
    ]);
    // A lone letter, or letters out of order, stay as written.
    const lone = post(
      '## A. Smith on testing — Jo Lind',
      '- a',
      '',
      '## Plan B. Rollbacks — Kim Sato',
      '- b',
    );
    expect(lone.talks.map((t) => t.title)).toEqual(['A. Smith on testing', 'Plan B. Rollbacks']);
  });
});
