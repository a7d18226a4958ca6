import { describe, expect, it } from 'vitest';
import { post, warnings } from './shape-fixture.ts';

const titles = (...lines: string[]) => post(...lines).talks.map((t) => t.title);

/**
 * A day's recap whose sessions stand on lines of their own, the evening's party among them under
 * the name of its place only (the shape of a real DrupalCon day-one post). Invented.
 */
const DAY = [
  '# Fjordcon Bergen Day 1',
  '',
  'Overall the sessions were pretty solid on day 1.',
  '',
  'Module Development for Beginners',
  '',
  'This session was great, the steps and tips along the way were clear.',
  '',
  'Rockin’ Web Components',
  '',
  'This session was packed, with people sitting on the floor.',
  '',
  'Bryggen Warehouse',
  '',
  'The conference booked the old Bryggen warehouse for its opening night party. The place was amazing inside and out.',
];

describe('a social event of the day written as a talk', () => {
  it('is no talk, even where its title names only the place', () => {
    expect(titles(...DAY)).toEqual(['Module Development for Beginners', 'Rockin’ Web Components']);
    expect(warnings(post(...DAY).problems).join('\n')).toMatch(/Bryggen Warehouse.*social event/);
  });

  it('is no talk under a heading either: a dinner, a cruise', () => {
    expect(
      titles(
        '# Fjordcon 2031',
        '',
        '## Day 1',
        '',
        '### Paved Roads by Maren Aasen',
        '',
        'Great talk about platform teams.',
        '',
        '### Harbour Hall',
        '',
        'The conference dinner was at the Harbour Hall this year. Fish soup and a brass band.',
        '',
        '### Fjord cruise',
        '',
        'Two hours up the fjord with the other attendees.',
      ),
    ).toEqual(['Paved Roads']);
  });

  it('stays a talk where a word says it was one, or a speaker is named', () => {
    expect(
      titles(
        '# Fjordcon 2031',
        '',
        '## Party Parrots in Production',
        '',
        'A session on chat bots that throw a party for every deploy.',
        '',
        '## Dinner for One',
        '',
        'Kelvin Osei',
        '',
        'Receptions and dinners as a load test for a small kitchen.',
        '',
        '## The Museum of Failed Deploys by Ingrid Solberg',
        '',
        'A tour of outages, then drinks.',
      ),
    ).toEqual(['Party Parrots in Production', 'Dinner for One', 'The Museum of Failed Deploys']);
  });

  it('stays a talk where the word is part of another ("third-party", "dinner-time")', () => {
    expect(
      titles(
        '# Fjordcon 2031',
        '',
        '## Third-party dependencies at scale',
        '',
        '- Supply chain attacks grew threefold last year.',
        '',
        '## Stream processing',
        '',
        'Dinner-time peaks doubled the consumer lag. Backpressure fixed it.',
        '',
        '## Rooftop after-party',
        '',
        'Drinks on the roof until late.',
      ),
    ).toEqual(['Third-party dependencies at scale', 'Stream processing']);
  });

  it('stays a talk whose notes open on a dinner or a party elsewhere than its title', () => {
    expect(
      titles(
        '# Fjordcon 2031',
        '',
        '## Kafka Streams',
        '',
        'We had a party when the last batch job was gone. Streams replaced all of them.',
      ),
    ).toEqual(['Kafka Streams']);
  });
});
