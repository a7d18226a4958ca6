import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A takeaways post whose headings are the author's headlines ("Name: headline") and whose notes
 * quote each talk's real title first ("In her keynote “…”"): the quoted title is the talk's
 * official title. Invented conference, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'notes/cloudfjord.md', 'page');
const shown = (
  talks: { title: string; officialTitle?: string; kind?: string; speakers: { name?: string }[] }[],
) => talks.map((t) => [t.title, t.officialTitle, t.kind, t.speakers.map((s) => s.name)]);

describe('a real title quoted under an editorial headline', () => {
  it('is the official title; a keynote is one', () => {
    const { talks } = read(
      '# Cloudfjord 2032 takeaways',
      '',
      'As Cloudfjord 2032 winds down, here is what we learned.',
      '',
      '## Ingrid Solheim: Stop guessing your capacity',
      '',
      'In her keynote “Capacity planning with queueing theory, not vibes” Ingrid Solheim, founder of Loadwise, showed why averages lie.',
      '',
      '## Pavel Dvorak: All about budgets',
      '',
      'In his session "Error budgets that teams actually spend", Pavel Dvorak showed how to negotiate.',
      '',
      '## Mei Tanaka: Question every alert',
      '',
      'Mei Tanaka’s talk “Alerting on symptoms” argued that every page should be actionable.',
    );
    expect(shown(talks)).toEqual([
      [
        'Stop guessing your capacity',
        'Capacity planning with queueing theory, not vibes',
        'Keynote',
        ['Ingrid Solheim'],
      ],
      ['All about budgets', 'Error budgets that teams actually spend', undefined, ['Pavel Dvorak']],
      ['Question every alert', 'Alerting on symptoms', undefined, ['Mei Tanaka']],
    ]);
  });

  it('not another person’s talk, nor a quote in a later sentence, nor the title itself', () => {
    const { talks } = read(
      '# Cloudfjord 2032 takeaways',
      '',
      '## Ingrid Solheim: Stop guessing your capacity',
      '',
      'Ingrid built on Tom Berg’s talk “Queues all the way down” from last year.',
      '',
      '## Pavel Dvorak: All about budgets',
      '',
      'Pavel was funny. In the talk “Budgets in practice” he cited before, teams overspent.',
      '',
      '## Mei Tanaka: Question every alert',
      '',
      'In her talk “Question every alert” Mei showed pagers.',
    );
    expect(shown(talks).map((t) => t[1])).toEqual([undefined, undefined, undefined]);
  });
});
