import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (18, continued): each post invented for these tests. */

describe('a daily note with a timed log of wiki links', () => {
  it('reads each "[[Talk - Title]]" line as a talk, and the other moments as none', () => {
    const { talks } = post(
      '---',
      'tags: [daily, conf/opsflow25]',
      '---',
      '# Tue, 10 June 2025',
      '',
      'Context: [[OpsFlow 2025]], day 1.',
      '',
      '## Log',
      '',
      '- 08:30 train, bad coffee',
      '- 09:10 Opening keynote: [[Budgets are promises]] — [[Maren Aas]] (Ledgerline)',
      '- 10:30 coffee with [[Jens]] about rotas',
      '- 11:00 [[Talk - Cost allocation finance believes]] by [[Tunde Bello]] (Cloudrail)',
      '  - idle cost goes to the platform team, on purpose',
      '  - slides: https://speakerdeck.com/tbello/cost',
      '- 12:30 lunch',
      '- 14:00 [[Talk - Tracing COBOL]] — [[Ana de la Fuente]] & [[Piotr Zieliński]] (Bancovia)',
      '  - video: https://www.youtube.com/watch?v=hhhhhhhhhhh',
      '- 16:15 [[Talk - Game days for sceptics]] — [[Femi]] (Gridlock Games)',
      '- 18:00 drinks at [[Het Waterhuis]]',
    );
    expect(talks.map((t) => [t.title, who(t), t.time])).toEqual([
      ['Budgets are promises', ['Maren Aas @ Ledgerline'], '09:10'],
      ['Cost allocation finance believes', ['Tunde Bello @ Cloudrail'], '11:00'],
      ['Tracing COBOL', ['Ana de la Fuente @ Bancovia', 'Piotr Zieliński @ Bancovia'], '14:00'],
      ['Game days for sceptics', ['Femi @ Gridlock Games'], '16:15'],
    ]);
    expect(talks[1]?.links.map((l) => l.kind)).toEqual(['slides']);
    expect(talks[2]?.links.map((l) => l.kind)).toEqual(['video']);
  });
});

describe('names', () => {
  it("reads the 't particle, and one name after a dash with a company or named in the notes", () => {
    const { talks } = post(
      '---',
      'title: Polder JVM 2025',
      '---',
      '## Day 1',
      '',
      "### Budgets for tiny teams — Rutger van 't Hof (Molenwerk)",
      '',
      'Rutger keeps it small.',
      '',
      '### Drift: the silent killer — Bethan',
      '',
      'Bethan (who only uses her first name) closed the night.',
      '',
      '### Chaos days for sceptics — Femi (Gridlock Games)',
      '',
      'Tabletop first.',
      '',
      '### GraphQL — Revisited',
      '',
      'An old talk, revisited for the new spec.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Budgets for tiny teams', ["Rutger van 't Hof @ Molenwerk"]],
      ['Drift: the silent killer', ['Bethan']],
      ['Chaos days for sceptics', ['Femi @ Gridlock Games']],
      ['GraphQL — Revisited', []],
    ]);
  });
});

describe('names with signs and handles around them', () => {
  it('drops the emoji an author puts before a person or a company in a heading', () => {
    const { talks } = post(
      '---',
      'title: EdgeFest Porto 2025',
      '---',
      '## 📅 Day 1',
      '',
      '### 🚀 Functions at the edge 🌍 — 👩‍💻 Inês Faria @ 🏢 Cloudpeak',
      '',
      '- Cold starts are a budget',
      '',
      '### 🤯 "Your build is a distributed system" 🔧 (🎤 Kwabena Owusu, Buildstack)',
      '',
      '- Caches are consensus',
      '',
      '### 🔐 Zero trust for the rest of us — 🎤 Tiago Mota & 🎤 Yui Sato (Portão Security)',
      '',
      '- Identity first',
    );
    expect(talks.map((t) => who(t))).toEqual([
      ['Inês Faria @ Cloudpeak'],
      ['Kwabena Owusu @ Buildstack'],
      ['Tiago Mota @ Portão Security', 'Yui Sato @ Portão Security'],
    ]);
    expect(talks[0]?.title).toBe('Functions at the edge');
  });

  it('reads a speaker line with a profile handle between the name and the company', () => {
    const { talks } = post(
      '---',
      'title: NodeFjord 2025',
      '---',
      '## Backpressure, explained with soup',
      '',
      '**Speaker:** Jonas Brandt ([@jbrandt](https://dev.to/jbrandt)) — Strudel GmbH',
      '',
      'Jonas used a soup kitchen as the metaphor for streams.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Backpressure, explained with soup', ['Jonas Brandt @ Strudel GmbH']],
    ]);
    expect(talks[0]?.summary).toBe('Jonas used a soup kitchen as the metaphor for streams.');
  });
});

describe('an organiser recap with the speakers introduced first', () => {
  it('gives each talk the person whose bio names it, and makes no talk of a bio', () => {
    const { talks } = post(
      '---',
      'title: ByteMoor Leeds 2025 — the recap',
      '---',
      'Five talks, a lot of tea.',
      '',
      '## Meet our speakers',
      '',
      '### Halima Osei',
      '![Halima Osei](/img/halima.jpg)',
      'Halima is a Principal Engineer at Kettlewell Bank, where she tames a mainframe.',
      '',
      '**Talk:** *The boring ledger* (opening keynote)',
      '',
      '### Tobias "Tobi" Lund',
      '![Tobi Lund](/img/tobi.jpg)',
      'Tobi is a staff engineer at Fika Systems and maintains two Rust crates.',
      '',
      '**Talk:** *Rust in a Java shop*',
      '',
      '### Niamh Ní Bhriain & Dev Malhotra',
      '![Niamh and Dev](/img/niamh-dev.jpg)',
      'Niamh and Dev run the platform team at Curlew Logistics.',
      '',
      '**Talk:** *Paved roads, not walls*',
      '',
      '## The talks',
      '',
      '### The boring ledger',
      'Halima opened the day with a love letter to boring technology.',
      '',
      '[Watch the recording](https://www.youtube.com/watch?v=iiiiiiiiiii)',
      '',
      '### Rust in a Java shop',
      'Tobi introduced Rust for one hot path, without a rewrite.',
      '',
      '[Watch the recording](https://www.youtube.com/watch?v=jjjjjjjjjjj)',
      '',
      '### Paved roads, not walls',
      "Niamh and Dev's double act on platforms people choose.",
      '',
      '[Watch the recording](https://www.youtube.com/watch?v=kkkkkkkkkkk)',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['The boring ledger', ['Halima Osei @ Kettlewell Bank']],
      ['Rust in a Java shop', ['Tobias "Tobi" Lund @ Fika Systems']],
      [
        'Paved roads, not walls',
        ['Niamh Ní Bhriain @ Curlew Logistics', 'Dev Malhotra @ Curlew Logistics'],
      ],
    ]);
    expect(talks[0]?.summary).toBe(
      'Halima opened the day with a love letter to boring technology.',
    );
  });
});

describe("a speaker's own page of talks", () => {
  it('makes the author the speaker of every talk, and each talk of the event it names', () => {
    const { event, more, talks } = post(
      '---',
      'title: "Talks & workshops"',
      'layout: page',
      '---',
      'Every talk I have given since 2023, newest first.',
      '',
      '## 2025',
      '',
      '### Dashboards are not observability',
      '- **SREcon EMEA 2025**, Dublin — 28 October 2025',
      '- [Slides](https://speakerdeck.com/ikarlsen/dashboards) · [Video](https://www.youtube.com/watch?v=lllllllllll)',
      '',
      'Why a wall of graphs tells you little during an incident.',
      '',
      '## 2024',
      '',
      '### Pairing on call (with Tomasz Nowak)',
      '- **FOSDEM 2024**, Brussels — 4 February 2024',
      '- [Video](https://video.example.org/fosdem/2024/pairing.webm)',
      '',
      'Two people per shift, and what it costs.',
      '',
      '### Runbooks people read',
      '- **LeadDev Berlin 2024** — 19 June 2024',
      '',
      'A runbook is a user interface.',
      '',
      '## Speaker bio',
      '',
      'Ingrid Karlsen is a Staff SRE at Nordkapp Payments in Oslo. She/her.',
    );
    expect(talks.map((t) => [t.title, who(t), t.date])).toEqual([
      ['Dashboards are not observability', ['Ingrid Karlsen @ Nordkapp Payments'], '2025-10-28'],
      ['Pairing on call', ['Ingrid Karlsen @ Nordkapp Payments', 'Tomasz Nowak'], '2024-02-04'],
      ['Runbooks people read', ['Ingrid Karlsen @ Nordkapp Payments'], '2024-06-19'],
    ]);
    const events = [event, ...(more ?? [])];
    expect(talks.map((t) => events.find((e) => e.id === t.event)?.name)).toEqual([
      'SREcon EMEA 2025',
      'FOSDEM 2024',
      'LeadDev Berlin 2024',
    ]);
    expect(events.find((e) => e.name === 'SREcon EMEA 2025')?.place).toBe('Dublin');
    expect(talks[0]?.summary).toBe('Why a wall of graphs tells you little during an incident.');
    expect(talks.map((t) => t.topic)).toEqual([undefined, undefined, undefined]);
  });
});
