import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** A file per day of a conference: the day its title names is the day of its talks. */

function days(title: string, body = '## Zebras at scale by Tom Berg\n\n- stripes\n'): string[] {
  const { talks } = parseNotes(`# ${title}\n\n${body}`, 'day.md', 'day');
  return talks.map((talk) => talk.day ?? '-');
}

describe("a post's title that names a day", () => {
  it('gives that day to its talks', () => {
    expect(days('Strange Loop 2019 — Day 2')).toEqual(['Day 2']);
    expect(days('LIVE: RustNation 2025, day 2')).toEqual(['day 2']);
    expect(days('GopherCon EU 2024 Day 1')).toEqual(['Day 1']);
    expect(days('Devoxx Belgium 2025 (Thursday)')).toEqual(['Thursday']);
    expect(days('SpringIO 2025 - Day 2 recap')).toEqual(['Day 2']);
    // A few words after the day are no part of it.
    expect(days('FjordCon Day 1 in the books')).toEqual(['Day 1']);
    expect(days('JSFjord EU 2019 Day 1 notes')).toEqual(['Day 1']);
  });

  it('after the year, as a day heading writes it in any language', () => {
    expect(days('PyFjord 2017 -第二天')).toEqual(['第二天']);
    expect(days('KaigiFjord 2023 1日目')).toEqual(['1日目']);
    expect(days('DEVFJORD 2023 2일차')).toEqual(['2일차']);
    expect(days('Nordtage 2019 Tag 2')).toEqual(['Tag 2']);
    expect(days('Harbour Days 2022 Jour 2')).toEqual(['Jour 2']);
    expect(days('PyFjord 2017 Day Two')).toEqual(['Day Two']);
    expect(days('PyFjord 2019 Friday')).toEqual(['Friday']);
    // What follows the year is no day: the title stays, and no day is made up.
    expect(days('KubeFjord 2019, San Diego')).toEqual(['-']);
    expect(days('Scaling Rust 2024 in production')).toEqual(['-']);
  });

  it('is dated where the front matter gives the first day', () => {
    const { talks } = parseNotes(
      '---\ndates: 2025-05-21..2025-05-23\n---\n# SpringIO 2025 — Day 2\n\n## Zebras at scale by Tom Berg\n\n- stripes\n',
      'day.md',
      'day',
    );
    expect(talks[0]?.date).toBe('2025-05-22');
  });

  it("leaves a talk's own day, a span of days and a day inside a longer part alone", () => {
    expect(
      days('KubeCon EU 2025 — Day 1', '## Day 3\n\n## Zebras at scale by Tom Berg\n\n- x\n'),
    ).toEqual(['Day 3']);
    expect(days('KubeCon EU 2025 (London, 1–4 April): what we learned')).toEqual(['-']);
    expect(days('FOSDEM 2026 — Saturday in the containers devroom')).toEqual(['-']);
    expect(days('Why I went to day 2 of everything')).toEqual(['-']);
  });
});
