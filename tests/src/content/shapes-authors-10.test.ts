import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (10): each post invented for these tests. */

const post = (...lines: string[]) => parseNotes(lines.join('\n'), 'post.md', 'post');

describe('a lone "Title — Name (Company)" heading', () => {
  it('is split: the name after the dash is a person, the parentheses their company', () => {
    const { talks } = post(
      '# DevNordeste 2024',
      '',
      '### Arquitetura hexagonal sem dogma — Rafael Albuquerque (Banco Capibaribe)',
      '',
      '- portas e adaptadores',
      '',
      '### Kotlin Multiplatform em produção, por Beatriz Lins (Frevo Apps)',
      '',
      '- [Descrição](https://example.com/kmp)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Arquitetura hexagonal sem dogma', ['Rafael Albuquerque @ Banco Capibaribe']],
      ['Kotlin Multiplatform em produção', ['Beatriz Lins @ Frevo Apps']],
    ]);
    expect(kinds(talks[1])).toEqual(['description']);
  });

  it('stays a title when the parentheses name no company: "(Part 2)"', () => {
    const { talks } = post(
      '# Conf 2024',
      '',
      '### Chaos - Breaking Things (Part 2)',
      '',
      '- game days',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([['Chaos - Breaking Things (Part 2)', []]]);
  });
});

describe('a speaker named after the notes, or as the subject of their first sentence', () => {
  const { talks } = post(
    '# KubeDays 2025',
    '',
    '## Retries considered harmful (sometimes)',
    '',
    'Ingrid Solvang (Fjordpay) opened with a story about a retry storm.',
    '',
    '## On-call for humans',
    '',
    'Amara Okonkwo from Brightline Health talked about the human side.',
    '',
    '## Query planning deep dive',
    '',
    '- cost models',
    '- join order',
    '',
    '— talk by Priya Natarajan of Lumen Analytics',
    '',
    '## Pipelines at scale',
    '',
    'Notes about pipelines.',
    '',
    'More notes.',
    '',
    'Even more notes.',
    '',
    '*(Speaker: Joost van der Berg, Rabobank)*',
    '',
    '## Streams',
    '',
    'Talk by Mei-Ling Zhou (Adyen). [Slides](https://example.com/s.pdf).',
    '',
    '## Kafka at the edge',
    '',
    'Ravi Kumar (our CTO) said we should try it. The speaker showed three demos.',
  );

  it('reads who gave each talk', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Retries considered harmful (sometimes)', ['Ingrid Solvang @ Fjordpay']],
      ['On-call for humans', ['Amara Okonkwo @ Brightline Health']],
      ['Query planning deep dive', ['Priya Natarajan @ Lumen Analytics']],
      ['Pipelines at scale', ['Joost van der Berg @ Rabobank']],
      ['Streams', ['Mei-Ling Zhou @ Adyen']],
      // No speaking verb after the name: someone the notes mention, not the speaker.
      ['Kafka at the edge', []],
    ]);
  });

  it('keeps the opening sentence as a note, and leaves the trailing line out of the summary', () => {
    expect(talks[0]?.summary).toMatch(/^Ingrid Solvang \(Fjordpay\) opened with/);
    expect(talks[2]?.summary).toBe('cost models. join order.');
    expect(talks[3]?.summary).not.toMatch(/Speaker/);
    expect(kinds(talks[4])).toEqual(['slides']);
  });
});

describe('the facts of a session on a line of their own', () => {
  it('"(Lightning talk, 5 min)" under the heading is its kind, not its summary', () => {
    const { talks } = post(
      '# KubeDays 2025',
      '',
      '## Wasm on the edge',
      'Speaker: Mia Tanaka (Fermyon)',
      '',
      '(Lightning talk, 5 min)',
      '',
      '- spin up in 1 ms',
    );
    expect(talks[0]?.kind).toBe('Lightning talk');
    expect(talks[0]?.summary).toBe('spin up in 1 ms.');
  });
});

describe('panelists with a company each, and one without', () => {
  it('gives no one the company of the person after them', () => {
    const { talks } = post(
      '# KubeDays 2025',
      '',
      '## Panel: multi-cluster in practice',
      '',
      'Panelists: Benjamin Carter (Ferrous Works), Ellen Whitcombe, Takeshi Mori (Lambda Forge)',
      '',
      '- fleets, not pets',
    );
    expect(who(talks[0])).toEqual([
      'Benjamin Carter @ Ferrous Works',
      'Ellen Whitcombe',
      'Takeshi Mori @ Lambda Forge',
    ]);
  });
});

describe("more of a post's own closing sections", () => {
  it('skips "Wrapping up" and the Dutch "Conclusie"', () => {
    const { talks, problems } = post(
      '# KubeDays 2025',
      '',
      '## Retries considered harmful',
      'Speaker: Ingrid Solvang',
      '',
      '- budgets',
      '',
      '## Wrapping up',
      '',
      'Great edition. Videos on the [conference channel](https://www.youtube.com/@kubedays).',
      '',
      '## Conclusie',
      '',
      'Volgend jaar weer.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Retries considered harmful']);
    expect(warnings(problems)).toHaveLength(2);
  });
});

describe('event names in more languages', () => {
  it.each([
    ['Minhas anotações do DevNordeste 2024', 'DevNordeste 2024'],
    ['Terugblik: Frontend Fryslân 2025', 'Frontend Fryslân 2025'],
    ['Mis notas de la Commit Conf 2025', 'Commit Conf 2025'],
  ])('%s → %s', (title, name) => {
    expect(conferenceName(title)).toBe(name);
  });
});
