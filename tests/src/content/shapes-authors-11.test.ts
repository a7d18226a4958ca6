import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (11): each post invented for these tests. */

describe('a company blog: who wrote each talk’s notes is not its speaker', () => {
  const { talks } = post(
    '# Acme Engineering at KubeCon EU 2025',
    '',
    'Five of us went to Paris. Here is what we saw.',
    '',
    '## Multi-tenant Kubernetes, honestly',
    '',
    '*— by Priya Raman, Staff SRE*',
    '',
    'Speaker: Tom Becker (Spotify). Tom walked through how they split clusters per team.',
    '',
    '## eBPF for the rest of us',
    '',
    '*— by Lena Fischer, Platform Engineer*',
    '',
    'Maria Gonzalez from Isovalent showed how to trace latency without touching code.',
    '',
    '## Platform teams that say yes',
    '',
    'Written by Omar Haddad',
    '',
    'Golden paths beat tickets.',
    '',
    '## Sustainable on-call',
    '',
    '— by Jane Roe (Honeycomb)',
    '',
    'Pager load is a product metric.',
  );

  it('takes the speaker from the notes, and leaves the byline out of the summary', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Multi-tenant Kubernetes, honestly', ['Tom Becker @ Spotify']],
      ['eBPF for the rest of us', ['Maria Gonzalez @ Isovalent']],
      // "Written by" never names a speaker.
      ['Platform teams that say yes', []],
      // A dash and "by" with nobody else named: the speaker, as before.
      ['Sustainable on-call', ['Jane Roe @ Honeycomb']],
    ]);
    for (const talk of talks) expect(talk.summary).not.toMatch(/\bby\b|Written/);
    expect(talks[2]?.summary).toBe('Golden paths beat tickets.');
  });
});

describe('"Jane Doe on Topic" headings', () => {
  it('split where the person is evident: a company, a profile link, or what the notes say they did', () => {
    const { talks } = post(
      '# Notes from SREcon 2025',
      '',
      '## Jane Doe on Observability at Scale',
      '',
      'Jane explained why wide events beat metrics for debugging.',
      '',
      '## Ravi Kumar (Stripe) on why retries hurt',
      '',
      '- budgets, not counts',
      '',
      '## [Liz Okafor](https://github.com/lizokafor) on platform maturity',
      '',
      '- start with paved roads',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Observability at Scale', ['Jane Doe']],
      ['Why retries hurt', ['Ravi Kumar @ Stripe']],
      ['Platform maturity', ['Liz Okafor']],
    ]);
  });

  it('stay titles when nothing shows a person: "Service Mesh on Kubernetes"', () => {
    const { talks } = post(
      '# Notes from KubeCon 2025',
      '',
      '## Service Mesh on Kubernetes',
      '',
      'Service meshes started as sidecars; ambient mode removes them.',
      '',
      '## Spring Boot on Azure',
      '',
      '- cold starts',
      '',
      '## Large Language Models on the Edge',
      '',
      'Models shrink.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Service Mesh on Kubernetes', []],
      ['Spring Boot on Azure', []],
      ['Large Language Models on the Edge', []],
    ]);
  });
});

describe('a link named by the words before it in its clause', () => {
  it('reads "Slides [here]; the video is [on the channel]" link by link, and Polish labels', () => {
    const { talks } = post(
      '# BoringConf 2025',
      '',
      '## Boring tools win',
      '',
      'Mara Fenwick argued for boring tools. Slides [here][1]; the video is [on the channel][2].',
      '',
      '## Second',
      '',
      '- Slajdy: https://example.com/second.pdf',
      '- Nagranie: https://example.com/second-rec',
      '',
      '[1]: https://example.com/boring-tools',
      '[2]: https://example.com/watch?v=abc',
    );
    const links = talks.map((t) => t.links.map((l) => `${l.kind} ${l.url}`));
    expect(links).toEqual([
      ['slides https://example.com/boring-tools', 'video https://example.com/watch?v=abc'],
      ['slides https://example.com/second.pdf', 'video https://example.com/second-rec'],
    ]);
  });

  it('takes a video or slides host over the words: a Speaker Deck link is slides', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## Talk',
      '',
      'The video is [here](https://speakerdeck.com/jane/talk), I think.',
    );
    expect(talks[0]?.links.map((l) => l.kind)).toEqual(['slides']);
  });
});

describe('a Google Docs export', () => {
  const { talks, event, problems } = post(
    '# **CloudNative Days Nordics 2025 – Team Notes** {#cloudnative-days-nordics-2025-–-team-notes}',
    '',
    '# **Day 1 – 13 May** {#day-1-–-13-may}',
    '',
    '## **1\\. Keynote – “Platforms are products” – Ingrid Solbakken (DNB)** {#1.-keynote-–-“platforms-are-products”-–-ingrid-solbakken-(dnb)}',
    '',
    'Ingrid argued platform teams need product managers.',
    '',
    '## **2\\. GitOps at 1000 clusters – Per Olsen (Telenor)** {#2.-gitops-at-1000-clusters-–-per-olsen-(telenor)}',
    '',
    'Flux everywhere.',
  );

  it('reads heading ids with any punctuation as ids, and the first heading as the post’s title', () => {
    expect(talks.map((t) => [t.id, t.title, who(t), t.day])).toEqual([
      [
        'platforms-are-products',
        'Platforms are products',
        ['Ingrid Solbakken @ DNB'],
        'Day 1 – 13 May',
      ],
      [
        'gitops-at-1000-clusters',
        'GitOps at 1000 clusters',
        ['Per Olsen @ Telenor'],
        'Day 1 – 13 May',
      ],
    ]);
    expect(event.name).toBe('CloudNative Days Nordics 2025');
    expect(problems).toEqual([]);
  });
});

describe('questions from the floor', () => {
  it('stay notes, but out of the summary: "Q:", "A:", "**Q:**", "> Q:"', () => {
    const { talks } = post(
      '# PyCon 2025',
      '',
      '## Typing at scale — Ana Ruiz',
      '',
      '- We added types to 2M lines over two years.',
      '- Q: mypy or pyright?',
      '- A: Both, in CI.',
      '- **Q:** Did typing find real bugs?',
      '',
      '## Async everywhere — Bo Li',
      '',
      'Q: why not threads? A: the GIL.',
      '',
      '> Q: How did you convince the skeptics?',
      '',
      'Async made the API twice as fast.',
    );
    expect(talks.map((t) => t.summary)).toEqual([
      'We added types to 2M lines over two years.',
      'Async made the API twice as fast.',
    ]);
    expect(JSON.stringify(talks[0]?.notes)).toContain('mypy or pyright?');
  });
});

describe('a blog’s own front matter, as its platform writes it', () => {
  it('reads the talks whatever shape the author and the event’s extra keys take', () => {
    for (const author of ['  name: Jo Writer\n  twitter: jo', '  - Jo Writer\n  - name: Sam Co']) {
      const { talks, event, problems } = parseNotes(
        [
          '---',
          'title: Notes from HarbourDev 2025',
          `author:\n${author}`,
          'event:',
          '  location: Rotterdam',
          '  url: https://harbourdev.example/2025',
          '---',
          '',
          '## Talk one by Ana Ruiz',
          '',
          'Notes.',
        ].join('\n'),
        'post.md',
        'post',
      );
      expect(problems).toEqual([]);
      expect(talks.map((t) => t.title)).toEqual(['Talk one']);
      expect(event.author).toMatch(/^Jo Writer/);
      expect(event.source).toBe('https://harbourdev.example/2025');
    }
  });
});

describe('link texts and labels as authors write them', () => {
  const { talks } = post(
    '# CSSDay 2025',
    '',
    '## CSS Has Layers Now by Lea Brandt',
    '',
    'Slides: https://speakerdeck.com/leabrandt/css-has-layers-now',
    'Video: <https://www.youtube.com/watch?v=Xy12ab34CdE&t=1843s>',
    "Lea's website: https://leabrandt.dev",
    '',
    '- Cascade layers tame specificity.',
    '',
    '## Multi-Cloud Networking by Bo Li',
    '',
    '- [Slides (PDF)](https://example.com/mc.pdf) · [Recording (YouTube)](https://example.com/rec1)',
    '- [Watch the recording](https://example.com/rec2)',
    '- [Session page](https://example.com/session)',
    '- Code: https://github.com/boli/mcn',
    '- Anycast beats DNS games.',
    '',
    '## Third by Cy Doe',
    '',
    'Slides (PDF): https://example.com/third.pdf',
    '',
    '[slides.pdf](https://example.com/third-b.pdf)',
  );

  it('gives each link its kind: parentheses, a word in a short text, a file name, "X’s website"', () => {
    expect(
      talks.map((t) => t.links.map((l) => `${l.kind} ${l.url.replace('https://', '')}`)),
    ).toEqual([
      [
        'slides speakerdeck.com/leabrandt/css-has-layers-now',
        'video www.youtube.com/watch?v=Xy12ab34CdE&t=1843s',
        'website leabrandt.dev',
      ],
      [
        'slides example.com/mc.pdf',
        'video example.com/rec1',
        'video example.com/rec2',
        'description example.com/session',
        'see-also github.com/boli/mcn',
      ],
      ['slides example.com/third.pdf', 'slides example.com/third-b.pdf'],
    ]);
  });

  it('leaves a label over an address out of the summary', () => {
    expect(talks.map((t) => t.summary)).toEqual([
      'Cascade layers tame specificity.',
      'Anycast beats DNS games.',
      '',
    ]);
  });
});

describe('names and companies as people write them', () => {
  it('reads particles, Arabic articles, roles, shared companies and fediverse handles', () => {
    const { talks } = post(
      '# StreamConf 2025',
      '',
      '### Streaming joins — Lars ten Brink (Confluent)',
      '',
      '### Exactly once — Ahmed al-Farsi (Careem)',
      '',
      '### Zig in production — Jane Doe (@jane@hachyderm.io)',
      '',
      '### Edge compute — Luca della Robbia (Fastly)',
      '',
      '### Operators',
      '',
      'Speaker: Mia Chen, Staff Engineer, Red Hat',
      '',
      '### Retries',
      '',
      'By Jonas Weber, Priya Iyer and Lars Eriksen (all from Cloudflare)',
      '',
      '### On-call',
      '',
      '*by Kofi Mensah, Senior SRE at Adyen*',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Streaming joins', ['Lars ten Brink @ Confluent']],
      ['Exactly once', ['Ahmed al-Farsi @ Careem']],
      ['Zig in production', ['Jane Doe']],
      ['Edge compute', ['Luca della Robbia @ Fastly']],
      ['Operators', ['Mia Chen @ Red Hat']],
      [
        'Retries',
        ['Jonas Weber @ Cloudflare', 'Priya Iyer @ Cloudflare', 'Lars Eriksen @ Cloudflare'],
      ],
      ['On-call', ['Kofi Mensah @ Adyen']],
    ]);
  });

  it('reads every person of a panel: "With …" after the moderator, a last sentence, an Oxford comma', () => {
    const { talks } = post(
      '# PanelConf 2025',
      '',
      '## Do we still need Redis?',
      '',
      'Moderated by Elin Johansson. With Marco Bianchi (Zalando), Noor Al-Farsi (Careem) and Ben Carter.',
      '',
      'Caches are still caches.',
      '',
      '## Public sector platforms',
      '',
      'Moderator: Aino Koskinen. Panelists: Jens Holm (Danish Tax Agency), Sigrid Aas (NAV) and Petri Mäkelä (Statistics Finland).',
      '',
      'Open source wins in government.',
      '',
      '## The future of the data stack',
      '',
      'Moderator: Fatima Benali (CNCF)',
      'Panelists: Kelsey Moreno (Google), Dmitri Volkov (Red Hat), and Tomás García (Spotify)',
      '',
      'Bundling is back.',
    );
    expect(talks.map((t) => [who(t), t.summary])).toEqual([
      [
        ['Elin Johansson', 'Marco Bianchi @ Zalando', 'Noor Al-Farsi @ Careem', 'Ben Carter'],
        'Caches are still caches.',
      ],
      [
        [
          'Aino Koskinen',
          'Jens Holm @ Danish Tax Agency',
          'Sigrid Aas @ NAV',
          'Petri Mäkelä @ Statistics Finland',
        ],
        'Open source wins in government.',
      ],
      [
        [
          'Fatima Benali @ CNCF',
          'Kelsey Moreno @ Google',
          'Dmitri Volkov @ Red Hat',
          'Tomás García @ Spotify',
        ],
        'Bundling is back.',
      ],
    ]);
  });
});

describe('a notes repository’s README-like page', () => {
  it('reads "## GopherCon EU 2025 (Berlin)" as a group of talks, and "## License" as no talk', () => {
    const { talks, problems } = post(
      '# Conference notes',
      '',
      '## 🐹 GopherCon EU 2025 (Berlin)',
      '',
      '### Day 1 — Tuesday',
      '',
      "- 🎤 **Go's new iterator patterns in the wild** — *Julia Becker* (Cloudsmith)",
      '  - 📺 [video](https://www.youtube.com/watch?v=abc) · 📑 [slides](https://example.com/s1)',
      '- 🎤 **Profiling in production** — *Marco Rossi* (Grafana Labs)',
      '  - pprof everywhere',
      '',
      '## 📄 License',
      '',
      'MIT',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ["Go's new iterator patterns in the wild", ['Julia Becker @ Cloudsmith']],
      ['Profiling in production', ['Marco Rossi @ Grafana Labs']],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      '"📄 License" skipped as not a talk: a section of the post, not a talk',
    ]);
  });
});

describe('one line per talk, the author’s word after it', () => {
  it('reads "Title — Name (Co): notes", "Title — Name: notes" and "Title by Name. Notes."', () => {
    const { talks } = post(
      '# TinyConf 2025',
      '',
      '- Edge Caching for Humans — Bea Lindholm (Fastly): cache keys are product decisions.',
      '- SQLite in Production? — Oskar Nyberg: yes, if you have one writer.',
      '- Boring Deploys by Ana Ruiz. Friday deploys are fine with good rollbacks.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Edge Caching for Humans', ['Bea Lindholm @ Fastly'], 'cache keys are product decisions.'],
      ['SQLite in Production?', ['Oskar Nyberg'], 'yes, if you have one writer.'],
      ['Boring Deploys', ['Ana Ruiz'], 'Friday deploys are fine with good rollbacks.'],
    ]);
  });

  it('needs most of the list to read so: one such bullet among notes is a note', () => {
    const { talks } = post(
      '# Conf 2025',
      '',
      '## Kafka at the edge by Ravi Kumar',
      '',
      '- Lag is the metric — Ravi Kumar: he repeated it twice.',
      '- consumer groups rebalance less with static membership',
      '- tiered storage is cheap',
    );
    expect(talks.map((t) => t.title)).toEqual(['Kafka at the edge']);
  });
});

describe('a live blog of bold lines', () => {
  it('reads a "Dr." and a co-speaker after "with" as speakers, so no talk runs into the one before', () => {
    const { talks } = post(
      '# SecConf Oslo 2025 — live notes',
      '',
      '**10:30** **Passkeys in the Real World** — Emil Rasmussen (1Password)',
      '- Sync passkeys are the default now',
      '',
      '**09:30** **Keynote: Security Is a Team Sport** — Dr. Ingeborg Hval (NSM)',
      '- Notes of this talk.',
      '',
      '**13:00** **Secure boot on a budget** — Lars-Erik Johansen (NTNU) with Ada Kowalska (Google)',
      '- TPMs are cheap',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Passkeys in the Real World',
        ['Emil Rasmussen @ 1Password'],
        'Sync passkeys are the default now.',
      ],
      ['Security Is a Team Sport', ['Dr. Ingeborg Hval @ NSM'], 'Notes of this talk.'],
      [
        'Secure boot on a budget',
        ['Lars-Erik Johansen @ NTNU', 'Ada Kowalska @ Google'],
        'TPMs are cheap.',
      ],
    ]);
  });
});

describe('the author’s own asides between talks', () => {
  it('are no talks when nothing under them names a speaker or links a talk', () => {
    const { talks, problems } = post(
      '# PerfConf 2025',
      '',
      '## Flame graphs for everyone — Priya Shah (Netflix)',
      '',
      '![Priya on stage with the famous flame graph slide](https://example.com/p.jpg)',
      '',
      'Sampling beats tracing for CPU.',
      '',
      ...[
        'Coffee & a walk',
        'Random thoughts',
        'Hallway conversations',
        'Things I want to try',
        'P.S.',
        'Karaoke night',
        'A note on the Wi-Fi',
        'Update (Nov 12)',
        'Shoutouts',
      ].flatMap((heading) => [`## ${heading}`, '', 'Some words of the author here.', '']),
      '## Random Forests in Production — Ana Ruiz (Stripe)',
      '',
      'Trees, many of them.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Flame graphs for everyone',
      'Random Forests in Production',
    ]);
    expect(problems).toHaveLength(9);
    expect(problems[0]?.message).toBe(
      '"Coffee & a walk" skipped as not a talk: the author\'s own aside, no talk',
    );
  });

  it('leave a picture’s alt text out of the summary', () => {
    const { talks } = post(
      '# PerfConf 2025',
      '',
      '## Flame graphs — Priya Shah (Netflix)',
      '',
      '![Priya on stage with the famous flame graph slide](https://example.com/p.jpg)',
      '',
      'Sampling beats tracing for CPU.',
    );
    expect(talks[0]?.summary).toBe('Sampling beats tracing for CPU.');
  });
});

describe('a recap in prose under theme headings', () => {
  const { talks } = post(
    '# DataConf 2025 recap',
    '',
    '## Databases are boring again',
    '',
    '**Caches All the Way Down** by Tunde Bakare (Cloudflare). Tiered caches everywhere.',
    '',
    '## Observability',
    '',
    '**Sampling Is a Lie** by Dr. Keiko Tanaka of Honeycomb. Tail sampling needs state.',
    '',
    '**Data Contracts Are Just APIs** by Chad O’Brien and Elena Sokolova was fun.',
    '',
    'I enjoyed a talk called "DuckDB: The SQLite of Analytics?" by Lotte de Jong.',
  );

  it('reads the speakers after "by" as a speaker line: a company, a title, two people', () => {
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Caches All the Way Down', ['Tunde Bakare @ Cloudflare'], 'Databases are boring again'],
      ['Sampling Is a Lie', ['Dr. Keiko Tanaka @ Honeycomb'], 'Observability'],
      ['Data Contracts Are Just APIs', ['Chad O’Brien', 'Elena Sokolova'], 'Observability'],
      ['DuckDB: The SQLite of Analytics?', ['Lotte de Jong'], 'Observability'],
    ]);
  });
});

describe('a session named by its kind and its people only', () => {
  it('is titled by its kind, its people the speakers; "Panel: Service Mesh" stays a title', () => {
    const { talks } = post(
      '# DevSummit 2025',
      '',
      '### Keynote: Dr. Aaliyah Johnson (Microsoft Research)',
      '',
      '- research to product',
      '',
      '### Fireside chat with Kelsey Moreno and Raj Patel',
      '',
      '- hiring in 2025',
      '',
      '### Panel: Service Mesh',
      '',
      '- sidecars or not',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Keynote', ['Dr. Aaliyah Johnson @ Microsoft Research'], 'Keynote'],
      ['Fireside chat', ['Kelsey Moreno', 'Raj Patel'], 'Fireside chat'],
      ['Service Mesh', [], 'Panel'],
    ]);
  });
});

describe('a post about two conferences', () => {
  const { event, more, talks } = post(
    '---',
    'title: "Spring conference season: KubeCon EU and DevOpsDays Amsterdam"',
    'author: Jo Writer',
    '---',
    '',
    'Two conferences in two weeks.',
    '',
    '## KubeCon EU 2025',
    '',
    '### Multi-tenant Kubernetes, honestly — Tom Becker (Spotify)',
    '',
    '- quotas beat clusters per team',
    '',
    '## DevOpsDays Amsterdam 2025',
    '',
    '### Platform teams that say yes — Omar Haddad (ING)',
    '',
    '- golden paths beat tickets',
    '',
    '## Wrapping up',
    '',
    'Both were great.',
  );

  it('gives each conference its event, with its talks, and no topic named after it', () => {
    expect([event, ...(more ?? [])].map((e) => [e.id, e.name, e.author])).toEqual([
      ['post-kubecon-eu-2025', 'KubeCon EU 2025', 'Jo Writer'],
      ['post-devopsdays-amsterdam-2025', 'DevOpsDays Amsterdam 2025', 'Jo Writer'],
    ]);
    expect(talks.map((t) => [t.title, t.event, t.topic])).toEqual([
      ['Multi-tenant Kubernetes, honestly', 'post-kubecon-eu-2025', undefined],
      ['Platform teams that say yes', 'post-devopsdays-amsterdam-2025', undefined],
    ]);
  });

  it('keeps one event where one heading names a conference, or the headings are themes', () => {
    const one = post(
      '# Notes',
      '',
      '## KubeCon EU 2025',
      '',
      '### Multi-tenant Kubernetes — Tom Becker (Spotify)',
      '',
      '- quotas',
    );
    expect(one.more).toBeUndefined();
    const themes = post(
      '# DevConf 2025',
      '',
      '## Platform engineering',
      '',
      '### Golden paths — Omar Haddad (ING)',
      '',
      '## Security',
      '',
      '### Zero trust — Jane Roe (Acme)',
    );
    expect(themes.more).toBeUndefined();
    expect(themes.talks.map((t) => [t.event, t.topic])).toEqual([
      ['post', 'Platform engineering'],
      ['post', 'Security'],
    ]);
  });
});

describe('a post whose headings read "Jane Doe on Topic"', () => {
  it('splits every such heading once one shows the person, and a kind before the name', () => {
    const { talks } = post(
      '# WriteConf 2025',
      '',
      '## Camille Laurent on Writing Things Down',
      '',
      '- ADRs are cheap; Camille showed hers',
      '',
      '## Opening keynote: Sofia Marchetti on Psychological Safety Is Not Niceness',
      '',
      '- candour needs safety',
      '',
      '## Tom Berg on Docs as Code',
      '',
      '- lint your prose',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Writing Things Down', ['Camille Laurent']],
      ['Psychological Safety Is Not Niceness', ['Sofia Marchetti']],
      ['Docs as Code', ['Tom Berg']],
    ]);
  });
});
