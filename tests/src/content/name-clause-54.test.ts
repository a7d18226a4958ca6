import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "Speaker: Ada Lund, works at a bank" read the whole line as the speaker's name, and "senior
 * engineer at a small bank" gave the company "a small bank". A name is a name: a clause after
 * the comma says who the person is, and names a company only when it is written as one.
 * Invented people and companies.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes.md', 'notes');

describe('a clause after a speaker name', () => {
  it('keeps the name and drops a clause about the person', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Scaling Postgres',
      '',
      'Speaker: Ada Lund, works at a bank',
      '',
      'Sharding stories.',
      '',
      '## Queues all the way down',
      '',
      '**Speaker:** Ola Brandt, a nurse who learned to code',
      '',
      'Back pressure.',
      '',
      '## Mesh radios',
      '',
      'Speaker: Marc Dubois, senior engineer at a small bank',
      '',
      'Cheap radios.',
      '',
      '## Cache stampedes',
      '',
      'Speaker: Jana Novak, from a startup in Brno',
      '',
      'Jitter helps.',
    );
    expect(talks.map((t) => [t.title, t.speakers, t.summary])).toEqual([
      ['Scaling Postgres', [{ name: 'Ada Lund' }], 'Sharding stories.'],
      ['Queues all the way down', [{ name: 'Ola Brandt' }], 'Back pressure.'],
      ['Mesh radios', [{ name: 'Marc Dubois' }], 'Cheap radios.'],
      ['Cache stampedes', [{ name: 'Jana Novak' }], 'Jitter helps.'],
    ]);
  });

  it('takes the company a clause names with a capital', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Locks',
      '',
      'Speaker: Ines Ruiz, works at Fjordpay',
      '',
      'Advisory locks.',
      '',
      '## Nets',
      '',
      'Speaker: Tomas Berg, a consultant at Nordlys',
      '',
      'Packet loss.',
    );
    expect(talks.map((t) => t.speakers)).toEqual([
      [{ name: 'Ines Ruiz', company: 'Fjordpay' }],
      [{ name: 'Tomas Berg', company: 'Nordlys' }],
    ]);
  });

  it('reads the name in a byline, a heading and a table too', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Mesh radios',
      '',
      'by Marc Dubois, works at a small bank',
      '',
      'Cheap radios.',
      '',
      '## Cache stampedes — Jana Novak, works at a bank',
      '',
      'Jitter helps.',
      '',
      '## More talks',
      '',
      '| Talk | Speaker |',
      '|---|---|',
      '| Locks | Ines Ruiz, works at a bank |',
      '| Trees | Ola Brandt |',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Mesh radios', ['Marc Dubois']],
      ['Cache stampedes', ['Jana Novak']],
      ['Locks', ['Ines Ruiz']],
      ['Trees', ['Ola Brandt']],
    ]);
  });

  it('keeps a sentence that goes on after a name as notes', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Mesh radios',
      '',
      'Marc Dubois, ended with a show of hands about who owns a radio.',
      '',
      'Cheap radios.',
    );
    expect(talks[0]?.speakers).toEqual([]);
  });

  it('takes no title and clause for a person', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Getting There, from the airport',
      '',
      'Take the train, then the tram.',
      '',
      '## Open Source, working together - Ada Lund',
      '',
      'Maintainers burn out.',
    );
    expect(talks.flatMap((t) => t.speakers.map((s) => s.name))).not.toContain('Getting There');
    expect(talks.flatMap((t) => t.speakers.map((s) => s.name))).not.toContain('Open Source');
  });

  it('reads a co-speaker after "with" as a second person, not a clause', () => {
    const { talks } = read(
      '# Nordconf 2031',
      '',
      '## Mesh radios',
      '',
      'Speaker: Ada Lund, with Ola Brandt',
      '',
      'Cheap radios.',
      '',
      '## Queues',
      '',
      'Speaker: Marc Dubois, with a lot of energy',
      '',
      'Back pressure.',
    );
    expect(talks.map((t) => t.speakers)).toEqual([
      [{ name: 'Ada Lund' }, { name: 'Ola Brandt' }],
      [{ name: 'Marc Dubois' }],
    ]);
  });
});
