import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A conference README whose talk headings carry the schedule's slot after the title
 * (`### Title (11:00 AM in Room 309)`), then perhaps a bar and the company giving it or the
 * talk's slides (`| [Slides](…)`). Invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'datathings/README.md', 'page');

describe('a slot in brackets after a talk heading', () => {
  const { talks } = read(
    '# datathings-notes',
    'Notes for talks at Data Things Conference 2031',
    '',
    '## Thursday',
    '',
    '### Forecasting bike rentals (11:00 AM in Room 309) | [Pedalytics](https://pedalytics.example/)',
    '',
    '- **Data**: station counts, weather feeds',
    '- **Model**: gradient boosting with lag features',
    '',
    '### Cleaning messy survey data (1:30 PM in Room Ballroom A)',
    '',
    '- Fuzzy matching to join spellings',
    '',
    '## Friday',
    '',
    '### Teaching statistics with card games (9:45 AM in Room 313) | [Slides](https://example.org/cards.html)',
    '',
    '- Every game is a sampling experiment',
  );

  it('reads the time and room off the title', () => {
    expect(talks.map((t) => [t.title, t.day, t.time, t.room])).toEqual([
      ['Forecasting bike rentals', 'Thursday', '11:00 AM', 'Room 309'],
      ['Cleaning messy survey data', 'Thursday', '1:30 PM', 'Room Ballroom A'],
      ['Teaching statistics with card games', 'Friday', '9:45 AM', 'Room 313'],
    ]);
  });

  it('reads a name after the bar as the company, a link named Slides as the slides', () => {
    expect(talks[0]?.speakers).toEqual([{ company: 'Pedalytics' }]);
    expect(talks[2]?.links).toEqual([
      { kind: 'slides', url: 'https://example.org/cards.html', text: 'Slides' },
    ]);
  });
});
