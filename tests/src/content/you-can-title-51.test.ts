import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "## [You Can Be Cloud Native, Too](…)" over the talk's facts and "### Keynotes" /
 * "### Impression": the title opens as a sentence about the reader ("You will love…") would, and
 * the talk was read as a heading grouping its parts — the bot lost it. A title is written title
 * case. Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'spring.md', 'spring');

describe('a talk titled as a sentence to the reader', () => {
  it('is a talk where it is written as a title', () => {
    const { talks } = read(
      '# Spring One',
      '',
      '## [You Can Be Cloud Native, Too](https://springone.io/2031/sessions/cloud-native-too)',
      '- Length 27:00, watched on 2031-09-07, **#cloud #native**',
      '- Hana Sarelli as Software Engineer, VMware',
      '- Track: Beginner-Friendly Spring',
      '',
      '### Keynotes',
      '- Microservices are easy to test and deploy one by one.',
      '',
      '### Impression ⭐⭐⭐☆☆',
      '- ✅ Broad overview of microservices',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['You Can Be Cloud Native, Too', ['Hana Sarelli']],
    ]);
  });

  it('leaves a sentence to the reader over talks no talk', () => {
    const { talks } = read(
      '# Spring One',
      '',
      '## You will love this one',
      '',
      '### Testing Like a Superstar - Bill Koranda',
      '',
      'Tests you can read.',
      '',
      '### Config in Kubernetes - Carl Walsh',
      '',
      'Config maps or a config server.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Testing Like a Superstar', 'Config in Kubernetes']);
  });
});
