import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (12): each post invented for these tests. */

describe('talks and speakers in more wordings', () => {
  const { talks } = post(
    '# ReactConf Paris 2025',
    '',
    '## First day',
    '',
    '🎯 **React Compiler in the wild** — Théo Vasseur (Doctolib)',
    '',
    '- The compiler removed most useMemo calls',
    '- Owner: Piotr Zieliński',
    '- Someone from the audience asked whether it works with MobX — mostly',
    '',
    '### The platform is a product',
    '',
    '**Kari Nordmann** (Vipps MobilePay) opened the first day. Her point: nobody would choose it.',
    '',
    '### Keynote: Java at 30',
    '',
    'Brian Holt, Oracle.',
    '',
    'Java is fine.',
    '',
    'The slides aren’t published yet.',
    '',
    '## Jeudi',
    '',
    '### Chaos engineering for the rest of us (Ioana Marin - Bitdefender)',
    '',
    '- game days',
    '',
    '### Le front, autrement',
    '',
    'Par Claire Moreau, développeuse front chez Ouest-France',
    '',
    '- moins de JavaScript',
    '',
    '### Pause déjeuner',
    '',
    'Crêpes.',
  );

  it('reads each talk with its speaker and company', () => {
    expect(talks.map((t) => [t.title, who(t), t.day])).toEqual([
      ['React Compiler in the wild', ['Théo Vasseur @ Doctolib'], 'First day'],
      ['The platform is a product', ['Kari Nordmann @ Vipps MobilePay'], 'First day'],
      ['Java at 30', ['Brian Holt @ Oracle'], 'First day'],
      ['Chaos engineering for the rest of us', ['Ioana Marin @ Bitdefender'], 'Jeudi'],
      ['Le front, autrement', ['Claire Moreau @ Ouest-France'], 'Jeudi'],
    ]);
  });

  it('leaves the note-taker, the audience’s question and a link to come out of the summary', () => {
    expect(talks.map((t) => t.summary)).toEqual([
      'The compiler removed most useMemo calls.',
      'Kari Nordmann (Vipps MobilePay) opened the first day. Her point: nobody would choose it.',
      'Java is fine.',
      'game days.',
      'moins de JavaScript.',
    ]);
  });
});

describe('the conference of a post', () => {
  it('is named by a `conference:` key, or by more title forms', () => {
    const { event } = post(
      '---',
      'conference: Craft Conference 2025',
      '---',
      '',
      '## Talk by Ana Ruiz',
    );
    expect(event.name).toBe('Craft Conference 2025');
    expect(conferenceName('Appunti dal Codemotion Torino 2025')).toBe('Codemotion Torino 2025');
    expect(conferenceName('KubeSummit Warsaw 2025 – Conference Report')).toBe(
      'KubeSummit Warsaw 2025',
    );
  });

  it('is one per `#` heading in a newsletter about two conferences', () => {
    const { event, more, talks } = post(
      '---',
      'title: "Spring 2025 conference newsletter"',
      '---',
      '',
      '# JavaDays Tallinn 2025',
      '',
      '## Virtual threads in production — Kaarel Tamm (Wise)',
      '',
      '# DataBalt Riga 2025',
      '',
      '## Lakehouse without tears — Jānis Bērziņš (Printful)',
    );
    expect([event, ...(more ?? [])].map((e) => e.name)).toEqual([
      'JavaDays Tallinn 2025',
      'DataBalt Riga 2025',
    ]);
    expect(talks.map((t) => t.event)).toEqual([
      'post-javadays-tallinn-2025',
      'post-databalt-riga-2025',
    ]);
  });
});

describe('panels and titles in other wordings', () => {
  it('reads a panel’s people in long sentences and other languages', () => {
    const { talks } = post(
      '# PanelFest 2025',
      '',
      '## Do we still need Redis?',
      '',
      'On stage: Kenji Mori (Mercari), Fatima El Amrani (Adevinta) and Ruairí Mac Giolla Phádraig (Intercom). Chaired by Olga Petrenko.',
      '',
      'Caches are still caches.',
      '',
      '## Le cloud souverain',
      '',
      'Animée par Thomas Riou. Avec Sophie Nicol (Doctolib), Yann Le Gall (Scaleway) et Nolwenn Bihan.',
      '',
      'Bla.',
    );
    expect(talks.map(who)).toEqual([
      [
        'Kenji Mori @ Mercari',
        'Fatima El Amrani @ Adevinta',
        'Ruairí Mac Giolla Phádraig @ Intercom',
        'Olga Petrenko',
      ],
      ['Thomas Riou', 'Sophie Nicol @ Doctolib', 'Yann Le Gall @ Scaleway', 'Nolwenn Bihan'],
    ]);
    expect(talks.map((t) => t.summary)).toEqual(['Caches are still caches.', 'Bla.']);
  });

  it('drops counts, kinds and quotes from titles: "Talk n°1 :", ",,…\'\'", "Table ronde :"', () => {
    const { talks } = post(
      '# DevFest Nantes 2025',
      '',
      "### Talk n°1 : ,,Kubernetes operators, the good parts''",
      '',
      '- notes',
      '',
      "### Keynote d'ouverture : « Le numérique sobre »",
      '',
      '- notes',
      '',
      '### Table ronde : le futur du cloud',
      '',
      '- notes',
      '',
      '### „Architektura ewolucyjna w praktyce”',
      '',
      '- notes',
    );
    expect(talks.map((t) => [t.title, t.kind])).toEqual([
      ['Kubernetes operators, the good parts', undefined],
      ['Le numérique sobre', 'Keynote'],
      ['Le futur du cloud', 'Panel'],
      ['Architektura ewolucyjna w praktyce', undefined],
    ]);
  });

  it('names a link by the word before it: "the deck is [in their GitHub](….pdf)"', () => {
    const { talks } = post(
      '# SREcon 2025',
      '',
      '## Alert fatigue by Mara Linde',
      '',
      '- The recording lives [on Vimeo](https://vimeo.com/srel25alert) and the deck',
      '  is [in their GitHub](https://github.com/mvdlinde/talks/blob/main/alert-fatigue.pdf)',
    );
    expect(talks[0]?.links.map((l) => l.kind)).toEqual(['video', 'slides']);
  });
});

describe('a live blog with words between the time and the title', () => {
  it('reads "**16:55** — Last talk of the day: **“Title”** by Name (Co). Notes" as a talk', () => {
    const { talks } = post(
      '# RustNation Lisbon 2025 — live',
      '',
      '**09:15** — Keynote: **"Rust in 2030"** by Niko Ramírez. A vision talk.',
      '',
      '**15:35** — Now: **Embedded Rust on a €2 chip** — Ana Beatriz Rocha, who builds soil sensors',
      '',
      '**16:55** — Last talk of the day: **"Async drop, finally?"** by Lukas Meyer (Ferrous Labs). Lukas is on the async working group.',
    );
    expect(talks.map((t) => [t.time, t.title, who(t), t.summary])).toEqual([
      ['09:15', 'Rust in 2030', ['Niko Ramírez'], 'A vision talk.'],
      ['15:35', 'Embedded Rust on a €2 chip', ['Ana Beatriz Rocha'], ''],
      [
        '16:55',
        'Async drop, finally?',
        ['Lukas Meyer @ Ferrous Labs'],
        'Lukas is on the async working group.',
      ],
    ]);
  });
});

describe('lightning talks in a toggle, and asides in a title', () => {
  it('reads the toggle’s list as talks, and keeps "(Much)" in the title', () => {
    const { talks } = post(
      '# JSConf Nordic 2025',
      '',
      '## State machines everywhere — Ana Ruiz (Stately)',
      '',
      '- XState v5',
      '',
      '## Lightning talks',
      '',
      '<details>',
      '<summary>Five lightning talks we liked</summary>',
      '',
      '- **Temporal is here** — Dan Ilić: the `Temporal` API is shipping in browsers, finally',
      '- **CSS anchor positioning** — Ana Lima: tooltips without JavaScript',
      '</details>',
      '',
      "## Metrics That Don't Lie (Much)",
      '',
      '- SLOs',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['State machines everywhere', ['Ana Ruiz @ Stately']],
      ['Temporal is here', ['Dan Ilić']],
      ['CSS anchor positioning', ['Ana Lima']],
      ["Metrics That Don't Lie (Much)", []],
    ]);
  });
});

describe('more from a third round of posts', () => {
  it('joins a paragraph’s lines with a space after a bold title line', () => {
    const { talks } = post(
      '# JVM Days 2025',
      '',
      '**Rust for the JVM crowd - Hannes Berglund (Kalevi Labs)**',
      'he compared ownership',
      'to try-with-resources',
    );
    expect(talks[0]?.summary).toBe('he compared ownership to try-with-resources.');
  });

  it('reads Spanish "y" between names and "de" before a company', () => {
    const { talks } = post(
      '# Lima Dev 2025',
      '',
      '### Rust en sistemas de pago',
      '',
      '**Ponentes:** Camila Pereira y Joaquín Méndez (Bancoriente)',
      '',
      '- sin GC',
      '',
      '### La IA no va a reemplazarte',
      '',
      'Ponente: Diego Suárez, de Globant',
      '',
      '- todavía',
      '',
      '## Footnotes',
      '',
      '[^1]: Account recovery is the real threat model.',
      '',
      '## A quote I keep thinking about',
      '',
      '> Make it work, then make it fast. — Ilkka Rautio',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      [
        'Rust en sistemas de pago',
        ['Camila Pereira @ Bancoriente', 'Joaquín Méndez @ Bancoriente'],
      ],
      ['La IA no va a reemplazarte', ['Diego Suárez @ Globant']],
    ]);
  });
});

describe('a third round of people and kinds', () => {
  const { talks, event } = post(
    '---',
    'title: "PyCascadia 2025: 6 talks worth your time"',
    '---',
    '',
    '| Time | Talk | Speaker |',
    '|------|------|---------|',
    '| 10:15 | DuckDB in production | Fabio Rinaldi |',
    '| 15:30 | Lightning talks | various |',
    '',
    '**Platform team of one**',
    'Jussi Rantanen',
    '- say no to tickets',
    '',
    '**Closing panel: is AI eating devtools?**',
    'w/ Aino Virtanen, Kasper Holm, Leila Said',
    '- nobody agreed on anything',
    '',
    '### Ask me anything with Sandro Mancuso',
    '',
    '- crafts',
    '',
    '### Zig in prod',
    '',
    '*Speaker: Oskar Brekke (independent)*',
    '',
    '- comptime',
    '',
    '### 6. The keynote: Python in 2030',
    '',
    'Maya Goldberg, Python Software Foundation',
  );

  it('reads "w/", "Ask me anything with", a keynote after "The", and no placeholder as a person', () => {
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['DuckDB in production', ['Fabio Rinaldi'], undefined],
      ['Lightning talks', [], 'Lightning talk'],
      ['Platform team of one', ['Jussi Rantanen'], undefined],
      ['Is AI eating devtools?', ['Aino Virtanen', 'Kasper Holm', 'Leila Said'], 'Panel'],
      ['Ask me anything', ['Sandro Mancuso'], undefined],
      ['Zig in prod', ['Oskar Brekke'], undefined],
      ['Python in 2030', ['Maya Goldberg @ Python Software Foundation'], 'Keynote'],
    ]);
  });

  it('names the event without the post’s count of talks', () => {
    expect(event.name).toBe('PyCascadia 2025');
  });
});
