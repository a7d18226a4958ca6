import { describe, expect, it } from 'vitest';
import { dayOf, eventDates } from '../../../src/content/day-date.ts';

const week = eventDates('2016-06-13..2016-06-17');

describe('day headings in other languages', () => {
  it.each([
    ['Donnerstag, 16. Juni', '2016-06-16'],
    ['Mittwoch', '2016-06-15'],
    ['jeudi 16 juin', '2016-06-16'],
    ['Vendredi 17 juin 2016', '2016-06-17'],
    ['Martes 14 de junio', '2016-06-14'],
    ['14 de junio de 2016', '2016-06-14'],
    ['Quarta-feira, 15 de junho', '2016-06-15'],
    ['Giovedì 16 giugno', '2016-06-16'],
    ['Środa, 15 czerwca', '2016-06-15'],
    ['Poniedziałek', '2016-06-13'],
    ['Woensdag 15 juni', '2016-06-15'],
  ])('"%s" is %s', (heading, date) => {
    expect(dayOf(heading, week)).toEqual({ day: heading, date });
  });

  it('reads the written date over the weekday, and no date from a title that starts with a word', () => {
    // The 12th of October 2016 was a Wednesday: the date as written wins over the name.
    expect(dayOf('Mittwoch, 12. Oktober 2016', week)?.date).toBe('2016-10-12');
    expect(dayOf('Keynote 14 juin', week)).toBeUndefined();
    expect(dayOf('Rust 14 de junio', week)).toBeUndefined();
  });
});

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
      expect(dayOf(heading, week)?.date ?? 'none').toBe('none');
    }
    expect(dayOf('Daycare for microservices', week)).toBeUndefined();
    expect(dayOf('Mayday: incident response', week)).toBeUndefined();
    expect(dayOf('June 31', week)).toEqual({ day: 'June 31' });
  });
});
