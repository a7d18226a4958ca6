import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (18): each post invented for these tests. */

describe('talks inside containers', () => {
  it('reads a talk written as a block quote as the same lines without the quote', () => {
    const { talks } = post(
      '---',
      'title: "BrickConf 2025: one quote per talk"',
      '---',
      'One block per talk, then what I thought.',
      '',
      '> **Indexes you forgot you had**',
      '> Odile Marchetti, Quarrystone',
      '>',
      '> Unused indexes still cost you on every write.',
      '>',
      '> [slides](https://speakerdeck.com/omarchetti/indexes) · [video](https://www.youtube.com/watch?v=aaaaaaaaaaa)',
      '',
      'The best talk of the morning.',
      '',
      '> "Every outage is a DNS outage until proven otherwise."',
      '',
      '> **Vacuum, explained slowly**',
      '> Tomasz Brzęk (Kilnworks)',
      '>',
      '> Autovacuum is a janitor; fund it.',
      '',
      '> **Lightning talks**',
      '>',
      '> - *EXPLAIN in five minutes* — Ruben Claes',
      '> - *psql tricks* — Ada Nwosu (Quay Systems)',
      '',
      'Both were good.',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Indexes you forgot you had', ['Odile Marchetti @ Quarrystone'], ['slides', 'video']],
      ['Vacuum, explained slowly', ['Tomasz Brzęk @ Kilnworks'], []],
      ['EXPLAIN in five minutes', ['Ruben Claes'], []],
      ['psql tricks', ['Ada Nwosu @ Quay Systems'], []],
    ]);
    expect(talks.map((t) => t.kind)).toEqual([
      undefined,
      undefined,
      'Lightning talk',
      'Lightning talk',
    ]);
    expect(talks[1]?.summary).toBe('Autovacuum is a janitor; fund it.');
    expect(talks[0]?.summary).toContain('Unused indexes still cost you');
    expect(talks[0]?.summary).toContain('The best talk of the morning.');
  });

  it('keeps a quote that is no talk a quote', () => {
    const { talks } = post(
      '# BrickConf 2025',
      '',
      '## Indexes you forgot you had — Odile Marchetti (Quarrystone)',
      '',
      '> **Note**',
      '> Check pg_stat_user_indexes before dropping anything.',
      '',
      '- Unused indexes cost writes',
    );
    expect(talks.map((t) => t.title)).toEqual(['Indexes you forgot you had']);
  });

  it('reads a definition list of talks, and not a glossary', () => {
    const { talks, problems } = post(
      '---',
      'title: FlowFest Bergen 2025',
      '---',
      'My notes as a definition list.',
      '',
      '## Day 1',
      '',
      'Backpressure for the impatient',
      ': *Ingvild Aasen, Fossekraft*',
      ': Every queue is a promise you can break.',
      ': [Slides](https://speakerdeck.com/iaasen/backpressure) · [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb)',
      '',
      'Keynote: Streams all the way down',
      ': *Dr. Halvard Nygård*',
      ': The log is the database, again.',
      '',
      '**Coffee break**',
      ': Excellent coffee, terrible queue.',
      '',
      '## Day 2',
      '',
      'Joins that do not lie',
      ': *Mei Aoki & Rune Dahl — Strømlab*',
      ': Interval joins whenever the business allows.',
      '',
      '## Words I had to look up',
      '',
      'Watermark',
      ': A timestamp that says no older events will arrive.',
      '',
      'Savepoint',
      ': A portable snapshot of a job.',
    );
    expect(talks.map((t) => [t.title, who(t), t.day, kinds(t)])).toEqual([
      [
        'Backpressure for the impatient',
        ['Ingvild Aasen @ Fossekraft'],
        'Day 1',
        ['slides', 'video'],
      ],
      ['Streams all the way down', ['Dr. Halvard Nygård'], 'Day 1', []],
      ['Joins that do not lie', ['Mei Aoki @ Strømlab', 'Rune Dahl @ Strømlab'], 'Day 2', []],
    ]);
    expect(talks[0]?.summary).toBe('Every queue is a promise you can break.');
    expect(talks[1]?.kind).toBe('Keynote');
    // The break between two talks is no note of the talk before it.
    expect(talks[1]?.summary).toBe('The log is the database, again.');
    expect(problems.map((p) => p.message)).toContain(
      '"Words I had to look up" skipped as not a talk: a glossary of terms, not a talk',
    );
  });
});

describe('an HTML schedule grid with merged cells', () => {
  it('reads each cell as a talk in its room, the title then its people', () => {
    const { talks } = post(
      '---',
      'title: Lakeside Lisp 2025 — the main day',
      '---',
      'The schedule, copied from the site; notes below.',
      '',
      '<table>',
      '  <tr><th>Time</th><th>Room 1</th><th>Room 2</th><th>Room 3</th></tr>',
      '  <tr><td>09:00</td><td colspan="3"><b>Opening keynote: Parens forever</b> ✔<br>Greta Solberg (Fjellkode)</td></tr>',
      '  <tr>',
      '    <td>10:00</td>',
      '    <td><b>Macros for mortals</b><br>Ilir Berisha (Drinlabs)</td>',
      '    <td rowspan="2"><b>Workshop: Your first REPL</b> (2h)<br>Ana Lobo &amp; Tiago Reis (Caravela)</td>',
      '    <td><b>Clojure on the edge</b><br>Wen Zhao</td>',
      '  </tr>',
      '  <tr><td>11:00</td><td><b>Persistent data, explained</b><br>Petra Vogel</td><td><b>Lisp in the browser</b> ✔<br>Omar Said (Qahwa Labs)</td></tr>',
      '  <tr><td>12:00</td><td colspan="3">🍽️ Lunch</td></tr>',
      '  <tr><td>13:00</td><td colspan="2"><b>Panel: Is Lisp a good bet?</b><br>Moderator: Greta Solberg · Wen Zhao, Petra Vogel</td><td>—</td></tr>',
      '</table>',
      '',
      '## Notes',
      '',
      '### Lisp in the browser',
      '',
      'Omar compiled a small Lisp to WebAssembly live on stage.',
    );
    expect(talks.map((t) => [t.title, who(t), t.time, t.room, t.kind])).toEqual([
      ['Parens forever', ['Greta Solberg @ Fjellkode'], '09:00', 'Room 1', 'Keynote'],
      ['Macros for mortals', ['Ilir Berisha @ Drinlabs'], '10:00', 'Room 1', undefined],
      [
        'Your first REPL',
        ['Ana Lobo @ Caravela', 'Tiago Reis @ Caravela'],
        '10:00',
        'Room 2',
        'Workshop',
      ],
      ['Clojure on the edge', ['Wen Zhao'], '10:00', 'Room 3', undefined],
      ['Persistent data, explained', ['Petra Vogel'], '11:00', 'Room 1', undefined],
      [
        'Is Lisp a good bet?',
        ['Greta Solberg', 'Wen Zhao', 'Petra Vogel'],
        '13:00',
        'Room 1',
        'Panel',
      ],
      ['Lisp in the browser', ['Omar Said @ Qahwa Labs'], '11:00', 'Room 3', undefined],
    ]);
    expect(talks.at(-1)?.summary).toBe('Omar compiled a small Lisp to WebAssembly live on stage.');
  });
});

describe('one line per talk, with marks and facts beside the title', () => {
  it('reads a ranked list as a link aggregator prints it', () => {
    const { talks } = post(
      '---',
      'title: BeamFjord 2025, ranked like a news site',
      '---',
      'Points are my opinion, comments are my notes.',
      '',
      '1. ▲ [Supervisors all the way down](https://www.youtube.com/watch?v=ccccccccccc) (youtube.com)',
      '   211 points by Lina Okafor (Baobab Labs) | 41 min | [slides](https://speakerdeck.com/lokafor/sup) | 33 comments',
      '',
      '   Restart strategies are product decisions.',
      '',
      '2. ▲ [Types on the BEAM](https://www.youtube.com/watch?v=ddddddddddd) (youtube.com)',
      '   140 points by Tarjei Moe | 30 min | 12 comments',
      '',
      '   Gradual typing without losing OTP.',
      '',
      '3. ▲ [Lightning talks](https://www.youtube.com/watch?v=eeeeeeeeeee) (youtube.com)',
      '   20 points by various | 30 min | 2 comments',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Supervisors all the way down', ['Lina Okafor @ Baobab Labs'], ['video', 'slides']],
      ['Types on the BEAM', ['Tarjei Moe'], ['video']],
      ['Lightning talks', [], ['video']],
    ]);
    expect(talks[0]?.summary).toBe('Restart strategies are product decisions.');
  });

  it('reads an awesome list whose items carry the conference and badge links after the name', () => {
    const result = post(
      '# talks-worth-watching',
      '',
      '## Protocols',
      '',
      '- **Packets have feelings** — Ines Carvalho (Lusonet) · *NetDays 2025* [![YouTube](https://img.shields.io/badge/YouTube-red)](https://www.youtube.com/watch?v=fffffffffff) [![Slides](https://img.shields.io/badge/Slides-blue)](https://speakerdeck.com/icarvalho/packets)',
      '  - Why your MTU is lying to you.',
      '- **BGP for the rest of us** — Kwame Asare · *RouteConf 2025* [YouTube](https://www.youtube.com/watch?v=ggggggggggg)',
      '',
      '## Related lists',
      '',
      '- [awesome-networking](https://github.com/example/awesome-networking) — the big one',
      '- [awesome-sre](https://github.com/example/awesome-sre) — some talks',
    );
    const { talks } = result;
    expect(talks.map((t) => [t.title, who(t), t.topic, kinds(t)])).toEqual([
      ['Packets have feelings', ['Ines Carvalho @ Lusonet'], 'Protocols', ['video', 'slides']],
      ['BGP for the rest of us', ['Kwame Asare'], 'Protocols', ['video']],
    ]);
    // Each talk is of the conference after its speaker's name.
    const events = [result.event, ...(result.more ?? [])];
    expect(talks.map((t) => events.find((e) => e.id === t.event)?.name)).toEqual([
      'NetDays 2025',
      'RouteConf 2025',
    ]);
  });

  it('reads a list of "Title, Name (Company)" lines where most items read so', () => {
    const { talks } = post(
      '---',
      'title: GoVeld 2025',
      '---',
      'Just the list of what I saw.',
      '',
      '- Keynote, Palesa Mokoena',
      '- Channels in anger, Willem Botes (Karoo Labs)',
      '- Wire protocols from scratch, Anele Zungu, Fynbos Data',
      '- TinyGo on a kettle, Johan & Elsa du Toit',
      "- Closing panel (didn't stay)",
      '',
      'Thursday:',
      '',
      '- Opening keynote — Sizwe Dube',
      '- Fuzzing everything — Naledi Sithole (Baobab Security)',
      '',
      'Books I bought:',
      '',
      '- Kubernetes, the hard way',
      '- Accelerate',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Keynote', ['Palesa Mokoena']],
      ['Channels in anger', ['Willem Botes @ Karoo Labs']],
      ['Wire protocols from scratch', ['Anele Zungu @ Fynbos Data']],
      ['TinyGo on a kettle', ['Johan du Toit', 'Elsa du Toit']],
      ['Opening keynote', ['Sizwe Dube']],
      ['Fuzzing everything', ['Naledi Sithole @ Baobab Security']],
    ]);
    expect(talks[4]?.kind).toBe('Keynote');
  });
});

describe('a video playlist copied from its page', () => {
  it('reads each entry as a talk, and no trailer nor view count', () => {
    const { talks } = post(
      '# SwiftHarbour 2025 — the playlist',
      '',
      'Copied from the channel so I can tick off what I watched.',
      '',
      '1',
      '31:02',
      'Now playing',
      '✅ Opening Keynote: Swift in 2030 | Maj Lindgren',
      'SwiftHarbour',
      '9.1K views • 2 weeks ago',
      '',
      '2',
      '40:17',
      'Actors without fear | Kofi Boateng (Harbourware)',
      'SwiftHarbour',
      '2K views • 2 weeks ago',
      '',
      '3',
      '45:01',
      '✅ Panel: The future of Swift on servers',
      'SwiftHarbour',
      '1.4K views • 2 weeks ago',
      '',
      '4',
      '1:58',
      'SwiftHarbour 2025 — Aftermovie',
      'SwiftHarbour',
      '4.4K views • 2 weeks ago',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Swift in 2030', ['Maj Lindgren'], 'Keynote'],
      ['Actors without fear', ['Kofi Boateng @ Harbourware'], undefined],
      ['The future of Swift on servers', [], 'Panel'],
    ]);
    expect(talks.map((t) => t.summary).join(' ')).not.toMatch(/views|SwiftHarbour/);
  });
});

describe('a bold name with a company under a talk heading', () => {
  it("is the talk's speaker line, not a talk named after the person", () => {
    const { talks } = post(
      '---',
      'title: OpsHarbour Cork 2025',
      '---',
      '## Budgets as a product',
      '',
      '**Ruth Mwangi**, Head of Platform at Savanna Pay',
      '',
      'Ruth treats cloud spend as a product metric.',
      '',
      '## 19 hours: the outage we never want again',
      '',
      '**Tadhg Byrne** (Shamrock Freight)',
      '',
      'The best talk of the conference.',
    );
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Budgets as a product', ['Ruth Mwangi @ Savanna Pay'], undefined],
      ['19 hours: the outage we never want again', ['Tadhg Byrne @ Shamrock Freight'], undefined],
    ]);
    expect(talks[1]?.summary).toBe('The best talk of the conference.');
  });
});
