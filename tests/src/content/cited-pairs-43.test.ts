import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A recap that cites its talks as "Name (Company) — *Title*", one after another in a sentence:
 * each title is the speaker's named right before it. Invented conference, people and companies.
 */
describe('a cited list of people and their titles', () => {
  it('keeps each person with the title after their dash', () => {
    const { talks } = post(
      '# FooConf 2033: the talks I liked',
      '',
      'My favourites were Ana Ruiz (Acme) — *Latency Budgets in Practice*, Bo Chen (Beta) — *Schema Evolution Without Tears*, and Carl Ng (Gamma) — *Tracing the Untraceable*.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Latency Budgets in Practice', ['Ana Ruiz @ Acme']],
      ['Schema Evolution Without Tears', ['Bo Chen @ Beta']],
      ['Tracing the Untraceable', ['Carl Ng @ Gamma']],
    ]);
  });

  it('and with quoted titles', () => {
    const { talks } = post(
      '# FooConf 2033: the talks I liked',
      '',
      'Two stood out: Ana Ruiz (Acme) — "Latency Budgets in Practice", then Bo Chen (Beta) — "Schema Evolution Without Tears".',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Latency Budgets in Practice', ['Ana Ruiz @ Acme']],
      ['Schema Evolution Without Tears', ['Bo Chen @ Beta']],
    ]);
  });

  it('still gives a title the person named after it', () => {
    const { talks } = post(
      '# FooConf 2033: the talks I liked',
      '',
      'I loved *Latency Budgets in Practice*, Ana Ruiz (Acme), and *Schema Evolution Without Tears*, Bo Chen (Beta).',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Latency Budgets in Practice', ['Ana Ruiz @ Acme']],
      ['Schema Evolution Without Tears', ['Bo Chen @ Beta']],
    ]);
  });
});
