import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { ratingOf } from '../../../src/content/talk-rating.ts';

/** The author's own rating of each talk, however the post writes it; invented notes. */

const post = (...lines: string[]) => parseNotes(lines.join('\n'), 'rated.md', 'rated');
const ratings = (...lines: string[]) =>
  post(...lines).talks.map((talk) => [talk.title, talk.rating]);

describe('a rating line or heading under a talk', () => {
  const harbour = post(
    '# Harbourlight Conf 2025',
    '',
    '## Kafka without the pain — Mira Holt',
    '',
    '- Consumer groups explained with boats',
    '',
    '### Impression ⭐⭐⭐⭐☆',
    '- ✅ Clear examples and a calm pace',
    '',
    '## Operators in anger — Jonas Feld',
    '',
    '- Reconcile loops must be idempotent',
    '',
    'Rating: 2/5',
    '',
    '## Postgres at the edge — Lena Sato',
    '',
    '- Read replicas in every region',
    '',
    '**My score: 9/10**',
    '',
    '## Cost tricks — Omar Reyes',
    '',
    '- Right-size requests first',
    '',
    '★★★☆☆',
    '',
    '## Team habits — Ines Brandt',
    '',
    '- Small rituals beat reorganisations',
    '  - ⭐ [Accelerate](https://example.com/a) by Nicole Forsgren',
  ).talks;

  it('reads stars, a score out of a scale and a labelled line, each as its author gave it', () => {
    expect(harbour.map((talk) => [talk.title, talk.rating])).toEqual([
      ['Kafka without the pain', { score: 4, scale: 5 }],
      ['Operators in anger', { score: 2, scale: 5 }],
      ['Postgres at the edge', { score: 9, scale: 10 }],
      ['Cost tricks', { score: 3, scale: 5 }],
      ['Team habits', undefined],
    ]);
  });

  it('reads a rating field and a rating in the talk heading', () => {
    expect(
      ratings(
        '# Pixel Days 2025',
        '',
        '### Designing for focus – Dana Okoro',
        '**Rating**: ⭐',
        '',
        '- Reduce motion by default',
        '',
        '### Hacking attention ⭐⭐⭐⭐⭐ – Theo Hart',
        '',
        '- notifications are the problem',
        '',
        '### Signals in practice — Sofia Dahl (Gridly) — 3.5/5',
        '',
        '- effects run twice in dev',
      ),
    ).toEqual([
      ['Designing for focus', { score: 1, scale: 5 }],
      ['Hacking attention', { score: 5, scale: 5 }],
      ['Signals in practice', { score: 3.5, scale: 5 }],
    ]);
  });

  it('keeps the rating out of the summary, and the author’s words under a rating heading in it', () => {
    expect(harbour.slice(0, 2).map((talk) => talk.summary)).toEqual([
      'Consumer groups explained with boats. Impression: ✅ Clear examples and a calm pace.',
      'Reconcile loops must be idempotent.',
    ]);
  });

  it('gives no rating where the post rates nothing of a talk, or only the conference after it', () => {
    const talks = post(
      '# Pixel Days 2025',
      '',
      '- **Designing for focus** — Dana Okoro',
      '- **Hacking attention** — Theo Hart',
      '',
      'Overall rating of the conference: 4/5',
    ).talks;
    expect(talks.map((talk) => talk.title)).toEqual(['Designing for focus', 'Hacking attention']);
    expect(talks.map((talk) => talk.rating)).toEqual([undefined, undefined]);
  });
});

describe('what a line says is a rating', () => {
  it.each([
    ['Rating: 4/5', { score: 4, scale: 5 }],
    ['My rating: 8/10', { score: 8, scale: 10 }],
    ['Score: 3 of 5', { score: 3, scale: 5 }],
    ['Note : 4/5', { score: 4, scale: 5 }],
    ['Verdict: ★★★★☆', { score: 4, scale: 5 }],
    ['★★☆☆☆', { score: 2, scale: 5 }],
    ['Impression ⭐⭐⭐', { score: 3, scale: 5 }],
  ])('"%s" is a rating', (line, rating) => {
    expect(ratingOf(line)).toEqual(rating);
  });

  it.each([
    '⭐ [Team Topologies](https://example.com/tt) by Matthew Skelton',
    'Highlights ⭐',
    'Favourites ⭐⭐',
    '4/5',
    'Rating: 6/5',
    'We scaled 3 of 5 clusters',
    'Rating: 4/5 but the room was too hot and the slides were hard to read from the back row',
  ])('"%s" is no rating', (line) => {
    expect(ratingOf(line)).toBeUndefined();
  });
});
