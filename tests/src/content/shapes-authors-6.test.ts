import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (6): each fixture invented for these tests. */

describe('headings with a time, a place and the kind of session: "09:30 · Main hall · Keynote: …"', () => {
  const { talks } = shape('rooms-and-kinds');

  it('keeps only the title: the room and "Keynote:" / "Closing panel:" / "Fireside chat:" go', () => {
    expect(talks.map((t) => [t.title, t.time])).toEqual([
      ['The compiler, ten years on', '09:30'],
      ['Structured logging in practice', '11:15'],
      ['Fuzzing in anger', '14:00'],
      ['Go in production', '10:00'],
      ['Twenty years of open source', '11:00'],
      // A title that only starts with a place's word, before a colon, keeps it.
      ['The Green Room: stories from on-call', '12:00'],
    ]);
    expect(talks[0]?.id).toBe('the-compiler-ten-years-on');
  });

  it('still finds each speaker, the panel moderator first', () => {
    expect(who(talks[2])).toEqual(['Mirela Popescu', 'Daniel Kovač', 'Sun-hee Park']);
    expect(who(talks[3])).toEqual([
      'Ana Luísa Prado',
      'Wiktor Zając',
      'Chiara Benedetti',
      'Kwame Asante',
    ]);
  });

  it('leaves the Q&A after a talk out of its summary', () => {
    expect(talks[2]?.summary).toBe(
      'Native fuzzing found forty bugs in the standard library. Corpus minimisation matters.',
    );
  });
});

describe('numbered bold titles, "— *Name, Company* ([slides](…))", notes on the next line', () => {
  const { talks } = shape('numbered-bold-lines');
  const byTitle = (title: string) => talks.find((t) => t.title === title);

  it('reads the speaker and company of the first line, and the notes from the line after', () => {
    const failure = byTitle('Designing for failure at scale');
    expect(who(failure)).toEqual(['Jorien Bakker @ Stripe']);
    expect(kinds(failure)).toEqual(['slides', 'video']);
    expect(failure?.summary).toMatch(/^Jorien walked through three outages/);
    expect(who(byTitle("On-call that doesn't burn people out"))).toEqual([
      'Mehmet Yilmaz @ Zalando',
    ]);
  });

  it('gives each of two speakers the company after their name', () => {
    expect(who(byTitle('Two teams, one mesh'))).toEqual([
      'Lotte Visser @ Adyen',
      'Pieter Jansen @ Mollie',
    ]);
    // "&" inside a company's name is no second speaker.
    expect(who(byTitle('Pharma pipelines'))).toEqual(['Femke de Groot @ Johnson & Johnson']);
  });

  it('makes no talk of an item without a speaker ("Open spaces")', () => {
    expect(talks.map((t) => t.title)).not.toContain('Open spaces');
    expect(talks).toHaveLength(5);
  });
});

describe('an outliner page (Logseq, Obsidian outlines): headings in bullets, "speaker:: …"', () => {
  const { talks } = shape('outliner-page');

  it('finds the talks under the day bullets, with their speakers and links', () => {
    expect(talks.map((t) => [t.title, t.day, who(t), kinds(t)])).toEqual([
      ['The compiler that memoizes for you', 'Day 1', ['Lucía Fernández'], ['video']],
      ['Server components in production', 'Day 1', ['Bram Peeters @ Vercel'], []],
      ['Accessibility is not a checklist', 'Day 2', ['Nkechi Eze'], []],
    ]);
  });

  it("keeps a bullet beside the talks (the day's) out of the talk above it", () => {
    expect(talks[1]?.summary).toBe(
      'Streaming HTML first, then the component payloads. Data fetching moves to the server; waterfalls are easier to see.',
    );
  });
});

describe('inline fields "speaker:: …" (Dataview), and a "company:: …" line', () => {
  const { talks } = shape('inline-fields');

  it('reads the fields as the talk’s facts, not as notes', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Lakehouse formats compared', ['Greta Hoffmann @ Databricks'], ['slides']],
      ['Streaming joins without tears', ['Yusuf Demir'], []],
    ]);
    expect(talks[1]?.summary).toBe('Watermarks decide when a join may forget a row.');
  });

  it('leaves "::" inside a line as it is', () => {
    expect(talks[0]?.summary).toMatch(
      /a std::vector is still no field, nor is std::move in prose\.$/,
    );
  });
});

describe('a thread or recap that quotes its titles: "“Title” by @handle", "Name’s talk “Title”"', () => {
  const { talks, event } = shape('quoted-prose');

  it('finds each quoted talk with the name or handle beside the quote', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Platform as a product', ['@mira_okoye @ Team Shapes'], ['slides']],
      ['Dynamic configuration management', ['Henrik Lund'], []],
      ['Observability 2.0', ['Paula Ferraz'], ['video']],
    ]);
    expect(event.name).toBe('PlatformDays 2024');
  });

  it('makes no talk of a quote without a person beside it, nor of the sign-off', () => {
    expect(talks.map((t) => t.title)).not.toContain("the cloud is just someone else's computer");
    expect(talks).toHaveLength(3);
    expect(talks[2]?.summary).not.toMatch(/see you next year/);
  });

  it('leaves the thread numbers and the lone links out of the summary', () => {
    expect(talks[0]?.summary).toBe(
      '"Platform as a product" by @mira_okoye (Team Shapes): treat developers as customers. Interview them. Build the thinnest viable platform.',
    );
    // The next post of the thread ("5/ Someone said …") is no note of this talk.
    expect(talks[2]?.summary).toBe(
      'Loved Paula Ferraz\' talk "Observability 2.0": wide events, not three pillars.',
    );
  });
});

describe('bold lines with the speaker inside, and "Honourable mentions" after the last talk', () => {
  const { talks } = shape('bold-lines-and-mentions');

  it('reads "**“Title” – Name**" as a title and its speaker', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Functional architecture: the pits of success', ['Oskar Vik']],
      ['The hidden cost of microservices', ['Siri Halvorsen']],
    ]);
  });

  it('keeps the honourable mentions and a trailing address out of the talks’ summaries', () => {
    expect(talks[0]?.summary).toBe(
      'Oskar argued that functional programming nudges you into ports and adapters without trying. Pure functions are trivially testable.',
    );
    expect(kinds(talks[0])).toEqual(['video']);
    expect(talks[1]?.summary).toBe(
      'Distributed monoliths are the worst of both worlds. Start with a modular monolith.',
    );
  });
});

describe('"Talk: …" / "Speaker: …" paragraphs under the post’s only title', () => {
  const { talks, problems } = shape('labelled-under-title');

  it('is a post of several talks, not one talk', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Ten years of the scheduler - what we got wrong', ['Ingrid Aas']],
      ['Sidecar containers are finally stable', ['Tore Nilsen @ Telenor']],
    ]);
    expect(talks[1]?.summary).toBe(
      'init containers with a restart policy of Always. ordering problems are solved at last.',
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"Lunch" skipped as not a talk: a section of the post, not a talk',
    ]);
  });
});

describe('links after the name in a heading, a "#### Speaker" heading, a linked title on YouTube', () => {
  const { talks } = shape('heading-links-and-labels');
  const byTitle = (title: string) => talks.find((t) => t.title === title);

  it('reads "Title — Name [slides](…) · [video](…)" as title, speaker and the two links', () => {
    const talk = byTitle('Interactions in practice');
    expect(who(talk)).toEqual(['Noor Haddad']);
    expect(kinds(talk)).toEqual(['slides', 'video']);
  });

  it('takes the name under a "#### Speaker" heading as the speaker, not as notes', () => {
    const talk = byTitle('Web workers everywhere');
    expect(who(talk)).toEqual(['Mirjam']);
    expect(talk?.summary).toBe(
      'Off-main-thread architecture. A message library makes it bearable.',
    );
  });

  it('keeps a title whose words only end in a link word, and the linked speaker and company', () => {
    expect(byTitle('Streaming video on the web — a history')?.speakers).toEqual([]);
    expect(who(byTitle('Supply chain attacks on npm'))).toEqual(['Femi Adeyemi @ Socketry']);
    expect(kinds(byTitle('Supply chain attacks on npm'))).toEqual(['video', 'description']);
    expect(who(byTitle('The engine sandbox'))).toEqual(['Pavel Novák @ Google']);
  });
});

describe('a blog theme’s embeds and "Recording coming soon" notes', () => {
  const { talks, event } = shape('theme-embeds');
  const links = (title: string) =>
    talks.find((t) => t.title === title)?.links.map((l) => [l.kind, l.url]);

  it('takes `{% include video id provider %}` and `{% embed url %}` as the recording', () => {
    expect(links('Kotlin coroutines in anger')).toEqual([
      ['video', 'https://www.youtube.com/watch?v=kot1234abcd'],
    ]);
    expect(links('Compose for desktop')).toEqual([
      ['video', 'https://www.youtube.com/watch?v=cmp5678efgh'],
    ]);
    expect(links('Serverless on the JVM')).toEqual([['video', 'https://vimeo.com/445566778']]);
    expect(event.name).toBe('DevFest Loire 2024');
  });

  it('leaves a promise of a recording or slides out of the summary', () => {
    expect(talks.find((t) => t.title === 'Multiplatform libraries')?.summary).toBe(
      'Expect/actual is the core idea.',
    );
    expect(talks.find((t) => t.title === 'Gradle at scale')?.summary).toBe(
      'The configuration cache and build scans.',
    );
  });
});

describe("a speaker's own pages: one talk each, named by its title, with no speaker line", () => {
  const dir = fileURLToPath(new URL('../../fixtures/speaker-pages', import.meta.url));

  it('reads a page with the conference, slides and video at the top as that talk', async () => {
    const { library } = await loadContent(dir);
    const talk = library.talks.find((t) => t.event === '2024-06-12-robocoders');
    expect([talk?.title, talk?.speakers, kinds(talk)]).toEqual([
      'Robocoders: judgment day for AI IDEs',
      [],
      ['slides', 'video', 'see-also', 'see-also'],
    ]);
    // The abstract is the summary; the template's "by {{ site.speaker.name }}" line is no note.
    expect(talk?.summary).toBe(
      'We pitted four AI coding assistants against the same backlog. The winner was not the one with the biggest model.',
    );
    expect(library.events.find((e) => e.id === '2024-06-12-robocoders')?.name).toBe(
      'DevConf Brno 2024',
    );
  });

  it('reads a paper page whose front matter gives its event and abstract', async () => {
    const { library } = await loadContent(dir);
    const talk = library.talks.find((t) => t.event === '2023-11-20-ivm');
    expect([talk?.title, talk?.date, talk?.summary]).toEqual([
      'Incremental view maintenance for streaming joins',
      '2023-11-20',
      'We show how to maintain join views incrementally under out-of-order streams, with bounded state.',
    ]);
    expect(library.events.find((e) => e.id === '2023-11-20-ivm')?.name).toBe('DataSys 2023');
  });

  it('makes no talk called "Abstract" of a post that is no talk', async () => {
    const { library, problems } = await loadContent(dir);
    expect(library.talks.filter((t) => t.event === 'why-caching')).toEqual([]);
    expect(warnings(problems.filter((p) => p.file.endsWith('why-caching.md')))).toEqual([
      '3: "Abstract" skipped as not a talk: a part of a talk\'s notes, with no talk heading above it',
      '7: "Resources" skipped as not a talk: a section of the post, not a talk',
      '1: no talks found: give each talk a ## or ### heading',
    ]);
  });
});

describe('headings with a weekday and time, "[Day 2]", "#4", pipes and a place, "Title, Name"', () => {
  const { talks, problems } = shape('slot-and-comma-headings');

  it('reads title, speaker, time and day out of each', () => {
    expect(talks.map((t) => [t.title, who(t), t.time, t.day])).toEqual([
      ['Evolving architectures', ['Rebeka Pásztor'], '10:30', undefined],
      ['Testing in production', ['Csilla Major'], '11:15–12:00', undefined],
      ["The pragmatic engineer's career ladder", ['Gergő Orbán'], undefined, 'Day 2'],
      ['Domain storytelling', ['Stefan Hofmann'], undefined, undefined],
      ['Observability at scale', ['Lili Fonyó'], undefined, undefined],
      // A comma before words that are no name ends no title.
      ['Kubernetes, the hard way', ['Ádám Kelemen'], undefined, undefined],
    ]);
  });

  it('says a day with notes but no talk under it is skipped, instead of dropping it in silence', () => {
    expect(warnings(problems)).toEqual([
      '29: "Day 3" skipped as not a talk: a day, with no talk found under it',
    ]);
  });
});

describe('"**Speakers:**" over a list of names, a definition list, "Orateur : Nom"', () => {
  const { talks } = shape('speaker-label-lists');

  it('reads every listed person as a speaker, and none of them as notes', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      [
        'Golden paths that people actually use',
        ['Jana Peeters @ Paveway', 'Bram de Smet @ Globex'],
        ['slides', 'video'],
      ],
      ['Cost-aware platforms', ['Tom Wouters', 'Lies Maes'], []],
      ['Portals are products', ['Hugo Lambert'], []],
    ]);
    expect(talks[0]?.summary).toBe(
      'Golden paths work when they are the easiest path, not the only one.',
    );
  });
});
