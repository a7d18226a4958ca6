import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A talk's heading over "by [handle](profile)", the handle in lower case with digits, as a
 * speaker's Twitter name often is (the shape of a real JSConf EU 2015 notes file). Invented.
 */
describe('"by [handle](profile)" under a talk\'s heading', () => {
  it('names the speaker by the handle', () => {
    const parsed = post(
      '# Harbourconf 2031',
      '',
      "## [I think I know what you're talking about](https://example.org/slides)",
      '',
      'by [ferrygrl77](https://twitter.com/ferrygrl_seventy)',
      '',
      '- parameters define a function, arguments are passed to it',
      '',
      '## Streams in Practice',
      '',
      'by [Ingrid Aasen](https://twitter.com/ingridaa)',
      '',
      '- back-pressure everywhere',
    );
    expect(parsed.talks.map((t) => t.speakers.map((s) => s.name))).toEqual([
      ['@ferrygrl77'],
      ['Ingrid Aasen'],
    ]);
    expect(JSON.stringify(parsed.talks[0]?.notes)).not.toMatch(/ferrygrl/);
  });

  it('is no speaker where the link is no profile', () => {
    const parsed = post(
      '## Streams in Practice',
      '',
      'by [kafka-streams](https://github.com/apache/kafka/tree/trunk/streams)',
      '',
      '- back-pressure everywhere',
    );
    expect(parsed.talks[0]?.speakers).toEqual([]);
  });
});
