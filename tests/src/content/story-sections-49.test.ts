import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A post that tells its days as a story under headings of its own ("## Pre-Conference Day",
 * "## Social life", "## Useful tidbits") beside the headings of the talks it took notes on (the
 * shape of real GopherCon, PyCon and code4lib recaps). Invented talks.
 */
const withSection = (heading: string, ...under: string[]) =>
  post(
    '# Gophers 2031',
    '',
    `## ${heading}`,
    '',
    ...(under.length > 0
      ? under
      : ['The morning was a workshop run by the local group.', '', 'We met friends at the booth.']),
    '',
    '## Go in production',
    '',
    '- Latency matters',
    '',
    '## Testing Go code',
    '',
    '- Table tests everywhere',
  ).talks.map((t) => t.title);

describe("the author's sections of a recap", () => {
  it.each([
    'Pre-Conference Day',
    'Tutorial Days',
    'Conference days - Friday',
    'Meetup Notes',
    'Social life',
    'Reflection, thoughts',
    'General Impressions of the Conference',
    'Useful tidbits',
    'Find out more',
  ])('reads "## %s" over the story as no talk', (heading) => {
    expect(withSection(heading)).toEqual(['Go in production', 'Testing Go code']);
  });

  it('reads "## Industry Trends" and its sub-sections as the author\'s, not talks', () => {
    expect(
      withSection(
        'Industry Trends',
        '### High-Level',
        '',
        '**Streaming got simple.** Small teams can run it now.',
        '',
        '### Modern Data Stack',
        '',
        '**dbt** is still the staple.',
      ),
    ).toEqual(['Go in production', 'Testing Go code']);
  });

  it('keeps the talks under a day of the conference that groups them', () => {
    const { talks } = post(
      '# Gophers 2031',
      '',
      '## Tutorial Days',
      '',
      '### Fuzzing from zero — Sarah Holt',
      '',
      '- Seeds first',
      '',
      '## Conference days',
      '',
      '### Go in production — Omar Haddad',
      '',
      '- Latency matters',
    );
    expect(talks.map((t) => t.title)).toEqual(['Fuzzing from zero', 'Go in production']);
  });

  it('keeps a talk titled with such words when it names its speaker', () => {
    const { talks } = post(
      '# Gophers 2031',
      '',
      '## Community Day — Sarah Holt',
      '',
      '- How the meetup grew',
      '',
      '## Testing Go code — Omar Haddad',
      '',
      '- Table tests everywhere',
    );
    expect(talks.map((t) => t.title)).toEqual(['Community Day', 'Testing Go code']);
  });
});
