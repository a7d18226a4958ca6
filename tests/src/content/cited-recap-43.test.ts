import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A recap in prose that cites its talks inline, "Name (closing keynote: Title)", then goes on
 * about other things: those paragraphs are no talk's notes. Invented conference and people.
 */
describe('paragraphs after a recap cites its talks inline', () => {
  const recap = (...after: string[]) =>
    post(
      '# BuildConf 2032 recap',
      '',
      'The conference opened with Priya Raman (opening plenary: Shipping Small Things Often). She made the case for tiny pull requests.',
      '',
      'After lunch I caught Tomas Berg (closing keynote: The Cost of Waiting). He walked through queueing theory for product teams.',
      '',
      ...after,
    );

  it('are not the last cited talk’s when they speak of other things', () => {
    const { talks } = recap(
      'The venue was great and the coffee was strong. The hallway track was the best part, as always.',
      '',
      'Next year I will bring a colleague along, and maybe submit a talk myself.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Shipping Small Things Often', ['Priya Raman']],
      ['The Cost of Waiting', ['Tomas Berg']],
    ]);
    const last = talks[1];
    expect(last?.summary).toMatch(/queueing theory/);
    expect(last?.summary).not.toMatch(/coffee|colleague/);
    expect(JSON.stringify(last?.notes)).not.toMatch(/venue|colleague/);
  });

  it('stay the talk’s while they go on about it', () => {
    const { talks } = recap(
      'His slides on batch sizes were the clearest of the day.',
      '',
      'Berg also took questions on estimates for half an hour.',
      '',
      'Dinner was at a small place by the river.',
    );
    const notes = JSON.stringify(talks[1]?.notes);
    expect(notes).toMatch(/batch sizes/);
    expect(notes).toMatch(/questions on estimates/);
    expect(notes).not.toMatch(/Dinner/);
  });
});
