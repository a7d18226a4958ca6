import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/** A talk whose first point runs longer than a summary: its opening, cut, is the summary. */
describe('a first point longer than a summary', () => {
  const talk = (point: string) =>
    post(
      '# StackConf 2031 notes',
      '',
      '## Making builds boring',
      '',
      'Speaker: Lena Hofer (Buildwise)',
      '',
      `- ${point}`,
      '- Hermetic builds need pinned toolchains',
    ).talks[0];

  it('is cut after a sentence that fits', () => {
    const summary = talk(
      'A build system should be so predictable that nobody on the team ever has to think about it, and every minute spent on a flaky pipeline is a minute stolen from the product. She showed how her team moved from a tangle of shell scripts to hermetic builds over eighteen months, with remote caching cutting the median CI time in half and flaky tests quarantined on sight.',
    )?.summary;
    // The cut point's first sentence, then the next point where it still fits.
    expect(summary).toBe(
      'A build system should be so predictable that nobody on the team ever has to think about it, and every minute spent on a flaky pipeline is a minute stolen from the product. Hermetic builds need pinned toolchains.',
    );
  });

  it('is cut at a word where its first sentence is too long', () => {
    const summary = talk(
      'The central argument of the talk was that a build system should be so predictable that nobody on the team ever has to think about it, and that every minute spent debugging a flaky pipeline is a minute stolen from the product; she showed how her team moved from a tangle of shell scripts to hermetic builds over eighteen months.',
    )?.summary;
    expect(summary?.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/^The central argument of the talk was that a build system/);
    expect(summary).toMatch(/ \p{L}+…$/u);
  });
});
