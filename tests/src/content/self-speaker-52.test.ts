import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "### Rendez l'agilité aux développeurs ! - votre humble serviteuse": the author names herself
 * as the talk's speaker, and the bot kept "- votre humble serviteuse" as words of the title, so
 * the talk was asked for and answered by a title no one gave it. Written in that shape with
 * invented people.
 */
const read = (...lines: string[]) =>
  parseNotes(
    [
      '# Sensorfest 2031',
      '',
      '## Mesh networks on a budget — Ola Brandt',
      '',
      'Ola walked through cheap radios.',
      '',
      ...lines,
    ].join('\n'),
    'devfest.md',
    'devfest',
  );

describe('the author naming themselves after a title', () => {
  it.each([
    ['Des tests qui aident ! - votre humble serviteuse', 'Des tests qui aident !'],
    ['Shipping on Fridays — yours truly', 'Shipping on Fridays'],
    ['Flaky tests, fixed (me)', 'Flaky tests, fixed'],
    ['Tests, die helfen – meine Wenigkeit', 'Tests, die helfen'],
  ])('%s is titled %s', (heading, title) => {
    const { talks } = read(
      `## ${heading}`,
      '',
      'Le palpitant accélère : mon tour de monter sur scène, devant une salle pleine.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Mesh networks on a budget', title]);
  });

  it('keeps a title whose last word is "me"', () => {
    const { talks } = read('## Read me — Pia Lund', '', 'Docs first, code after.');
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Mesh networks on a budget', ['Ola Brandt']],
      ['Read me', ['Pia Lund']],
    ]);
  });
});
