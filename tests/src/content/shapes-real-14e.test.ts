import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R14), written again with invented talks and people: a file of one
 * talk whose speaker is named only in its last line ("Talk given by [@handle](…)"), with a side
 * note above its title and its parts as deeper headings.
 */

describe('a one-talk file naming its speaker in the last line', () => {
  const parsed = post(
    'Sidenote:',
    '',
    '> Check out Fjordwiki',
    '',
    '# Offline First Apps',
    '',
    '### High level overview',
    '- caches and queues',
    '',
    '### Syncing is the hard part',
    '#### conflict options:',
    '- last write wins',
    '',
    '### Check out PouchDB',
    'https://pouchdb.com/',
    '',
    'Talk given by [@olab](https://twitter.com/olab)',
  );

  it('is that one talk, by that speaker', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([['Offline First Apps', ['@olab']]]);
  });

  it('keeps the parts as notes, without the closing line', () => {
    const notes = JSON.stringify(parsed.talks[0]?.notes);
    expect(notes).toContain('last write wins');
    expect(notes).not.toContain('Talk given by');
  });

  it('leaves a post of talks alone when its last talk ends so', () => {
    const many = post(
      '# Offline First',
      '',
      '## Caches that forget by Ada Lind',
      '- ttl',
      '',
      '## Sync engines by Bo Sten',
      '- crdt',
      '',
      'Talk given by Bo Sten',
    );
    expect(many.talks.map((t) => t.title)).toEqual(['Caches that forget', 'Sync engines']);
  });
});
