import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (13): each post invented for these tests. */

describe('speakers named only in the notes, and the post’s closing words', () => {
  const { talks } = post(
    '# Notes from NordConf 2025',
    '',
    'Great conference in Oslo this year. Here are my notes.',
    '',
    '## Day 1',
    '',
    '**Opening keynote - Sigrid Aalto**',
    '',
    'Sigrid talked about platform teams and golden paths.',
    '',
    '### Building resilient queues',
    '',
    'Speakers were Ola Hansen and Kari Berg from Vipps.',
    '',
    'They moved from RabbitMQ to Kafka.',
    '',
    '### The hidden cost of microservices',
    '',
    'Kent Brockman took the stage and explained why they merged 40 services into 3.',
    '',
    '### Keynote: Tom Berg',
    '',
    'Tom answered questions about his move to Rust.',
    '',
    '### Panel: Service Mesh',
    '',
    'Service meshes everywhere. Istio against Linkerd.',
    '',
    '### Docker Compose in CI',
    '',
    'Docker Compose showed up in every demo.',
    '',
    '### Observability on a budget',
    '',
    '*Maria Lind, Telenor*',
    '',
    'Cheap tracing with OpenTelemetry and sampling.',
    '',
    'Pizza was cold, coffee was great. See you next year!',
  );

  it('reads the speaker from a keynote’s name, a “Speakers were” sentence and “took the stage”', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Opening keynote', ['Sigrid Aalto']],
      ['Building resilient queues', ['Ola Hansen @ Vipps', 'Kari Berg @ Vipps']],
      ['The hidden cost of microservices', ['Kent Brockman']],
      ['Keynote', ['Tom Berg']],
      ['Service Mesh', []],
      ['Docker Compose in CI', []],
      ['Observability on a budget', ['Maria Lind @ Telenor']],
    ]);
  });

  it('keeps the speaker’s sentence and the post’s sign-off out of the summaries', () => {
    const summary = (title: string) => talks.find((t) => t.title === title)?.summary;
    expect(summary('Building resilient queues')).toBe('They moved from RabbitMQ to Kafka.');
    expect(summary('Opening keynote')).toBe('Sigrid talked about platform teams and golden paths.');
    expect(summary('Observability on a budget')).toBe(
      'Cheap tracing with OpenTelemetry and sampling.',
    );
  });
});

describe('a talk’s facts in a table with its labels across the top', () => {
  const { talks } = post(
    '# JSConf Nordic 2025 recap',
    '',
    '## Signals everywhere',
    '',
    '| Speaker | Company | Slides | Video |',
    '|---|---|---|---|',
    '| Lisa Hoffmann | Team Topologies | [deck](https://speakerdeck.com/lisa/signals) | [YouTube](https://youtu.be/abc123) |',
    '',
    'Signals are the new hooks.',
    '',
    '## Bundlers in 2025',
    '',
    '| Speaker | Slides |',
    '| --- | --- |',
    '| Piotr Nowak (Allegro) | [PDF](https://example.com/bundlers.pdf) |',
    '',
    'Vite won, Rolldown next.',
  );

  it('reads the speaker, company and links from the row, and keeps the table out of the summary', () => {
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind), t.summary])).toEqual([
      [
        'Signals everywhere',
        ['Lisa Hoffmann @ Team Topologies'],
        ['slides', 'video'],
        'Signals are the new hooks.',
      ],
      ['Bundlers in 2025', ['Piotr Nowak @ Allegro'], ['slides'], 'Vite won, Rolldown next.'],
    ]);
  });
});

describe('a terse live log: talks among the other moments of the day', () => {
  const { talks, event } = post(
    '---',
    'title: RustFjord 2025 log',
    '---',
    '',
    'quick log, cleaning up later',
    '',
    '- 08:40 arrived, badge queue 20 min, coffee bad',
    '- 09:00 keynote by Signe Aasen (Rust Foundation), "Rust in the kernel, year 3". meh, mostly stats',
    '- 10:15 "Async closures are here" — Tobias Lindgren. good!! finally explained. slides https://speakerdeck.com/tlind/async-closures',
    '- 11:00 hallway track w/ people from Ferrous',
    '- 11:30 Embassy on a $2 chip, Kari Nygaard (Nordic Semi). demo failed twice',
    '- 12:30 lunch. fish soup',
    '- 14:30 "cargo-semver-checks in CI" / Predrag R. — must adopt at work!!!',
    '- 16:00 panel "Is Rust too hard?" mod. Jon Haugen w/ 4 people. went long.',
    '- 19:00 dinner at Lysverket',
    '',
    'Day 2',
    '',
    '- 09:00 Miriam Holt: Writing a database in Rust for fun. great war stories',
    '- 10:00 unsafe code guidelines update — too deep for me',
    '- 11:00 left early for the airport ✈️',
  );

  it('finds each talk with its time, speaker and kind, and no other moment', () => {
    expect(talks.map((t) => [t.time, t.title, who(t), t.kind])).toEqual([
      ['09:00', 'Rust in the kernel, year 3', ['Signe Aasen @ Rust Foundation'], 'Keynote'],
      ['10:15', 'Async closures are here', ['Tobias Lindgren'], undefined],
      ['11:30', 'Embassy on a $2 chip', ['Kari Nygaard @ Nordic Semi'], undefined],
      ['14:30', 'cargo-semver-checks in CI', ['Predrag R.'], undefined],
      ['16:00', 'Is Rust too hard?', ['Jon Haugen'], 'Panel'],
      ['09:00', 'Writing a database in Rust for fun', ['Miriam Holt'], undefined],
    ]);
  });

  it('takes the line’s slides link as the talk’s, out of its notes, and names the event without “log”', () => {
    const async = talks.find((t) => t.title === 'Async closures are here');
    expect(async?.links.map((l) => [l.kind, l.url])).toEqual([
      ['slides', 'https://speakerdeck.com/tlind/async-closures'],
    ]);
    expect(async?.summary).toBe('good!! finally explained.');
    expect(event.name).toBe('RustFjord 2025');
  });
});

describe('event names with a log or an aside after them', () => {
  it('drops the post’s words, not a title’s', () => {
    expect(conferenceName('KubeCon 2025 live blog')).toBe('KubeCon 2025');
    expect(conferenceName('Top 5 talks from GopherLake 2025 (with recordings)')).toBe(
      'GopherLake 2025',
    );
    expect(conferenceName('Change log')).toBe('Change log');
  });
});

describe('talks between rules, rooms after titles, and lightning talks under a timed heading', () => {
  const { talks, problems } = post(
    '# InfraNorth 2025 — my notes',
    '',
    'Short notes from InfraNorth in Umeå.',
    '',
    '---',
    '',
    '**Terraform state surgery**',
    '🎤 Viktor Holm',
    '',
    'Live demo of import blocks. Terrifying and useful.',
    '',
    '---',
    '',
    '**Speaker(s): Maja Ek & Johan Berg**',
    '**Talk: Paved roads for data teams**',
    '',
    'Templates for Airflow DAGs.',
    '- Slides → https://speakerdeck.com/majaek/paved-roads-data',
    '',
    '---',
    '',
    '### 10:30 – GitOps at a bank (Room B)',
    '🎤 Karin Ström (Nordbanken)',
    '',
    '- ArgoCD per environment',
    '',
    '### 11:15 – Secrets rotation nobody notices (Main Hall)',
    'Speaker(s): Ali Rahimi & Fredrik Nyström',
    '',
    '- Always two valid keys',
    '',
    '### 13:00 – Lunch (Restaurant)',
    '',
    'Reindeer stew.',
    '',
    '### 14:00 – Lightning talks (Room B)',
    '',
    '- Dagger for CI pipelines — Sara Lund',
    '- "Why I stopped using Helm" — Nils Öberg',
    '',
    '---',
    '',
    'Thanks to the organisers — see you in 2026!',
  );

  it('reads each talk once, its speakers right, and no room as a speaker or in a title', () => {
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Terraform state surgery', ['Viktor Holm'], undefined],
      ['Paved roads for data teams', ['Maja Ek', 'Johan Berg'], undefined],
      ['GitOps at a bank', ['Karin Ström @ Nordbanken'], undefined],
      ['Secrets rotation nobody notices', ['Ali Rahimi', 'Fredrik Nyström'], undefined],
      ['Dagger for CI pipelines', ['Sara Lund'], 'Lightning talk'],
      ['Why I stopped using Helm', ['Nils Öberg'], 'Lightning talk'],
    ]);
  });

  it('keeps the next talk’s lines and the slides with their own talk, and skips lunch in its room', () => {
    const [surgery, paved] = talks;
    expect(surgery?.summary).toBe('Live demo of import blocks. Terrifying and useful.');
    expect(surgery?.links).toEqual([]);
    expect(paved?.links.map((l) => l.kind)).toEqual(['slides']);
    expect(warnings(problems).join('\n')).toContain('"13:00 – Lunch (Restaurant)" skipped');
  });
});

describe('a schedule table above notes whose headings word the titles differently', () => {
  const { talks, problems } = post(
    '# Recap: CloudCanal Days 2025',
    '',
    '## Day 1 — Tuesday',
    '',
    '| Time | Talk | Speaker | Room |',
    '|------|------|---------|------|',
    '| 09:30 | Opening keynote: The boring cloud | Femke Jansen (Stroomnet) | Main |',
    '| 12:30 | Lunch | | |',
    '| 13:30 | Crossplane vs Terraform: round 3 | Mehmet Kaya & Iris Visser | Room B |',
    '',
    '## Day 2 — Wednesday',
    '',
    '| Time | Talk | Speaker | Room |',
    '|------|------|---------|------|',
    '| 09:30 | Zero-downtime Postgres major upgrades | Ana-Maria Popescu | Main |',
    '| 10:30 | OpenTelemetry collector pipelines | Jeroen Smits (Tracewijs) | Room C |',
    '| 11:30 | Platform teams need product managers | Hugo Lemaire | Main |',
    '',
    '## Notes',
    '',
    '### The boring cloud',
    '',
    'Femke argued for the oldest cloud services.',
    '',
    '### Crossplane vs Terraform (round 3)',
    '',
    'Each argued for the other tool.',
    '',
    '### Zero-downtime Postgres upgrades',
    '',
    'Logical replication and a proxy flip.',
    '',
    '### Platform teams need PMs',
    '',
    'A platform without a PM is a pile of YAML.',
    '',
    '## Food, drinks, etc.',
    '',
    'The borrel was great.',
  );

  it('gives each talk once: the notes under its heading, the day, time, kind and speakers from its row', () => {
    expect(talks.map((t) => [t.title, who(t), t.day, t.time, t.kind])).toEqual([
      [
        'OpenTelemetry collector pipelines',
        ['Jeroen Smits @ Tracewijs'],
        'Day 2 — Wednesday',
        '10:30',
        undefined,
      ],
      ['The boring cloud', ['Femke Jansen @ Stroomnet'], 'Day 1 — Tuesday', '09:30', 'Keynote'],
      [
        'Crossplane vs Terraform (round 3)',
        ['Mehmet Kaya', 'Iris Visser'],
        'Day 1 — Tuesday',
        '13:30',
        undefined,
      ],
      [
        'Zero-downtime Postgres upgrades',
        ['Ana-Maria Popescu'],
        'Day 2 — Wednesday',
        '09:30',
        undefined,
      ],
      ['Platform teams need PMs', ['Hugo Lemaire'], 'Day 2 — Wednesday', '11:30', undefined],
    ]);
    expect(talks.find((t) => t.title.startsWith('Zero'))?.summary).toBe(
      'Logical replication and a proxy flip.',
    );
  });

  it('skips “Food, drinks, etc.” as a section of the post', () => {
    expect(warnings(problems).join('\n')).toContain('"Food, drinks, etc." skipped');
  });
});

describe('notes in Portuguese, German and Spanish', () => {
  const { talks, problems } = post(
    '# Anotações da FrontNordeste 2025',
    '',
    '## Abertura',
    '',
    'O Rafael abriu falando da diversidade.',
    '',
    '## Palestra 1 — "TypeScript sem medo" com Juliana Ramos (Mangue Labs)',
    '',
    '- satisfies é o operador mais subestimado',
    '',
    '## Intervalo para o almoço',
    '',
    'Tapioca e cuscuz!',
    '',
    '## Acessibilidade não é feature',
    '',
    '**Palestrante:** Ana Beatriz Souza, Dev Sênior na Cajueiro Tech',
    '',
    '- aria-live com moderação',
    '',
    '## Painel: O futuro do front-end',
    '',
    'Mediação: Rafael Carvalho. Participantes: Juliana Ramos, Marcos Vinícius (Cangaço Cloud) e Beatriz Lima.',
    '',
    '## Vortrag: Kotlin Coroutines im Backend – Stefan Krüger, Nordwerk GmbH',
    '',
    '- Structured Concurrency endlich verstanden',
    '',
    '## Domain-Driven Design für Einsteiger:innen',
    '',
    'Referent:innen: Aylin Yıldız & Matthias Becker',
    '',
    '- Event Storming am Whiteboard',
    '',
    '## Type hints en proyectos grandes',
    '',
    'Ponentes: Marta Gil y Andrés Ruiz, de Boquerón Software',
    '',
    '- 300k líneas a mypy estricto',
    '',
    '## Pausa para el café ☕',
    '',
    'Churros.',
    '',
    '## Taller: FastAPI de cero a producción',
    '',
    'Impartido por Elena Navarro (freelance). Dos horas, muy práctico.',
    '',
    '## Comunidad Python en el sur',
    '',
    'Moderada por Carmen Ortiz. Con Javier Morales, Rocío Delgado (PyLadies Sevilla) y Tomás Vidal.',
    '',
    'Faltan meetups fuera de Málaga.',
  );

  it('reads speakers, companies, panels and workshops as written in each language', () => {
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['TypeScript sem medo', ['Juliana Ramos @ Mangue Labs'], undefined],
      ['Acessibilidade não é feature', ['Ana Beatriz Souza @ Cajueiro Tech'], undefined],
      [
        'O futuro do front-end',
        ['Rafael Carvalho', 'Juliana Ramos', 'Marcos Vinícius @ Cangaço Cloud', 'Beatriz Lima'],
        'Panel',
      ],
      ['Kotlin Coroutines im Backend', ['Stefan Krüger @ Nordwerk GmbH'], undefined],
      ['Domain-Driven Design für Einsteiger:innen', ['Aylin Yıldız', 'Matthias Becker'], undefined],
      [
        'Type hints en proyectos grandes',
        ['Marta Gil @ Boquerón Software', 'Andrés Ruiz @ Boquerón Software'],
        undefined,
      ],
      ['FastAPI de cero a producción', ['Elena Navarro'], 'Workshop'],
      [
        'Comunidad Python en el sur',
        ['Carmen Ortiz', 'Javier Morales', 'Rocío Delgado @ PyLadies Sevilla', 'Tomás Vidal'],
        undefined,
      ],
    ]);
    expect(talks.at(-1)?.summary).toBe('Faltan meetups fuera de Málaga.');
  });

  it('skips the opening and the breaks', () => {
    const skipped = warnings(problems).join('\n');
    for (const name of ['Abertura', 'Intervalo para o almoço', 'Pausa para el café ☕'])
      expect(skipped).toContain(`"${name}" skipped`);
  });
});

describe('a company blog’s speakers named with “both”', () => {
  it('reads the company after “both” without a preposition, and “Facilitated by”', () => {
    const { talks } = post(
      '# PyCon Éire 2025',
      '',
      '## Typing the untypeable',
      '',
      "*Speakers: Kevin O'Sullivan & Róisín Kelly, both Harbourlight*",
      '',
      '- mypy plugins',
      '',
      '## Incident command simulation',
      '',
      'Facilitated by Nora Lindgren and Pete Okafor (both PagerHarbor).',
      '',
      '- roles rotate every 20 minutes',
    );
    expect(talks.map(who)).toEqual([
      ["Kevin O'Sullivan @ Harbourlight", 'Róisín Kelly @ Harbourlight'],
      ['Nora Lindgren @ PagerHarbor', 'Pete Okafor @ PagerHarbor'],
    ]);
  });
});

describe('a “top 5” post built around recordings', () => {
  const { talks, problems } = post(
    '# Top 5 talks from GopherLake 2025 (with recordings)',
    '',
    '## 5. Range-over-func, one year later',
    '',
    'https://www.youtube.com/watch?v=GoLk25rng01',
    '',
    'Ilse Vandenberghe from Tapewire walked through where iterators helped.',
    '',
    '## 4. Profile-guided optimisation in production',
    '',
    'https://youtu.be/GoLk25pgo02',
    '',
    'Short and sweet. 7% CPU saved. Speaker: Kwame Asante (Edgebyte).',
    '',
    '## 3. Why we left gRPC',
    '',
    'The spiciest talk. Yes, it was awkward. (Talk by Lucía Herrera & Ben Goldberg, Parcelo)',
    '',
    '## 1. The Go memory model, explained with cats',
    '',
    '▶️ https://www.youtube.com/watch?v=GoLk25cat05',
    '',
    'By Sven Mikkelsen. Every happens-before edge was a cat.',
    '',
    '## Full playlist',
    '',
    'https://www.youtube.com/playlist?list=PLgolake2025',
  );

  it('finds the speaker under the address, at the end of the notes, or opening them', () => {
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Range-over-func, one year later',
        ['Ilse Vandenberghe @ Tapewire'],
        'Ilse Vandenberghe from Tapewire walked through where iterators helped.',
      ],
      [
        'Profile-guided optimisation in production',
        ['Kwame Asante @ Edgebyte'],
        'Short and sweet. 7% CPU saved.',
      ],
      [
        'Why we left gRPC',
        ['Lucía Herrera @ Parcelo', 'Ben Goldberg @ Parcelo'],
        'The spiciest talk. Yes, it was awkward.',
      ],
      [
        'The Go memory model, explained with cats',
        ['Sven Mikkelsen'],
        'Every happens-before edge was a cat.',
      ],
    ]);
    expect(warnings(problems).join('\n')).toContain('"Full playlist" skipped');
  });
});

describe('an Obsidian note and a Notion page', () => {
  it('drops a vault note’s “Talk - ” prefix, its comments and its open tasks', () => {
    const { talks } = post(
      '# KubeHarbor Rotterdam 2025',
      '',
      '## [[Talk - Secrets without Vault]]',
      '',
      'Speakers: Aylin Demir & Bram Kok (Portwise)',
      '',
      '- [ ] try the ingress2gateway tool on staging',
      '- [x] Rotation is the hard part, not storage',
      '- %% ask Aylin about their rotation cron %%',
      '- Only works if you trust your KMS',
      '',
      '## Talk - Jane Doe',
      '',
      '- Jane spoke about queues',
    );
    expect(talks.map((t) => [t.title, t.summary])).toEqual([
      [
        'Secrets without Vault',
        'Rotation is the hard part, not storage. Only works if you trust your KMS.',
      ],
      ['Talk', 'Jane spoke about queues.'],
    ]);
  });

  it('names the event from the page title over its properties, and reads the property tables', () => {
    const { talks, event } = post(
      '# DataFjord Summit 2025 — team notes',
      '',
      'Created: April 9, 2025 4:12 PM',
      'Tags: conference, data',
      'Owner: Kristin Haugen',
      '',
      '# Talks',
      '',
      '## Streaming joins without tears',
      '',
      '| Property | Value |',
      '| --- | --- |',
      '| Speaker | Leila Rahimi, Anders Wik |',
      '| Company | Bølgedata |',
      '| Attended by | Ola |',
      '',
      '- Watermarks: set them per-source',
      '',
      '## dbt in a 200-person analytics org',
      '',
      '| Property | Value |',
      '| --- | --- |',
      '| Speaker | Sofie Lund |',
      '',
      '- [ ]  Kristin to write this up',
      '',
      '## Panel: Is the modern data stack dead?',
      '',
      '| Property | Value |',
      '| --- | --- |',
      '| Speaker | Moderator: Erik Dahl; Panel: Hanne Vik (Skygrå), Tuva Moe (independent) |',
      '',
      '- It is consolidating',
    );
    expect(event.name).toBe('DataFjord Summit 2025');
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Streaming joins without tears',
        ['Leila Rahimi @ Bølgedata', 'Anders Wik @ Bølgedata'],
        'Watermarks: set them per-source.',
      ],
      ['dbt in a 200-person analytics org', ['Sofie Lund'], ''],
      [
        'Is the modern data stack dead?',
        ['Erik Dahl', 'Hanne Vik @ Skygrå', 'Tuva Moe'],
        'It is consolidating.',
      ],
    ]);
  });
});

describe('a newsletter of several conferences, and a panel in a numbered list', () => {
  it('makes an event of each flagged heading with its city, and finds a talk in a sentence', () => {
    const { event, more, talks } = post(
      '# The Platform Post #31 — conference season special',
      '',
      '## 🇵🇱 KubeVistula 2025 (Kraków)',
      '',
      '**[Operators are not a platform](https://kubevistula.example/talks/operators)** — Bartosz Nowak, Polcloud',
      'An operator per team ended in 40 operators.',
      '',
      '## 🇩🇪 SRE Spree 2025 (Berlin)',
      '',
      '**[SLOs for batch jobs](https://www.youtube.com/watch?v=SreSp25slo01)** — Felix Baumann (Zugspitz Data)',
      'Freshness and completeness SLIs.',
      '',
      '## 🇳🇱 PlatformCon Local Utrecht (meetup)',
      '',
      'Not a conference but a nice evening meetup: **Backstage, two years in** — Daan Mulder (Bolwerk). Honest talk.',
    );
    // Every talk is under a conference's heading: the newsletter itself is no event.
    expect([event, ...(more ?? [])].map((e) => e.name)).toEqual([
      'KubeVistula 2025',
      'SRE Spree 2025',
      'PlatformCon Local Utrecht',
    ]);
    expect(talks.map((t) => [t.title, who(t), t.event])).toEqual([
      ['Operators are not a platform', ['Bartosz Nowak @ Polcloud'], 'post-kubevistula-2025'],
      ['SLOs for batch jobs', ['Felix Baumann @ Zugspitz Data'], 'post-sre-spree-2025'],
      ['Backstage, two years in', ['Daan Mulder @ Bolwerk'], 'post-platformcon-local-utrecht'],
    ]);
  });

  it('reads a panel’s moderator and people in parentheses after its bold title', () => {
    const { talks } = post(
      '# Frontend Lagoon 2025',
      '',
      '1. **The end of the bundler** (Giulia Ferrante, Vitecraft) — native ESM in production.',
      '2. **Signals in every framework** (Lukas Brandt) — TC39 status.',
      '3. **Panel: Are frameworks converging?** (moderated by Elena Russo; with Giulia Ferrante, Lukas Brandt and Ryo Ito)',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['The end of the bundler', ['Giulia Ferrante @ Vitecraft'], undefined],
      ['Signals in every framework', ['Lukas Brandt'], undefined],
      [
        'Are frameworks converging?',
        ['Elena Russo', 'Giulia Ferrante', 'Lukas Brandt', 'Ryo Ito'],
        'Panel',
      ],
    ]);
  });
});

describe('a Ghost or WordPress export: HTML elements one after another', () => {
  const { talks } = post(
    '# PyNorth 2025: my notes',
    '',
    '<p>Another year, another PyNorth!</p>',
    '',
    '<h2 id="uv">uv is eating the world</h2>',
    '<p><em>Speaker: Mikko Laine (Astralite)</em></p>',
    '<p>Installs went from 14 minutes to 40 seconds.</p>',
    '<ul>',
    '<li>Use workspaces for internal packages</li>',
    '</ul>',
    '<p><a href="https://youtu.be/pyn25uv">Video</a> · <a href="https://speakerdeck.com/mlaine/uv">Slides</a></p>',
    '',
    '<h2>Free-threaded Python in practice</h2>',
    '<div class="speaker"><strong>Ville Koskinen</strong>, Core developer</div>',
    '<p>Single-thread overhead is now around 5%.</p>',
    '',
    '<h2>Lightning talks</h2>',
    '<ul>',
    '<li><strong>pytest plugins in 5 minutes</strong> — Emma Virtanen</li>',
    '<li><strong>Why I stopped using pandas</strong> — Juho Salo</li>',
    '</ul>',
  );

  it('reads each heading, speaker line, paragraph, list and link as the Markdown they stand for', () => {
    expect(talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind), t.kind])).toEqual([
      ['uv is eating the world', ['Mikko Laine @ Astralite'], ['video', 'slides'], undefined],
      ['Free-threaded Python in practice', ['Ville Koskinen'], [], undefined],
      ['pytest plugins in 5 minutes', ['Emma Virtanen'], [], 'Lightning talk'],
      ['Why I stopped using pandas', ['Juho Salo'], [], 'Lightning talk'],
    ]);
    expect(talks[0]?.summary).toBe(
      'Installs went from 14 minutes to 40 seconds. Use workspaces for internal packages.',
    );
  });
});
