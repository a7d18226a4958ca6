import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A Russian photo report of a conference: its one heading asks what the conference is ("DevConf
 * — что это?") over the author's explanation; no talk is titled so. Invented text.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/ural-conf.md', 'page');

describe('a heading that asks what a name is', () => {
  it('is the author explaining it, not a talk', () => {
    const { talks } = read(
      '# УралКонф 2031. Фотоотчёт',
      '',
      'Вчера побывал на конференции, и мне очень понравилось.',
      '',
      '## УралКонф — что это?',
      '',
      'Это конференция сообществ, а не корпораций.',
    );
    expect(talks).toEqual([]);
  });

  it('in other languages too, beside a real talk', () => {
    const { talks } = read(
      '## LakeConf: what is it?',
      '',
      'A community day by the lake.',
      '',
      '## Caching in anger — Jane Doe',
      '',
      'Jane showed three caches that lied.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Caching in anger']);
  });

  it('keeps "What is a monad?" a talk', () => {
    const { talks } = read('## What is a monad? — Jane Doe', '', 'Jane explained monads.');
    expect(talks.map((t) => t.title)).toEqual(['What is a monad?']);
  });
});
