import { describe, expect, it } from 'vitest';
import { postSpeakers } from './shape-fixture.ts';

/** Days told as a story that name talks by a quoted title, or a keynote in German or French. Invented. */
describe('talks a story names by their quoted title or as a keynote "of" a person', () => {
  it('reads a quoted title right after the sentence says it is a talk, no speaker said', () => {
    expect(
      postSpeakers(
        '# Harbourconf - Day 1',
        '',
        'The day started at 9.00 with check-in. Then it was time for the first talk of the day: "When queues bite - why retries can kill".',
        '',
        'It was a great talk. The remarks were the best part.',
        '',
        'After lunch the next talk I attended to was called "should I cache or should I not?", which I liked.',
        '',
        'Later a friend said "this was fun" about the party.',
      ),
    ).toEqual([
      ['When queues bite - why retries can kill', ''],
      ['Should I cache or should I not?', ''],
    ]);
  });

  it('reads "die Keynote von …" and "la keynote de …" under a title naming the conference', () => {
    expect(
      postSpeakers(
        '# Harbourconf 2031 Recap',
        '',
        'Am Freitag fuhren wir nach Bergen. Zuerst stand die Keynote von Ingrid Solberg auf dem Programm.',
        '',
        'Ingrid warf viele Fragen auf.',
      ),
    ).toEqual([['Keynote', 'Ingrid Solberg']]);
    expect(
      postSpeakers(
        '# Harbourconf 2031 : mon retour',
        '',
        'La journée a commencé par la keynote de Camille Rousseau, très inspirante.',
      ),
    ).toEqual([['Keynote', 'Camille Rousseau']]);
  });
});
