import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R14), written again with invented talks and people: a speaker's
 * role written between the name and the company ("Ana Lima Senior Staff Engineer, Acme") or
 * before the company ("Head of A11y at Lumen"), which is neither the name nor the company.
 */

describe('a role between the speaker and the company', () => {
  const parsed = post(
    '# Notes from Cloudfjord 2026',
    '',
    '#### Packets inside a pod – Ana Lima Senior Staff Engineer & TLM, Northwind',
    'Where an IP packet goes.',
    '',
    '#### Typed clients for operators – Ivo Marsh Sr. Software Engineer, Tern',
    'A coding demo.',
    '',
    '#### Service kits – Bo Sten, Kit/Quarry',
    'Microservices with a kit.',
    '',
    '#### Clusters inside clusters – Mira Holm, Giant Fjord',
    'Isolated clusters.',
  );

  it('keeps the role out of the name and the title', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Packets inside a pod', ['Ana Lima @ Northwind']],
      ['Typed clients for operators', ['Ivo Marsh @ Tern']],
      ['Service kits', ['Bo Sten @ Kit/Quarry']],
      ['Clusters inside clusters', ['Mira Holm @ Giant Fjord']],
    ]);
  });

  it('takes the company after a role with digits ("A11y Consultant at …")', () => {
    const a11y = post(
      '### Accessible menus - Ada Lind, A11y Consultant at Lumen Digital',
      '- keyboard first',
      '',
      '### Focus order - Bo Sten, Head of A11y at Quarry',
      '- tab through it',
    );
    expect(a11y.talks.map(who)).toEqual([['Ada Lind @ Lumen Digital'], ['Bo Sten @ Quarry']]);
  });
});
