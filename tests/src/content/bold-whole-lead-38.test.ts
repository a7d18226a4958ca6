import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/** Bullets whose bold lead holds both the speaker and the title, the notes after it. Invented. */
const talksOf = (...items: string[]) =>
  parseNotes(
    ['# QuillConf 2022: my picks', '', 'Here are my favourite talks:', '', ...items].join('\n'),
    'blog/quillconf.md',
    'quillconf-2022',
  ).talks.map((t) => ({
    title: t.title,
    speakers: t.speakers.map((s) => s.name),
    summary: t.summary,
  }));

describe('a bold lead with the speaker inside it', () => {
  it('reads "**Name: Title**. notes" as the talk, its notes after the bold', () => {
    const talks = talksOf(
      '- **Marit Solberg: Heaps: Smaller at Last**. The best talk of the day. Pauses are gone.',
      '- **Kofi Mensah: Tracing Without Tears**. Three tools, all free.',
      '- **Ines Duarte: Learning in Public**. She told her story as a career changer.',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Heaps: Smaller at Last', ['Marit Solberg']],
      ['Tracing Without Tears', ['Kofi Mensah']],
      ['Learning in Public', ['Ines Duarte']],
    ]);
    expect(talks[0]?.summary).toContain('Pauses are gone');
  });

  it('reads "**Title by Name**: notes" too', () => {
    const talks = talksOf(
      '- **Heaps, Smaller at Last by Marit Solberg**: the best talk of the day.',
      '- **Tracing Without Tears by Kofi Mensah**: three tools, all free.',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Heaps, Smaller at Last', ['Marit Solberg']],
      ['Tracing Without Tears', ['Kofi Mensah']],
    ]);
  });

  it('leaves bold advice and labels as notes', () => {
    expect(
      talksOf(
        '- **Tip: book the hotel early**. Prices double.',
        '- **Note: bring a jumper**. The hall was cold.',
        '- **Food: excellent**. Lots of options.',
      ),
    ).toEqual([]);
  });
});
