import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A travel-log recap that names each talk's title unmarked, set off by commas after "keynote" or a
 * speaker's "talked in", under headings of the post's own (a real GOTO recap's shape). Invented
 * conference and people but for well-known public speakers.
 */
const recap = () =>
  post(
    '# Going to Fjord Dev Days 2031',
    '',
    'I spent three days at the conference, and these are the talks I remember.',
    '',
    '## Start with a smile',
    '',
    'The opening keynote, The importance of Laughter, was held by Aino Vonge Corry from Cphbusiness, who set the tone for the rest of the conference.',
    '',
    'I learned which joke is the funniest in the world.',
    '',
    '## Teams',
    '',
    'I have done pair programming for years. Woody Zuill talked in Mob Programming, A Whole Team Approach about putting the whole team on one computer.',
    '',
    'After lunch, Nadia Haddad talked about Building Resilient Systems, which was the best talk of the day.',
    '',
    "Kent Beck's keynote, Tidy First, was about small refactorings before a change.",
    '',
    '## Around the talks',
    '',
    'My colleague, Jonas Berg, was there as well and we had lunch together.',
    '',
    'The keynote speaker, Martin Fowler, was late.',
    '',
    'Then Per Olsen talked about Kafka and Flink, which was fun.',
    '',
    'The keynote, this year, was given by Jane Roe.',
  );

describe('talk titles set off by commas in a recap', () => {
  it('are talks by the person the sentence names, with what the paragraph says', () => {
    const { talks } = recap();
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['The importance of Laughter', ['Aino Vonge Corry @ Cphbusiness']],
      ['Mob Programming, A Whole Team Approach', ['Woody Zuill']],
      ['Building Resilient Systems', ['Nadia Haddad']],
      ['Tidy First', ['Kent Beck']],
    ]);
    expect(talks[0]?.kind).toBe('Keynote');
    expect(talks[1]?.summary).toMatch(/whole team on one computer/);
  });

  it('are no talks where the words between commas are a person, a time or a list of names', () => {
    const titles = recap().talks.map((t) => t.title);
    for (const words of ['Jonas Berg', 'Martin Fowler', 'Kafka and Flink', 'this year'])
      expect(titles).not.toContain(words);
  });
});
