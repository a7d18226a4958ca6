import { describe, expect, it } from 'vitest';
import { dayOf, eventDates } from '../../../src/content/day-date.ts';

const week = eventDates('2016-06-13..2016-06-17');

describe('day headings', () => {
  it.each([
    ['Day 2', '2016-06-14'],
    ['Day One: Architecture', '2016-06-13'],
    ['Tuesday, June 14', '2016-06-14'],
    ['Wed, Jun 15th', '2016-06-15'],
    ['15 June', '2016-06-15'],
    ['Thursday', '2016-06-16'],
    ['2016-06-17', '2016-06-17'],
    ['June 14, 2017', '2017-06-14'],
    ['Jour 2', '2016-06-14'],
    ['Tag 3 – Vorträge', '2016-06-15'],
    ['Día 1', '2016-06-13'],
  ])('"%s" is %s', (heading, date) => {
    expect(dayOf(heading, week)).toEqual({ day: heading, date });
  });

  it('leaves the date out when the year or the first day is unknown', () => {
    expect(dayOf('Day 2', {})).toEqual({ day: 'Day 2' });
    expect(dayOf('Tuesday, June 14', {})).toEqual({ day: 'Tuesday, June 14' });
    expect(dayOf('Tuesday, June 14', eventDates(undefined, 'posted 2016'))).toEqual({
      day: 'Tuesday, June 14',
      date: '2016-06-14',
    });
  });

  it('does not take other headings for days', () => {
    for (const heading of [
      'Daycare for microservices',
      'Mayday: incident response',
      'Sunday lessons from Monday outages x',
    ]) {
      expect(dayOf(heading, week)?.date ?? 'none').toBe(
        heading.startsWith('Sunday') ? 'none' : 'none',
      );
    }
    expect(dayOf('Daycare for microservices', week)).toBeUndefined();
    expect(dayOf('Mayday: incident response', week)).toBeUndefined();
    expect(dayOf('June 31', week)).toEqual({ day: 'June 31' });
  });
});
