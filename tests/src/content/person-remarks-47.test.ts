import { describe, expect, it } from 'vitest';
import { post, postSpeakers } from './shape-fixture.ts';

/** A recap's list of highlights: talks named by their person's possessive, remarks beside them. Invented. */
const HIGHLIGHTS = [
  '# Harbourconf 2031 recap',
  '',
  'The highlights of the day for me:',
  '',
  "- Maren Aasen's talk on Memory Arenas",
  '- Kelvin Osei – great point about allocation in hot loops',
  '- Tomas Lindqvist – asked about fragmentation, good answer',
  "- Ingrid Solberg's keynote on the future of the language",
];

describe('"Name – remark" bullets beside a possessive talk', () => {
  it('are notes of the talk above, no talks', () => {
    expect(postSpeakers(...HIGHLIGHTS)).toEqual([
      ['Memory Arenas', 'Maren Aasen'],
      ['The future of the language', 'Ingrid Solberg'],
    ]);
    expect(JSON.stringify(post(...HIGHLIGHTS).talks[0]?.notes)).toMatch(/great point about/);
  });

  it('are no note of a talk further up the list', () => {
    const parsed = post(
      '# Harbourconf 2031 recap',
      '',
      'My highlights:',
      '',
      "- Maren Aasen's talk on Memory Arenas",
      '- Daniel Berg, who walked from pole to pole',
      '- Kelvin Osei – hard to explain, but moving',
    );
    expect(parsed.talks.map((t) => [t.title, t.notes.length])).toEqual([['Memory Arenas', 0]]);
  });

  it('stay talks in a list with no possessive talk', () => {
    expect(
      postSpeakers(
        '# Harbourconf 2031 talks',
        '',
        '- Kelvin Osei – allocation in hot loops',
        '- Tomas Lindqvist – fragmentation, measured',
      ),
    ).toEqual([
      ['allocation in hot loops', 'Kelvin Osei'],
      ['fragmentation, measured', 'Tomas Lindqvist'],
    ]);
  });
});
