import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A heading read once is read the same for every talk that has it (the reading is remembered);
 * what one talk's notes add to its speakers must stay that talk's.
 */
describe('two talks under the same heading text', () => {
  it("keep their own speakers' companies, in one post and across posts", () => {
    const post = [
      '# Harbourconf 2025',
      '',
      '## Day 1',
      '',
      '### Sharding the ledger – Ines Morales',
      '',
      'Company: Tidewater Bank',
      '',
      '- shards by account',
      '',
      '## Day 2',
      '',
      '### Sharding the ledger – Ines Morales',
      '',
      '- the repeat, for those who missed it',
      '',
    ].join('\n');
    const first = parseNotes(post, 'harbourconf-2025.md', 'harbourconf-2025');
    const repeat = first.talks.map((talk) => talk.speakers);
    expect(repeat).toEqual([
      [{ name: 'Ines Morales', company: 'Tidewater Bank' }],
      [{ name: 'Ines Morales' }],
    ]);
    const other = parseNotes(
      '# Quayside 2025\n\n## Sharding the ledger – Ines Morales\n\n- the same talk, a year on\n\n## Queues at the quay – Tomas Berg\n\n- back-pressure\n',
      'quayside-2025.md',
      'quayside-2025',
    );
    expect(other.talks[0]?.speakers).toEqual([{ name: 'Ines Morales' }]);
  });
});
