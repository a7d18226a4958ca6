import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A keynote titled by a number ("Talk 2: Cheryl Hung: 2.66 Million", the shape of a real KubeCon
 * notes README) lost the number as if it were a section's. Invented people.
 */
describe('a title that opens with a decimal number of something', () => {
  it('keeps the number', () => {
    const { talks } = post(
      '# Kubecon day 2',
      '',
      '## Keynote',
      '',
      '### Talk 1: Sarah Holt - Stitching things together',
      '',
      '- Everything is a remix',
      '',
      '### Talk 2: Omar Haddad: 2.66 Million',
      '',
      '- Contributions in a year',
      '',
      '## Keynote',
      '',
      '### Talk 1: Welcome remarks - Janet Lund',
      '',
      '- Hello again',
      '',
      '### Talk 2: Democratising service meshes - Gabe Berg',
      '',
      '- Smart endpoints',
    );
    expect(talks.map((t) => [t.title, who(t)?.join()])).toEqual([
      ['Stitching things together', 'Sarah Holt'],
      ['2.66 Million', 'Omar Haddad'],
      ['Welcome remarks', 'Janet Lund'],
      ['Democratising service meshes', 'Gabe Berg'],
    ]);
  });

  it('still drops a section number before the title', () => {
    const { talks } = post(
      '# Report',
      '',
      '## 2.1 Introduction to Go — Sarah Holt',
      '',
      '- goroutines',
      '',
      '## 2.2 Testing Go code — Omar Haddad',
      '',
      '- table tests',
    );
    expect(talks.map((t) => t.title)).toEqual(['Introduction to Go', 'Testing Go code']);
  });
});
