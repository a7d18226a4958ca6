import { describe, expect, it } from 'vitest';
import type { NoteNode } from '../../src/model.ts';
import { decodeNotes, encodeNotes } from '../../src/snapshot-notes.ts';

const note = (text: string, ...children: NoteNode[]): NoteNode => ({ text, children });

describe('notes in a snapshot', () => {
  it('come back as they were, nesting and all', () => {
    const notes = [
      note(
        'Intro: why "0 1" and a space',
        note('a point', note('deeper', note('deepest'))),
        note(''),
      ),
      note('Café ☕ 😀 — next', note('1 2 3')),
    ];
    expect(decodeNotes(encodeNotes(notes))).toEqual(notes);
    expect(decodeNotes(encodeNotes([]))).toEqual([]);
    const deep = Array.from({ length: 30 }).reduce<NoteNode>(
      (child, _, i) => note(`${i}`, child),
      note('leaf'),
    );
    expect(decodeNotes(encodeNotes([deep]))).toEqual([deep]);
  });

  it('keep a line break or half a surrogate pair, which lines cannot carry', () => {
    for (const text of ['two\nlines', 'half \ud83d pair', 'ends with \\']) {
      const notes = [note('before'), note(text, note('child'))];
      expect(decodeNotes(encodeNotes(notes))).toEqual(notes);
    }
  });

  it('refuse damaged text rather than give half the notes', () => {
    for (const damaged of ['0 fine\n2 skips a depth\n', 'x no depth\n', '0 no line end', ' 0 x\n'])
      expect(() => decodeNotes(damaged), damaged).toThrow(/damaged/);
  });
});
