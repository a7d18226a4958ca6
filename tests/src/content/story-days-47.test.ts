import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/** Each talk's title, speakers, day and time, as a card shows them. */
const when = (...lines: string[]) =>
  post(...lines).talks.map((t) => [
    t.title,
    t.speakers.map((s) => s.name).join(' & '),
    t.day ?? '',
    t.time ?? '',
  ]);

/**
 * Days at a conference told as a story (the shape of real PyCon and GopherCon recaps): the day
 * and time its sentences say, as headings over the talks would. Invented conference and people.
 */
describe('talks told in a story, on the day and at the time it says', () => {
  it('give each talk the day a sentence names until another, and the time of its sentence', () => {
    expect(
      when(
        '# Harbourconf 2031',
        '',
        'The conference had two days. The hallway track was great.',
        '',
        'On day 1 the day started off with the keynote by Ingrid Solberg. After the break I went to see Maren Aasen’s talk on Memory Arenas. The rooms were full.',
        '',
        'On the second day I was late.',
        '',
        'At 2PM Kelvin Osei’s talk on self deploying services was informative. This talk was entertaining.',
        '',
        'After lunch I enjoyed Tomas Lindqvist’s talk on tracing.',
      ),
    ).toEqual([
      ['Keynote', 'Ingrid Solberg', 'Day 1', ''],
      ['Memory Arenas', 'Maren Aasen', 'Day 1', ''],
      ['Self deploying services', 'Kelvin Osei', 'The second day', '2PM'],
      ['Tracing', 'Tomas Lindqvist', 'The second day', ''],
    ]);
  });

  it('give the talks under a day’s heading that day', () => {
    expect(
      when(
        '# Harbourconf 2031',
        '',
        '## Tuesday',
        '',
        'The day started off with the keynote by Ingrid Solberg. Then I saw Maren Aasen’s talk on Memory Arenas.',
        '',
        '## Wednesday',
        '',
        'At 10:30 I went to Tomas Lindqvist’s talk on tracing.',
      ),
    ).toEqual([
      ['Keynote', 'Ingrid Solberg', 'Tuesday', ''],
      ['Memory Arenas', 'Maren Aasen', 'Tuesday', ''],
      ['Tracing', 'Tomas Lindqvist', 'Wednesday', '10:30'],
    ]);
  });

  it('give no day where the story says none', () => {
    expect(
      when(
        '# Harbourconf 2031',
        '',
        'The day started off with the keynote by Ingrid Solberg. Then I saw Maren Aasen’s talk on Memory Arenas. It began late, at 3 of the clock, on the day I left.',
      ),
    ).toEqual([
      ['Keynote', 'Ingrid Solberg', '', ''],
      ['Memory Arenas', 'Maren Aasen', '', ''],
    ]);
  });

  it('keep the day a post of one day names in its title', () => {
    expect(
      when(
        '# Harbourconf 2031 - Second Day',
        '',
        'The second day of Harbourconf started with the keynote by Ingrid Solberg. Then I saw Maren Aasen’s talk on Memory Arenas.',
      ),
    ).toEqual([
      ['Keynote', 'Ingrid Solberg', 'Second Day', ''],
      ['Memory Arenas', 'Maren Aasen', 'Second Day', ''],
    ]);
  });
});
