import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A blog post exported without headings: its title a plain first line naming the conference and
 * the day, then an opening that speaks of the talks, then each talk's title alone on a line over
 * its notes (the shape of a real GOTO Aarhus 2014 day-one post). Invented talks.
 */
describe('a headingless post whose first line is its own title', () => {
  it('reads the title lines after an opening that speaks of talks', () => {
    const parsed = post(
      'What Happened: Harbourconf Oslo – Day One',
      '',
      'Sitting in the bloggers lounge, I will make a brief resume of the talks I attended.',
      '',
      'Is the Terminal Dead?',
      '',
      'The opening keynote asked whether the terminal survives another decade of IDEs.',
      '',
      'Scaling a Ferry Schedule',
      '',
      'Keep it simple, log everything, and use mature technologies only.',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Is the Terminal Dead?',
      'Scaling a Ferry Schedule',
    ]);
  });

  it('reads no talks where nothing says the lines are talks', () => {
    const parsed = post(
      'What Happened: Harbourconf Oslo – Day One',
      '',
      'Sitting in the bloggers lounge, I watched the boats.',
      '',
      'The Ferry Dock',
      '',
      'It was cold and windy all day long.',
      '',
      'The Harbour Bar',
      '',
      'Warm, and loud until late.',
    );
    expect(parsed.talks).toEqual([]);
  });
});

/**
 * A post exported without headings whose talks' lines name the speaker first, a dash, the title,
 * a quote of the talk in the notes alone on its line (the shape of a real GOTO Amsterdam 2023
 * post). Invented people and talks.
 */
describe('title lines that name their speakers', () => {
  it('reads "Name — Title" as a heading would, a quote of the talk as its note', () => {
    const parsed = post(
      'Harbourconf Oslo 2031',
      '',
      'Day 1',
      '',
      'Ingrid Aasen — The Busy Engineer’s Guide to Ferry Gateways',
      '',
      'Ingrid drafted a couple of points I find valuable for anyone running a gateway.',
      '',
      '“Treat the platform as a product”',
      '',
      'Take from that what your process tells you to.',
      '',
      'Kwame Osei — Continuous Integration: Not What They Meant',
      '',
      'Unless you do trunk-based development, it is not really continuous integration.',
    );
    expect(parsed.talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['The Busy Engineer’s Guide to Ferry Gateways', ['Ingrid Aasen']],
      ['Continuous Integration: Not What They Meant', ['Kwame Osei']],
    ]);
    expect(JSON.stringify(parsed.talks[0]?.notes)).toMatch(/Treat the platform as a product/);
  });
});
