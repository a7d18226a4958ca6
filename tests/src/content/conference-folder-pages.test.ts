import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A note-taking app's vault: a folder named for the conference, a page per talk titled by its
 * file's name (or a `#` heading of the same words), notes without a speaker line (the shape of a
 * real Obsidian vault of API Days notes). Invented conference and talks.
 */
const page = (path: string, ...lines: string[]) => parseNotes(lines.join('\n'), path, 'x');
const FOLDER = 'vault/FjordConf 2031';

describe('a page of a vault in a folder named for the conference', () => {
  it('is one talk, titled by its name, of that conference', () => {
    const parsed = page(
      `${FOLDER}/Is AI sustainable?.md`,
      'Contrary to the belief that AI is limitless, it is bound by the planet.',
      '',
      'Datacenters, water for cooling and hardware all draw on finite resources.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Is AI sustainable?']);
    expect(parsed.talks[0]?.summary).toMatch(/^Contrary to the belief/);
    expect(parsed.event.name).toBe('FjordConf 2031');
  });

  it('is one talk under a heading of its name', () => {
    const parsed = page(
      `${FOLDER}/The End of the Feature Team.md`,
      '# The End of the Feature Team',
      '',
      '- Vibe coding changed how the team ships',
      '- Feature teams shrink to two people',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['The End of the Feature Team']);
  });

  it('keeps its sections, numbered ones too, as the parts of that one talk', () => {
    const parsed = page(
      `${FOLDER}/Is AI sustainable?.md`,
      '---',
      'created: 2031-12-11T00:13',
      '---',
      '### The planetary boundaries',
      '',
      'AI is physically limited by what the Earth can provide and regenerate.',
      '',
      '## Downstream impacts',
      '',
      'What using it does to people.',
      '',
      '#### 1. The erosion of truth',
      '',
      'Deepfakes exhaust our ability to verify anything.',
      '',
      '#### 2. The erosion of skill',
      '',
      'Knowledge moves into machines.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Is AI sustainable?']);
    expect(JSON.stringify(parsed.talks[0]?.notes)).toContain('Deepfakes exhaust');
  });

  it('is read as before where the folder names no conference, the page is a day or a trip, or headings name speakers', () => {
    const prose = ['Contrary to the belief that AI is limitless, it is bound by the planet.', ''];
    expect(page('vault/Notes/Is AI sustainable?.md', ...prose, 'Water for cooling.').talks).toEqual(
      [],
    );
    expect(page(`${FOLDER}/Day 1 notes.md`, ...prose, 'Water for cooling.').talks).toEqual([]);
    expect(page(`${FOLDER}/Travel and venue.md`, ...prose, 'The hotel was fine.').talks).toEqual(
      [],
    );
    const talks = page(
      `${FOLDER}/Saturday picks.md`,
      '## Queues Without Tears by Mira Halden',
      '',
      '- Backpressure is a contract',
      '',
      '## Lunar Ops by Ana Ruiz',
      '',
      '- Runbooks for the moon',
    ).talks;
    expect(talks.map((t) => t.title)).toEqual(['Queues Without Tears', 'Lunar Ops']);
  });
});
