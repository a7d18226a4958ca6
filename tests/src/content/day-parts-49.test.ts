import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { ids } from '../query/library-fixture.ts';

/**
 * The part of the day the notes put a talk in without a clock time: under `## Morning` and
 * `## Afternoon`, or told in a story ("After lunch, Omar Haddad talked about …", the shape of
 * real code4lib and Strange Loop recaps). Invented talks and people.
 */
const GROUPED = [
  '# Libcode 2031',
  '',
  '## Morning',
  '',
  '### Your code is not alone — Sarah Holt',
  '',
  '- Document the why',
  '',
  '### Leading small teams — Omar Haddad',
  '',
  '- Protect focus time',
  '',
  '## Afternoon',
  '',
  '### Harvesting metadata — Rachel Ortiz',
  '',
  '- Small steps in a pipeline',
].join('\n');

const STORY = [
  '# Libcode 2031',
  '',
  'The day started off with the keynote by Sarah Holt on open source communities. She was great.',
  '',
  'After lunch, Omar Haddad talked about leading small teams. This talk was practical.',
].join('\n');

const parts = (text: string) =>
  parseNotes(text, 'libcode-2031.md', 'libcode-2031').talks.map((t) => [t.title, t.part]);

describe('the part of the day of talks without a time', () => {
  it('is the one of the heading that groups them', () => {
    expect(parts(GROUPED)).toEqual([
      ['Your code is not alone', 'morning'],
      ['Leading small teams', 'morning'],
      ['Harvesting metadata', 'afternoon'],
    ]);
  });

  it('is the one a story says ("After lunch, …")', () => {
    expect(parts(STORY)).toEqual([
      ['Open source communities', undefined],
      ['Leading small teams', 'afternoon'],
    ]);
  });

  it('gives way to a clock time', () => {
    const text = GROUPED.replace('### Harvesting metadata', '### 09:30 Harvesting metadata');
    const talk = parseNotes(text, 'p.md', 'p').talks.at(-1);
    expect([talk?.time, talk?.part]).toEqual(['09:30', undefined]);
  });

  it('answers "afternoon talks" and "talks after lunch"', () => {
    const parsed = parseNotes(GROUPED, 'libcode-2031.md', 'libcode-2031');
    const bot = new Bot({ events: [parsed.event], talks: parsed.talks });
    expect(ids(bot.ask('afternoon talks'))).toEqual(['harvesting-metadata']);
    expect(ids(bot.ask('what was on after lunch?'))).toEqual(['harvesting-metadata']);
    expect(ids(bot.ask('morning talks')).sort()).toEqual([
      'leading-small-teams',
      'your-code-is-not-alone',
    ]);
  });
});
