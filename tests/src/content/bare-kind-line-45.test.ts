import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A Devoxx attendee's notes, a `#` heading per talk with its format alone on the next line as the
 * programme names it ("Keynote", "Conference", "Tools-in-Action"), then `## Abstract` with the
 * speaker, `## Notes` (the shape of a real Devoxx France 2022 notes repository). Invented talks.
 */
const talk = (title: string, format: string, speaker: string) => [
  `# ${title}`,
  '',
  format,
  '',
  '## Abstract',
  '',
  `- ${speaker}`,
  '',
  'Ce que la salle a appris en quarante minutes.',
  '',
  '## Notes',
  '',
  '- Les outils comptent moins que les habitudes',
  '',
];

describe("a talk's format alone on the line under its title", () => {
  it('is its kind, and no note', () => {
    const parsed = post(
      ...talk('Sobriété numérique : le temps presse', 'Keynote', 'Céleste Marchand'),
      ...talk('Requêtes typées sans ORM', 'Conference', 'Yannick Delorme'),
      ...talk('Un linter en dix minutes', 'Tools-in-Action', 'Inès Carvalho'),
    );
    expect(parsed.talks.map((t) => [t.title, t.kind])).toEqual([
      ['Sobriété numérique : le temps presse', 'Keynote'],
      ['Requêtes typées sans ORM', undefined],
      ['Un linter en dix minutes', 'Tools in action'],
    ]);
    for (const read of parsed.talks)
      expect(JSON.stringify(read.notes)).not.toMatch(/"(?:Keynote|Conference|Tools-in-Action)"/);
  });

  it('is a note still where the line says more than the format', () => {
    const parsed = post(
      ...talk('Requêtes typées sans ORM', 'Keynote material, really', 'Yannick Delorme'),
    );
    expect(parsed.talks[0]?.kind).toBeUndefined();
    expect(JSON.stringify(parsed.talks[0]?.notes)).toMatch(/Keynote material/);
  });
});

describe('"Keynote speech:" and "Keynote address:" before a title', () => {
  it("are the talk's kind, not words of its title", () => {
    const parsed = post(
      'My schedule for the first day of the conference was:',
      '',
      '1) Keynote speech: There and Back Again - Ferry Security in the 21st Century by Bo Lindahl.',
      'I found it interesting.',
      '2) Keynote address: The Quiet Harbour by Ada Strand.',
      'A calm talk.',
    );
    expect(parsed.talks.map((t) => [t.title, t.kind])).toEqual([
      ['There and Back Again - Ferry Security in the 21st Century', 'Keynote'],
      ['The Quiet Harbour', 'Keynote'],
    ]);
  });
});
