import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A list of talks whose links name the speaker, the title after a dash and notes after it on the
 * same line ("- [Jane Roe](…) — Title. She showed…"), some bullets written without the blank
 * after the dash ("-[ Jane Roe](…)"). Invented event, talks and people.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'getnet-summit.md', 'x').talks.map((talk) => ({
    title: talk.title,
    speakers: talk.speakers.map((speaker) => speaker.name),
  }));

describe('a list item whose link names the speaker', () => {
  it('is a talk titled by the words after the dash, notes after its first sentence', () => {
    const talks = read(
      '# Getnet Summit 2031',
      '',
      '## Talks',
      '',
      '-[ Jane Roe](https://example.com/jane) — Scaling queues without tears. She moved from one broker to three.',
      '- [Kofi Mensah](https://example.com/kofi) — Observability on a budget. Cheap tracing with sampling.',
      '- [ Lena Park ](https://example.com/lena) — Edge caching for the rest of us',
      '  CDN rules that work.',
    );
    expect(talks).toEqual([
      { title: 'Scaling queues without tears', speakers: ['Jane Roe'] },
      { title: 'Observability on a budget', speakers: ['Kofi Mensah'] },
      { title: 'Edge caching for the rest of us', speakers: ['Lena Park'] },
    ]);
  });

  it('keeps the notes after the title as the talk’s', () => {
    const { talks } = parseNotes(
      [
        '# Getnet Summit 2031',
        '',
        '## Talks',
        '',
        '- [Tuva Lie](https://example.com/tuva) — Kotlin in schools. Kids learn types before loops.',
        '- [Hadi Karimi](https://example.com/hadi) — Ktor at scale. Plugins all the way down.',
      ].join('\n'),
      'getnet-summit.md',
      'x',
    );
    expect(talks.map((talk) => talk.notes.map((note) => note.text).join(' '))).toEqual([
      'Kids learn types before loops.',
      'Plugins all the way down.',
    ]);
  });

  it('leaves a linked title and its description, and a remark on a person in a talk’s notes', () => {
    const text = [
      '# Getnet Summit 2031',
      '',
      '## Refactoring legacy monoliths',
      '',
      'Speaker: Jane Roe',
      '',
      '- [Martin Fowler](https://martinfowler.com) — his bliki, which she kept quoting',
      '- She split the monolith by seams.',
      '',
      '## Talks',
      '',
      '- [Kafka Streams in anger](https://example.com/ks) — A deep dive into state stores. Long but good.',
      '- [Edge caching](https://example.com/edge) — Rules for the CDN. Short.',
    ].join('\n');
    expect(read(text).map((talk) => talk.title)).toEqual([
      'Refactoring legacy monoliths',
      'Kafka Streams in anger',
      'Edge caching',
    ]);
  });

  it('leaves a glued dash before a link inside a code fence as it is', () => {
    const { talks } = parseNotes(
      [
        '# Getnet Summit 2031',
        '',
        '## Diff views in code review',
        '',
        'Speaker: Jane Roe',
        '',
        '```diff',
        '-[ Old link](https://example.com/old)',
        '```',
      ].join('\n'),
      'getnet-summit.md',
      'x',
    );
    expect(talks[0]?.notes.map((note) => note.text).join(' ')).toContain('-[ Old link]');
  });

  it('leaves an italic link at the start of a line as it is', () => {
    const { talks } = parseNotes(
      [
        '# Getnet Summit 2031',
        '',
        '## Diff views in code review',
        '',
        'Speaker: Jane Roe',
        '',
        '*[Slides](https://example.com/slides)* are online.',
      ].join('\n'),
      'getnet-summit.md',
      'x',
    );
    expect(talks[0]?.notes.map((note) => note.text)).toEqual(['Slides are online.']);
  });
});
