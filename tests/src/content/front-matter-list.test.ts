import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { isError } from '../../../src/model.ts';

/** `talks:` in the front matter written as a list, each talk named by its title. */
const post = (talks: string[]) =>
  parseNotes(
    [
      '---',
      'title: HalfStack Lagos 2025',
      'talks:',
      ...talks,
      '---',
      '',
      '## Signals are just functions',
      '',
      'Fine-grained reactivity in 50 lines.',
      '',
      '## The web is fast, actually',
      '',
      'Ship less JavaScript.',
    ].join('\n'),
    'halfstack.md',
    'halfstack',
  );

describe('a `talks:` list in the front matter', () => {
  it('gives each talk named by its title (or id) its speaker and links', () => {
    const { talks, problems } = post([
      '  - title: Signals are just functions',
      '    speaker: Adaeze Ferreira',
      '    slides: https://slides.example.org/signals',
      '  - id: the-web-is-fast-actually',
      '    speakers: [Tomi Green (Fastlane)]',
      '    video: https://www.youtube.com/watch?v=bbbbbbbbbbb',
    ]);
    expect(problems).toEqual([]);
    expect(talks.map((t) => [t.id, t.speakers, t.links.map((l) => [l.kind, l.url])])).toEqual([
      [
        'signals-are-just-functions',
        [{ name: 'Adaeze Ferreira' }],
        [['slides', 'https://slides.example.org/signals']],
      ],
      [
        'the-web-is-fast-actually',
        [{ name: 'Tomi Green', company: 'Fastlane' }],
        [['video', 'https://www.youtube.com/watch?v=bbbbbbbbbbb']],
      ],
    ]);
  });

  it('names the line of a talk that matches no heading, and of one without a title', () => {
    const { problems } = post([
      '  - title: A talk not in the notes',
      '    speaker: Nobody Here',
      '  - speaker: Who Knows',
    ]);
    expect(problems.filter(isError).map((p) => [p.line, p.message])).toEqual([
      [6, 'front matter talks.1: each talk of the list needs a title (or an id)'],
    ]);
    const unknown = post(['  - title: A talk not in the notes', '    speaker: Nobody Here']);
    expect(unknown.problems.filter(isError).map((p) => p.line)).toEqual([4]);
    expect(unknown.problems[0]?.message).toMatch(/a-talk-not-in-the-notes matches no talk heading/);
  });
});

describe('`speaker:` for one speaker in the keyed form too', () => {
  it('is read as `speakers:` with one name', () => {
    const { talks, problems } = parseNotes(
      [
        '---',
        'talks:',
        '  signals-are-just-functions:',
        '    speaker: Adaeze Ferreira (Vercelo)',
        '---',
        '',
        '## Signals are just functions',
        '',
        'Fine-grained reactivity.',
      ].join('\n'),
      'x.md',
      'x',
    );
    expect(problems).toEqual([]);
    expect(talks[0]?.speakers).toEqual([{ name: 'Adaeze Ferreira', company: 'Vercelo' }]);
  });
});
