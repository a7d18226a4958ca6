import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (14): each post invented for these tests. */

describe('an organiser’s official recap', () => {
  const { talks, problems, event } = post(
    '---',
    'title: "That\'s a wrap: HarbourJS 2025 recap"',
    '---',
    'Wow. What a week!',
    '',
    '## Thank you to our speakers',
    '',
    '- **Femke Oosterhuis** (Tidewave) — *Signals are not a silver bullet*',
    '- **Ilse Brandsma** — *Accessible drag and drop, finally*',
    '- **Mara Lindgren** & **Pablo Ortega** (Polarbyte) — *Type-level programming for mere mortals*',
    '',
    '## Highlights from the main stage',
    '',
    'Our opening keynote by **Nadia Haddad** (Framewerk), *The web is still for documents*, set the tone.',
    '',
    'The closing panel, *Is the framework war over?*, moderated by Joost Pel, ended with a show of hands.',
    '',
    '## Thank you to our sponsors',
    '',
    '- **Gold:** Kestrel Pay, Polarbyte',
    '',
    '## Photo gallery',
    '',
    'All photos are on [Flickr](https://www.flickr.com/photos/harbourjs).',
    '',
    '## CFP for HarbourJS 2026 is open!',
    '',
    'Our [call for papers](https://sessionize.com/harbourjs-2026) is open until March 31st.',
    '',
    '## Save the date',
    '',
    'Early-bird tickets go live in January.',
  );

  it('reads the speakers’ list and the keynote and panel told in prose, and nothing else', () => {
    expect(event.name).toBe('HarbourJS 2025');
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Signals are not a silver bullet', ['Femke Oosterhuis @ Tidewave'], undefined],
      ['Accessible drag and drop, finally', ['Ilse Brandsma'], undefined],
      [
        'Type-level programming for mere mortals',
        ['Mara Lindgren @ Polarbyte', 'Pablo Ortega @ Polarbyte'],
        undefined,
      ],
      ['The web is still for documents', ['Nadia Haddad @ Framewerk'], undefined],
      ['Is the framework war over?', ['Joost Pel'], undefined],
    ]);
    const skipped = warnings(problems).join('\n');
    for (const name of [
      'Thank you to our sponsors',
      'Photo gallery',
      'CFP for HarbourJS 2026 is open!',
      'Save the date',
    ])
      expect(skipped).toContain(`"${name}" skipped`);
  });
});

describe('ratings after the speaker, and sections rated', () => {
  const { talks, problems } = post(
    '# ratings for every talk at FrontendFjord 2025',
    '',
    '## 🥇 Container queries changed my life — Ingrid Solvang (Fjordpay) ⭐⭐⭐⭐⭐',
    '',
    '- style queries too',
    '',
    '## 💀 Rendering 1M rows in the browser — Sofie Dahl 💯/💯',
    '',
    '- virtualise everything',
    '',
    '## 🙈 Accessibility is not a feature — Henrik Strand (NAV) — 3.5/5',
    '',
    '- audits first',
    '',
    '## Observability on a budget — Tomas Berg (8/10)',
    '',
    '- sample at the edge',
    '',
    '## 🍕 Food: 4/5',
    '',
    'Pizza.',
    '',
    '## The venue ★★★☆☆',
    '',
    'Cold.',
    '',
    '## 🏁 Final ranking',
    '',
    '1. Container queries',
  );

  it('drops the rating from title and speaker, and skips the rated food and the ranking', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Container queries changed my life', ['Ingrid Solvang @ Fjordpay']],
      ['Rendering 1M rows in the browser', ['Sofie Dahl']],
      ['Accessibility is not a feature', ['Henrik Strand @ NAV']],
      ['Observability on a budget', ['Tomas Berg']],
    ]);
    const skipped = warnings(problems).join('\n');
    expect(skipped).toContain('"🍕 Food: 4/5" skipped');
    expect(skipped).toContain('"The venue ★★★☆☆" skipped');
    expect(skipped).toContain('"🏁 Final ranking" skipped');
  });
});

describe('a post about one talk, told in its introduction', () => {
  it('is that talk: its headings are the talk’s parts, its event the one the sentence names', () => {
    const { talks, event } = post(
      '---',
      'title: "Why \'Boring Technology, Revisited\' was the best talk I saw this year"',
      '---',
      'At **LambdaLakes 2025** in Zürich, Greta Hofmann (CTO at Kettlebell Systems) gave a 40-minute talk called *Boring Technology, Revisited*.',
      '',
      '## The argument',
      '',
      'Managed is not boring.',
      '',
      '## Watch it',
      '',
      'The recording is up: [Boring Technology, Revisited (YouTube)](https://www.youtube.com/watch?v=llz25boring).',
    );
    expect(event.name).toBe('LambdaLakes 2025');
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind)])).toEqual([
      ['Boring Technology, Revisited', ['Greta Hofmann @ Kettlebell Systems'], ['video']],
    ]);
  });
});

describe('podcast show notes with timestamps', () => {
  const { talks, event } = post(
    '# Episode 87: Our favourite talks from DevOpsDays Gdańsk 2025',
    '',
    '## Show notes',
    '',
    '**[00:00]** Intro, banter, Tom’s lost luggage',
    '',
    '**[03:40]** Kasia’s first pick: **"Incident reviews nobody reads"** by Agata Wrona (Allegrix). Postmortems are written for auditors.',
    '',
    '**[14:05]** Tom’s pick: **Platform as a product, three years later** by Sven Mikkelsen from Nordbank. Adoption was 12% in year one.',
    '',
    '**[26:30]** Ad break: Deployhub',
    '',
    '## Links mentioned',
    '',
    '- [Accelerate](https://itrevolution.com/accelerate) by Forsgren, Humble & Kim',
    '',
    '## Transcript',
    '',
    'Full transcript available for patrons.',
  );

  it('reads the picks as talks, with no time of day from the offsets, and the ad as no note', () => {
    expect(event.name).toBe('DevOpsDays Gdańsk 2025');
    expect(talks.map((t) => [t.title, who(t), t.time, t.summary])).toEqual([
      [
        'Incident reviews nobody reads',
        ['Agata Wrona @ Allegrix'],
        undefined,
        'Postmortems are written for auditors.',
      ],
      [
        'Platform as a product, three years later',
        ['Sven Mikkelsen @ Nordbank'],
        undefined,
        'Adoption was 12% in year one.',
      ],
    ]);
  });
});

describe('more event-name forms', () => {
  it('drops the post’s words and the town after the year, and keeps a meetup’s number', () => {
    expect(conferenceName('Sud Web Summit 2025 à Montpellier')).toBe('Sud Web Summit 2025');
    expect(conferenceName('Appunti da RomaDevFest 2025')).toBe('RomaDevFest 2025');
    expect(conferenceName('Rust Rhein-Main Meetup #12: two talks and a lot of pizza')).toBe(
      'Rust Rhein-Main Meetup #12',
    );
    expect(conferenceName('Recap: CloudCanal Days 2025')).toBe('CloudCanal Days 2025');
    expect(conferenceName('Part 2: the hard parts')).toBe('Part 2: the hard parts');
  });
});

describe('a research conference’s papers', () => {
  const { talks, event } = post(
    '# Trip report: EuroSysML 2025 (Lisbon)',
    '',
    '## Session 3B: Systems',
    '',
    '**Paper 1: "Caravel: Fast Snapshotting for Serverless GPUs"**',
    'Minh Tran¹, Sophie Keller², Arvind Rao¹ — ¹ETH Zürich, ²Microsoft Research',
    '',
    'Cold starts from 9s to 700ms.',
    '',
    '**Paper 2: "Sleipnir: Tail-Latency-Aware Scheduling"**',
    'Lars Eriksen (KTH), Yuki Morimoto (NTT Labs)',
    '',
    'Schedules by predicted misses.',
    '',
    '## Session 4A: Machine Learning Systems',
    '',
    '1. **"Pallas: Pipeline-Parallel Training"** — Ravi Shankar, Meera Iyer (IISc Bangalore); Chen Lu (Alibaba). Checkpoints stages independently.',
    '2. **"When Is Quantization Free?"** — Omar Benali (EPFL). Mostly a negative result.',
  );

  it('reads each paper’s authors with their affiliations, without the paper’s number', () => {
    expect(event.name).toBe('EuroSysML 2025');
    expect(event.place).toBe('Lisbon');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      [
        'Caravel: Fast Snapshotting for Serverless GPUs',
        ['Minh Tran @ ETH Zürich', 'Sophie Keller @ Microsoft Research', 'Arvind Rao @ ETH Zürich'],
      ],
      [
        'Sleipnir: Tail-Latency-Aware Scheduling',
        ['Lars Eriksen @ KTH', 'Yuki Morimoto @ NTT Labs'],
      ],
      [
        'Pallas: Pipeline-Parallel Training',
        ['Ravi Shankar @ IISc Bangalore', 'Meera Iyer @ IISc Bangalore', 'Chen Lu @ Alibaba'],
      ],
      ['When Is Quantization Free?', ['Omar Benali @ EPFL']],
    ]);
    expect(talks[2]?.summary).toBe('Checkpoints stages independently.');
  });
});

describe('where and when an event was, as the notes say', () => {
  it('reads a page’s Location and Event dates lines, front matter, and a place after the year', () => {
    const notion = post(
      '# DataFjord Summit 2025 — team notes',
      '',
      'Created: April 9, 2025 4:12 PM',
      'Event dates: April 7–8, 2025',
      'Location: Bergen, Norway',
      '',
      '# Talks',
      '',
      '## Iceberg at petabyte scale',
      '',
      '*Magnus Solberg, Fjellnett*',
      '',
      '- Compaction is the hidden cost',
    );
    expect([notion.event.place, notion.event.dates]).toEqual([
      'Bergen, Norway',
      '2025-04-07..2025-04-08',
    ]);
    const front = post('---', 'location: Cork', 'dates: 7–8 March 2025', '---', '# PyHarbour 2025');
    expect([front.event.place, front.event.dates]).toEqual(['Cork', '2025-03-07..2025-03-08']);
    expect(post('# Sud Web Summit 2025 à Montpellier').event.place).toBe('Montpellier');
  });
});

describe('Polish notes, speakers by handle, and a keynote told by what its speaker did', () => {
  it('reads “i” between names, a lower-case “dr”, „quotes", Paneliści and Panel dyskusyjny', () => {
    const { talks } = post(
      '# Relacja z DataWro 2025',
      '',
      '## „Dane to nie ropa" — dr Agnieszka Mazur (Uniwersytet Wrocławski)',
      '',
      '- dane nie są paliwem',
      '',
      '## Jak nie budować data lake’a — Marta Wiśniewska i Tomasz Lis (Bankowo)',
      '',
      '- najpierw katalog',
      '',
      '## Panel dyskusyjny: Czy inżynier danych przetrwa AI?',
      '',
      'Prowadząca: Ewa Kamińska (Snowdrift). Paneliści: Jan Nowicki, Olga Pietrzak (Datawise).',
      '',
      '- tak, ale inaczej',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Dane to nie ropa', ['Dr. Agnieszka Mazur @ Uniwersytet Wrocławski'], undefined],
      [
        'Jak nie budować data lake’a',
        ['Marta Wiśniewska @ Bankowo', 'Tomasz Lis @ Bankowo'],
        undefined,
      ],
      [
        'Czy inżynier danych przetrwa AI?',
        // "A, B (Co)": a company after the last of a list is all of theirs.
        ['Ewa Kamińska @ Snowdrift', 'Jan Nowicki @ Datawise', 'Olga Pietrzak @ Datawise'],
        'Panel',
      ],
    ]);
  });

  it('reads handles after a dash or in parentheses, “el” in a name, and “opened day two by”', () => {
    const { talks } = post(
      '# Notes from AtmoConf 2025',
      '',
      '## Moderation at the edge — @ren.bsky.social',
      '',
      '- labelers compose',
      '',
      '## Relay economics (@jaz, @bnewbold)',
      '',
      '- bandwidth is the cost',
      '',
      '## Data contracts at Zalora',
      '',
      'By Pieter Visser and Noor el Amrani (Zalora).',
      '',
      '- schemas in CI',
      '',
      '## Keynote: The log is the database, again',
      '',
      'Jay Kaminski opened day two by arguing that the log is the truth.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Moderation at the edge', ['@ren.bsky.social']],
      ['Relay economics', ['@jaz', '@bnewbold']],
      ['Data contracts at Zalora', ['Pieter Visser @ Zalora', 'Noor el Amrani @ Zalora']],
      ['The log is the database, again', ['Jay Kaminski']],
    ]);
    expect(talks[2]?.summary).toBe('schemas in CI.');
  });
});

describe('an abstract’s label and a title ending in an abbreviation', () => {
  it('leaves “Abstract:” out of the summary and keeps the period of “a.m.”', () => {
    const { talks } = post(
      '# DevArchive 2025',
      '',
      '## Debugging WebAssembly at 3 a.m.',
      '',
      '*Rosa Dvořák, Jetstream*',
      '',
      'Abstract: In this session Rosa shares war stories.',
    );
    expect(talks.map((t) => [t.title, t.summary])).toEqual([
      ['Debugging WebAssembly at 3 a.m.', 'In this session Rosa shares war stories.'],
    ]);
  });
});

describe('speakers and links in a blog engine’s components', () => {
  it('reads a Hugo shortcode’s, an MDX component’s and a Jekyll-style tag’s speaker, company and links', () => {
    const { talks } = post(
      '# HugoConf 2025',
      '',
      '## Static sites at scale',
      '',
      '{{< speaker name="Jane Roe" company="Acme" >}}',
      '',
      'Notes about builds.',
      '',
      '## Islands architecture',
      '',
      '<TalkCard title="Islands architecture" speaker="Omar Haddad" company="Astrolab" slides="https://speakerdeck.com/omar/islands" />',
      '',
      'Partial hydration wins.',
      '',
      '## Edge rendering',
      '',
      '{{% talk speaker="Lea Vogt, Mia Chen" org="Netlight" video="https://youtu.be/abc123" %}}',
      '',
      'Edge is not free.',
    );
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => [l.kind, l.url])])).toEqual([
      ['Static sites at scale', ['Jane Roe @ Acme'], []],
      [
        'Islands architecture',
        ['Omar Haddad @ Astrolab'],
        [['slides', 'https://speakerdeck.com/omar/islands']],
      ],
      [
        'Edge rendering',
        ['Lea Vogt @ Netlight', 'Mia Chen @ Netlight'],
        [['video', 'https://youtu.be/abc123']],
      ],
    ]);
    expect(talks.map((t) => t.summary)).toEqual([
      'Notes about builds.',
      'Partial hydration wins.',
      'Edge is not free.',
    ]);
  });
});
