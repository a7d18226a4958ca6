import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (7): each fixture invented for these tests. */

describe('a talk card of marked fields: "🎤 **Speaker:** …", "> Speaker: …", "[Security] Title"', () => {
  const { event, talks, problems } = shape('marked-fields');
  const byTitle = (title: string) => talks.find((t) => t.title === title);

  it('finds the five talks and names the conference, not the post', () => {
    expect(talks.map((t) => t.title)).toEqual([
      'Paved roads without guard rails',
      'Service catalogues at scale',
      'Signing keys on shared runners',
      'Cost dashboards nobody reads',
      'Lightning round',
    ]);
    expect(event.name).toBe('InfraDays Gdańsk 2025');
    expect(warnings(problems)).toEqual([
      '45: "Closing thoughts" skipped as not a talk: a section of the post, not a talk',
    ]);
  });

  it('reads a label after an emoji as the label: speaker, slides and video, none in the summary', () => {
    const paved = byTitle('Paved roads without guard rails');
    expect(who(paved)).toEqual(['Oyelaran Adebayo @ Kestrel Freight']);
    expect(kinds(paved)).toEqual(['slides', 'video']);
    expect(paved?.summary).toMatch(/^Oyelaran argued that a paved road must stay optional\./);
    expect(paved?.summary).not.toMatch(/Speaker|Tags|🎤|#platform/);
  });

  it('reads the speaker after a quoted title and "with", and drops the time and room', () => {
    const catalogue = byTitle('Service catalogues at scale');
    expect(who(catalogue)).toEqual(['Maciej Sołtysik']);
    expect(catalogue?.time).toBe('11:15 – 12:00');
    expect(catalogue?.id).toBe('service-catalogues-at-scale');
  });

  it('keeps a "[Security]" tag out of the title, as the talk\'s track', () => {
    const keys = byTitle('Signing keys on shared runners');
    expect(who(keys)).toEqual(['Ifeoma Nwachukwu']);
    expect(keys?.track).toBe('Security');
  });

  it('reads the facts of a quote ("> Speaker: …" over "> [Slides](…)") and of marked bullets', () => {
    const cost = byTitle('Cost dashboards nobody reads');
    expect(who(cost)).toEqual(['Henrike Vogt @ Lindenbank']);
    expect(kinds(cost)).toEqual(['slides', 'video']);
    expect(cost?.track).toBe('FinOps');
    expect(cost?.summary).toBe(
      'Henrike showed why cost dashboards go unread: nobody owns the numbers on them.',
    );
  });

  it('does not take the first words of a sentence for a speaker ("Rapid Fire, five talks …")', () => {
    const lightning = byTitle('Lightning round');
    expect(lightning?.speakers).toEqual([]);
    expect(lightning?.summary).toMatch(/^Rapid Fire, five talks of five minutes each\./);
  });

  it('finds a talk by its track: "security track", "what was on the finops track?"', () => {
    const bot = new Bot({ events: [event], talks });
    const titles = (answer: Answer) =>
      answer.kind === 'talks' ? answer.hits.map((talk) => talk.title) : answer.kind;
    expect(titles(bot.ask('security track'))).toEqual(['Signing keys on shared runners']);
    expect(titles(bot.ask('what was on the finops track?'))).toEqual([
      'Cost dashboards nobody reads',
    ]);
  });
});

describe('a dev.to post: numbered headings, "👉 Speaker:", a handle, two companies, an outro', () => {
  const { event, talks } = shape('devto-favourites');
  const byTitle = (title: string) => talks.find((t) => t.title === title);

  it('finds the four talks, each with its speaker', () => {
    expect(event.name).toBe('ServerConf Porto 2025');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['The event loop, visualised', ['Adaeze Okonkwo @ Lumenwork']],
      ['Streams are still hard', ['@ivarsen']],
      [
        'A permission model for modules',
        ['Tomás Ferreira @ Brightline', 'Aiko Tanaka @ Koikoi Labs'],
      ],
      ['Node.js at the edge', ['Lukas Berger @ Edgeworks']],
    ]);
    expect(kinds(byTitle('The event loop, visualised'))).toEqual(['video']);
  });

  it("leaves the post's closing question to its readers out of the last talk", () => {
    expect(byTitle('Node.js at the edge')?.summary).toBe(
      'Running Node APIs on isolates: what works, what does not.',
    );
  });
});

describe('a recap in running prose: the title in bold, italics or a link, the speaker beside it', () => {
  const { event, talks } = shape('narrative-recap');

  it("finds each talk named in a paragraph's first sentence, with its speaker", () => {
    expect(event.name).toBe('Nordkapp Dev Days 2024');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Outcomes over backlogs', ['Teresa Lindqvist']],
      // "Kasper Holm's *Refactoring to immutability*": the name before the title.
      ['Refactoring to immutability', ['Kasper Holm']],
      // "**Observability is a team sport** (Marit Solberg)".
      ['Observability is a team sport', ['Marit Solberg']],
      ['Designing for failure', ['Sindre Aas']],
    ]);
  });

  it("keeps the paragraph as the notes, and a linked title as the talk's description", () => {
    const failure = talks.find((t) => t.title === 'Designing for failure');
    expect(failure?.links.map((l) => [l.kind, l.url])).toEqual([
      ['description', 'https://nordkapp.example.org/sessions/designing-for-failure'],
    ]);
    expect(talks[1]?.summary).toMatch(/mutable state is the root of most accidental complexity/);
  });

  it('takes no book in italics for a talk: "*Slow Productivity* by Ingrid Halvorsen"', () => {
    expect(talks.map((t) => t.title)).not.toContain('Slow Productivity');
  });
});

describe('notes with hashtag lines (Bear, Obsidian) and a Google Docs export', () => {
  const { event, talks } = shape('tagged-notes');

  it('keeps the tags out of the summaries, but searchable in the notes', () => {
    expect(event.name).toBe('DevHarbour Congress 2024');
    expect(talks.map((t) => [t.title, t.summary])).toEqual([
      [
        'Clean code is dead',
        'Long live readable code. The rules matter less than the team agreeing on them.',
      ],
      ['The future of WebAssembly', 'The component model is the thing to watch.'],
      ['Platform teams at 50 engineers', 'Start with a paved road for one service type.'],
    ]);
    expect(JSON.stringify(talks[1]?.notes)).toMatch(/#wasm #web/);
  });

  it('names a speaker named twice (heading and "*Speaker:*" line) once, with the company', () => {
    expect(who(talks[0])).toEqual(['Roberta Lindner @ Flowmatic']);
  });
});

describe("HackMD's shared notes: a `###### tags:` line is the post's, not a talk", () => {
  it('skips it, and reads the talks below', () => {
    const text = [
      '# OpenSauce Days 2024 shared notes',
      '',
      '###### tags: `opensauce2024` `conference`',
      '',
      '[TOC]',
      '',
      '## PostgreSQL 17 new features - Jane Chen',
      '',
      '- Speaker: Jane Chen (Crunchy Tables)',
      '- incremental backups are finally built in',
      '',
    ].join('\n');
    const { talks } = parseNotes(text, 'opensauce.md', 'opensauce');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['PostgreSQL 17 new features', ['Jane Chen @ Crunchy Tables']],
    ]);
  });
});

describe('speaker lines with a bar, a person emoji, or a company that reads like a name', () => {
  const { talks } = shape('speaker-marks');

  it('reads each speaker and company', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      // "Name | Role @ Company": the role is dropped.
      ['The next decade of the JVM', ['Britt Gundersen @ Orakel Systems']],
      // "👤 Name, Company": the sign marks the speaker's line.
      ['Native images: the good parts', ['Alina Jurenko @ Graalborg Labs']],
      // "by Name, Red Hat — [slides](…)": Red Hat is a company, not a second speaker.
      ['The cost of abstraction', ['Holly Kemmins @ Red Hat']],
      // Two people's names after a comma stay two speakers.
      ['Pairing across time zones', ['Mira Solheim', 'Tore Lindqvist']],
    ]);
    expect(kinds(talks[2])).toEqual(['slides']);
    expect(talks[1]?.summary).toBe('Startup in 50 ms, but reflection config is still painful.');
  });
});

describe('talks rated with stars, a sponsor talk, a speaker the notes do not name', () => {
  const { talks } = shape('rated-fields');

  it('keeps the rating out of the notes, and the sponsor talk as a kind of its own', () => {
    expect(talks.map((t) => [t.title, t.kind, t.summary])).toEqual([
      [
        'Designing for neurodiversity',
        undefined,
        'Reduce motion by default. Plain language helps everyone. My takeaway: accessibility work is design work.',
      ],
      ['Design handoff without tears', 'Sponsor talk', 'Skip.'],
    ]);
    expect(JSON.stringify(talks)).not.toMatch(/Rating|⭐/);
  });

  it('gives "someone from Framewerk" as the company, with no name', () => {
    expect(talks[1]?.speakers).toEqual([{ company: 'Framewerk' }]);
  });
});

describe('day headings between talk headings of the same level, a time over a bold title', () => {
  const { talks, problems } = shape('flat-days');

  it('gives the talks after "## Day 2" that day, and its date', () => {
    expect(talks.map((t) => [t.title, t.day, t.date])).toEqual([
      ["Spring Boot 4, what's new", 'Day 1', '2025-03-11'],
      ['Kotlin coroutines in practice', 'Day 1', '2025-03-11'],
      ['Java records everywhere', 'Day 2', '2025-03-12'],
      ['Quarkus on Kubernetes', 'Day 2', '2025-03-12'],
    ]);
  });

  it('answers "talks on day 2" with that day\'s talks', () => {
    const { event } = shape('flat-days');
    const answer = new Bot({ events: [event], talks }).ask('talks on day 2');
    expect(answer.kind === 'talks' && answer.hits.map((t) => t.title)).toEqual([
      'Java records everywhere',
      'Quarkus on Kubernetes',
    ]);
  });

  it('reads the talk under "## 10:30" as that slot\'s talk, not a skipped time', () => {
    const quarkus = talks.at(-1);
    expect(quarkus?.time).toBe('10:30');
    expect(who(quarkus)).toEqual(['Piotr Nowicki']);
    expect(warnings(problems)).toEqual([
      '16: "Day 2" skipped as not a talk: a day, with no talk found under it',
    ]);
  });
});

describe('more ways of writing the speaker in a talk heading, where the post writes it so', () => {
  const talksOf = (form: (title: string, name: string) => string) =>
    parseNotes(
      [
        '# DevCon Nowhere 2025',
        ...[
          ['Scaling event sourcing', 'Jana Novak'],
          ['Type-safe configuration at scale', 'Omar Haddad'],
          ['Incident reviews people read', 'Lea Schmid'],
        ].flatMap(([title = '', name = '']) => ['', form(title, name), '', 'Good examples.']),
      ].join('\n'),
      'forms.md',
      'forms',
    ).talks.map((t) => [t.title, who(t)]);
  const expected = [
    ['Scaling event sourcing', ['Jana Novak']],
    ['Type-safe configuration at scale', ['Omar Haddad']],
    ['Incident reviews people read', ['Lea Schmid']],
  ];

  it.each([
    ['Title<br>Name', (t: string, n: string) => `## ${t}<br>${n}`],
    ['Title [Name]', (t: string, n: string) => `## ${t} [${n}]`],
    ['Title: Name', (t: string, n: string) => `## ${t}: ${n}`],
    ['Title—Name', (t: string, n: string) => `## ${t}—${n}`],
    ['Title · Name', (t: string, n: string) => `## ${t} · ${n}`],
    ['Title // Name', (t: string, n: string) => `## ${t} // ${n}`],
    ['Title ~ Name', (t: string, n: string) => `## ${t} ~ ${n}`],
    ['Title – with Name', (t: string, n: string) => `## ${t} – with ${n}`],
    ['Title, presented by Name', (t: string, n: string) => `## ${t}, presented by ${n}`],
  ])('%s', (_form, form) => {
    expect(talksOf(form)).toEqual(expected);
  });

  it('leaves titles with those marks and no name as they are', () => {
    const titles = [
      'Rust: The Good Parts',
      'Observability: Beyond Logs',
      'Platform engineering: Spring Boot',
      'Java · Kotlin · Scala',
      'Frontend ~ Backend',
      'State—of—the—art caching',
      'Build // Run // Observe',
    ];
    const text = ['# DevCon Nowhere 2025', ...titles.flatMap((t) => ['', `## ${t}`, '', 'Notes.'])];
    const { talks } = parseNotes(text.join('\n'), 'plain.md', 'plain');
    expect(talks.map((t) => [t.title, t.speakers])).toEqual(titles.map((t) => [t, []]));
  });
});

describe("more of the post's own sections, which are not talks", () => {
  const sections = [
    'Books mentioned',
    'People to follow',
    'By the numbers',
    'Code of conduct',
    'Swag haul',
    'Why I went',
    'Tips for first-timers',
    'Favourite quotes',
    'My favourite quote',
    'Open questions',
    'Was it worth it?',
    'Would I go again?',
    'Diversity and inclusion',
    'Job fair',
  ];
  const text = [
    '# Conf Somewhere 2025',
    '',
    '## Queues in anger (Jana Novak)',
    '',
    '- Queues hide latency',
    '',
    '### Favourite quotes',
    '',
    '- "Backpressure is a feature"',
    '',
    ...sections.flatMap((name) => [
      `## ${name}`,
      '',
      '- one point, in a few words',
      '- another',
      '',
    ]),
  ].join('\n');
  const { talks, problems } = parseNotes(text, 'conf.md', 'conf');

  it('finds only the talk, and names each section skipped', () => {
    expect(talks.map((t) => t.title)).toEqual(['Queues in anger']);
    expect(warnings(problems)).toHaveLength(sections.length);
  });

  it('keeps the same words as a sub-section inside a talk ("### Favourite quotes")', () => {
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['Queues hide latency', 'Favourite quotes']);
  });
});

describe('a schedule table with "<br>" inside its cells', () => {
  const text = [
    '# CloudLand 2025 — talks I saw',
    '',
    '| Time | Talk | Speaker | My notes |',
    '|------|------|---------|----------|',
    '| 09:00 | [Serverless in 2025](https://cloudland.example.org/s/1) | Anja Weber<br>Lambda Works | Cold starts are solved<br>for most languages. |',
    '| 10:00 | **Kubernetes cost control** | Tim Baumann (Kubecost) | Rightsizing tools help. |',
    '| 12:00 | Lunch | | |',
  ].join('\n');
  const { talks } = parseNotes(text, 'cloudland.md', 'cloudland');

  it('reads the lines of a speaker cell as name and company, and never runs words together', () => {
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Serverless in 2025',
        ['Anja Weber @ Lambda Works'],
        'Cold starts are solved for most languages.',
      ],
      ['Kubernetes cost control', ['Tim Baumann @ Kubecost'], 'Rightsizing tools help.'],
    ]);
  });
});

describe('a title that is only the kind of session ("Keynote", "Closing panel")', () => {
  it('is a talk of that kind; a title that only has the word is of no kind', () => {
    const text = [
      '# ReactiveDays 2024',
      '',
      '* **Keynote** - Joe Savona, Lauren Tan',
      '  * The compiler is open source',
      '* **Closing panel** - Mia Berg, Tom Lund',
      '  * Nobody agreed on state management',
      '* **Panel data in pandas** - Ana Ruiz',
      '  * Wide frames are slow',
    ].join('\n');
    const { talks } = parseNotes(text, 'days.md', 'days');
    expect(talks.map((t) => [t.title, t.kind])).toEqual([
      ['Keynote', 'Keynote'],
      ['Closing panel', 'Panel'],
      ['Panel data in pandas', undefined],
    ]);
  });
});

describe("a code block in a talk's notes", () => {
  const text = [
    '# GoDays 2024',
    '',
    '## Range over func — Ines Lanz',
    '',
    '```go',
    'for k, v := range maps.All(m) {',
    '    fmt.Println(k, v)',
    '}',
    '```',
    '',
    'Iterators are finally in the language.',
  ].join('\n');
  const { talks } = parseNotes(text, 'godays.md', 'godays');

  it('stays in the notes, searchable, but is no sentence of the summary', () => {
    expect(talks[0]?.summary).toBe('Iterators are finally in the language.');
    expect(talks[0]?.notes[0]?.text).toMatch(/range maps\.All\(m\)/);
  });
});

describe('French, Spanish and German labels and sections', () => {
  const read = (lines: string[]) => parseNotes(lines.join('\n'), 'post.md', 'post');

  it('reads "Conférencier :", "Présenté par", "Diapos :" and skips "Le lieu"', () => {
    const { talks } = read([
      '# Retour sur Codefest Lyon 2025',
      '',
      '## Java 25 : quoi de neuf ?',
      '',
      '**Conférencier :** Josée Pamart (Oraclys)',
      '**Diapos :** [lien](https://speakerdeck.com/jpamart/java-25)',
      '',
      'Les Stable Values arrivent.',
      '',
      "## L'observabilité sans douleur",
      '',
      'Présenté par Marie Durand, Datadoque.',
      '',
      'OpenTelemetry partout.',
      '',
      '## Le lieu',
      '',
      'Toujours aussi bondé.',
    ]);
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Java 25 : quoi de neuf ?', ['Josée Pamart @ Oraclys'], 'Les Stable Values arrivent.'],
      ["L'observabilité sans douleur", ['Marie Durand @ Datadoque'], 'OpenTelemetry partout.'],
    ]);
  });

  it('drops "Charla 1:" and skips "Diapositivas y vídeos"', () => {
    const { talks } = read([
      '# Crónica de la JSDía 2024',
      '',
      '## Charla 1: Signals en todas partes — Ana Lozano (Vercelo)',
      '',
      'Los signals llegan a todos los frameworks.',
      '',
      '## Diapositivas y vídeos',
      '',
      'Todo estará en YouTube la semana que viene.',
    ]);
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Signals en todas partes', ['Ana Lozano @ Vercelo']],
    ]);
  });

  it('reads "Par Marie Durand" under a heading, but keeps "- Von Neumann Machines" a note', () => {
    const { talks } = read([
      '# Retour sur Codefest Lyon 2025',
      '',
      "## L'histoire des ordinateurs",
      '',
      'Par Marie Durand',
      '',
      '- Von Neumann Machines',
      '- les programmes enregistrés',
    ]);
    expect(talks.map((t) => [who(t), t.notes.map((n) => n.text)])).toEqual([
      [['Marie Durand'], ['Von Neumann Machines', 'les programmes enregistrés']],
    ]);
  });

  it('skips "Kaffeepause", and takes no sentence under it for a name ("Guter Kaffee.")', () => {
    const { talks } = read([
      '# Meine Notizen zur JavaInsel 2025',
      '',
      '## Vortrag: Modulithen in der Praxis',
      '',
      '**Referent:** Olaf Drotberg (Brodcom)',
      '',
      'Module als Architektur-Einheit.',
      '',
      '## Kaffeepause',
      '',
      'Guter Kaffee.',
    ]);
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Modulithen in der Praxis', ['Olaf Drotberg @ Brodcom']],
    ]);
  });
});
