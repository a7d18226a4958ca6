import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (17, continued): each post invented for these tests. */

describe('notes written in AsciiDoc, in a .md file', () => {
  it('reads = headings, ---- blocks, link: macros and attributes as the Markdown they stand for', () => {
    const { event, talks } = post(
      '= JavaFjord 2025 — my notes',
      ':author: Siv Rønning',
      ':toc: left',
      '',
      'Notes from JavaFjord 2025 in Bergen (14–16 May 2025).',
      '',
      '== Day 1',
      '',
      '=== Records all the way down -- Tor Eide (Vestkyst AS)',
      '',
      '* Records plus sealed types replace most visitors',
      '* link:https://speakerdeck.com/teide/records[Slides]',
      '',
      '[source,java]',
      '----',
      'sealed interface Shape permits Circle, Square {}',
      '== not a heading',
      '----',
      '',
      'TIP: Bring the demo repo.',
      '',
      '== Day 2',
      '',
      '=== Loom in production -- Anja Berg',
      '',
      '* Pinning on synchronized is mostly gone',
    );
    expect(event.name).toBe('JavaFjord 2025');
    expect(event.dates).toBe('2025-05-14..2025-05-16');
    expect(talks.map((t) => [t.title, who(t), t.day, t.date, kinds(t)])).toEqual([
      ['Records all the way down', ['Tor Eide @ Vestkyst AS'], 'Day 1', '2025-05-14', ['slides']],
      ['Loom in production', ['Anja Berg'], 'Day 2', '2025-05-15', []],
    ]);
    expect(talks[0]?.summary).toBe(
      'Records plus sealed types replace most visitors. Bring the demo repo.',
    );
  });

  it('makes no talk of code pasted right above a line of dashes in a Markdown post', () => {
    const { talks } = post(
      '# JavaFjord 2025',
      '',
      '## Records all the way down — Tor Eide (Vestkyst AS)',
      '',
      '- Records plus sealed types replace most visitors',
      '',
      'sealed interface Shape {',
      '  double area();',
      '}',
      '----',
    );
    expect(talks.map((t) => t.title)).toEqual(['Records all the way down']);
  });
});

describe('links to a talk from the post’s own sections, and kinds and titles in other words', () => {
  it("gives a talk the deck and recording a 'Links mentioned' list names by its speaker", () => {
    const { talks } = post(
      '# Episode 12: our picks from OpsFjord 2025',
      '',
      '## Show notes',
      '',
      '**[02:10]** Lena’s pick: **"Runbooks nobody opens"** by Marit Vold (Fjellops). Runbooks rot in a quarter.',
      '',
      '**[19:40]** Jonas’s pick: **"Cost per request"** by Ivar Lie. Unit economics for platform teams.',
      '',
      '## Links mentioned',
      '',
      "- Marit's slides: https://speakerdeck.com/mvold/runbooks",
      "- Ivar's talk video: https://www.youtube.com/watch?v=Kk4lL5mM6nN",
      '- Our episode on runbooks: https://podcast.example/7',
    );
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['Runbooks nobody opens', ['slides']],
      ['Cost per request', ['video']],
    ]);
  });

  it('reads a Polish opening talk as a keynote, its title without the quotes', () => {
    const { talks } = post(
      '# Gdańsk Data Days 2025',
      '',
      '### Prelekcja otwierająca: „Dane nie kłamią" — dr Ewa Kowal (Politechnika Gdańska)',
      '',
      'Świetny początek dnia.',
    );
    expect(talks.map((t) => [t.title, t.kind, who(t)])).toEqual([
      ['Dane nie kłamią', 'Keynote', ['Dr. Ewa Kowal @ Politechnika Gdańska']],
    ]);
  });

  it('titles a heading that only says "Keynote" by the title its first sentence gives', () => {
    const { talks, problems } = post(
      '---',
      'talks:',
      '  keynote:',
      '    video: https://www.youtube.com/watch?v=Cc3dD4eE5fF',
      '---',
      '# SysFjord 2025',
      '',
      '## Keynote',
      '',
      '**Dr. Ola Brekke** (NTNU) gave the opening keynote, *Caches All the Way Down*. Her point: memory is the new disk.',
      '',
      '## Closing keynote',
      '',
      'The closing keynote was *really* good, and long.',
    );
    expect(talks.map((t) => [t.title, t.kind, kinds(t)])).toEqual([
      ['Caches All the Way Down', 'Keynote', ['video']],
      ['Closing keynote', 'Keynote', []],
    ]);
    // The front matter still names the talk by its heading.
    expect(problems).toEqual([]);
  });

  it('reads a speaker heading over a labelled title heading, in Italian', () => {
    const { talks } = post(
      '# MilanoDev 2025',
      '',
      '## Sessioni',
      '',
      '### Osservabilità per chi ha fretta — Marco Riva (Tevere Labs)',
      '',
      'OpenTelemetry in dieci minuti.',
      '',
      '### Relatore: Paolo Neri, Staff Engineer presso Lagunapay',
      '#### Titolo: Pagamenti idempotenti con Kafka',
      '',
      'Outbox pattern ovunque, chiavi di idempotenza per ogni richiesta.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Osservabilità per chi ha fretta',
        ['Marco Riva @ Tevere Labs'],
        'OpenTelemetry in dieci minuti.',
      ],
      [
        'Pagamenti idempotenti con Kafka',
        ['Paolo Neri @ Lagunapay'],
        'Outbox pattern ovunque, chiavi di idempotenza per ogni richiesta.',
      ],
    ]);
  });

  it("reads a company after a role in French ('experte … chez'), and a wiki's report", () => {
    const { event, talks } = post(
      '# Conference report — Q2 (WebFjord Lyon 2025)',
      '',
      '**Owner:** Inès Garnier · **Status:** Approved',
      '',
      '{toc}',
      '',
      '# 1 Sessions',
      '',
      '## 1.1 Accessibilité sans overlays',
      '',
      'Intervenante : Clara Morel, experte accessibilité chez Lumio',
      '',
      '### 1.1.1 Key points',
      '',
      '- Overlays break screen readers more than they help',
      '',
      '## 1.2 CSS :has() en production — Hugo Petit (Rhône Web)',
      '',
      '- Forms styled by their own validity',
    );
    expect(event.name).toBe('WebFjord Lyon 2025');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Accessibilité sans overlays', ['Clara Morel @ Lumio']],
      ['CSS :has() en production', ['Hugo Petit @ Rhône Web']],
    ]);
    expect(talks[0]?.summary).toBe(
      'Key points: Overlays break screen readers more than they help.',
    );
  });
});
