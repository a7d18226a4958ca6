import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A talk as a paragraph whose link names the speaker too: `[Name: Title](…)`, `[Name - Title](…)`,
 * `[Title by Name](…)`, alone on its line, the paragraphs after it its notes.
 */
describe('a linked line naming its speaker inside the link', () => {
  const { talks } = post(
    '# Notes from PyFjord 2024',
    '',
    '### Talks',
    '',
    '#### Best',
    '[Marta Lindqvist - Tales from the interpreter: bugs nobody saw](https://example.org/s/abyss)',
    '',
    'Room full. Nerdy jokes.',
    '',
    '#### Good',
    '[Anna-Lena Brook: Teaching kids to code](https://example.org/s/kids)',
    '',
    'Remote speaker, well prepared.',
    '* Start with simple instructions',
    '',
    '--',
    '',
    '[Reading tracebacks by Tomas Novak](https://example.org/s/tracebacks)',
    '',
    'Short and useful.',
  );

  it('is a talk: title, speaker, link, and the paragraphs after it as notes', () => {
    expect(talks.map((talk) => [talk.title, who(talk)])).toEqual([
      ['Tales from the interpreter: bugs nobody saw', ['Marta Lindqvist']],
      ['Teaching kids to code', ['Anna-Lena Brook']],
      ['Reading tracebacks', ['Tomas Novak']],
    ]);
    expect(talks[1]?.links.map((link) => link.url)).toEqual(['https://example.org/s/kids']);
    expect(talks[1]?.summary).toContain('Remote speaker');
  });

  it('names no talk where the words before the colon or dash are no person', () => {
    const { talks: none } = post(
      '# Notes from PyFjord 2024',
      '',
      '## Reading',
      '',
      '[Docker Compose - tips and tricks](https://example.org/compose)',
      '',
      '[Kubernetes: the hard parts](https://example.org/k8s)',
      '',
      'Both worth a read.',
    );
    expect(none.flatMap((talk) => talk.speakers)).toEqual([]);
    expect(none.map((talk) => talk.title)).not.toContain('tips and tricks');
    expect(none.map((talk) => talk.title)).not.toContain('the hard parts');
  });
});
