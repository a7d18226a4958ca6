import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { isError } from '../../../src/model.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (5): each fixture invented for these tests. */

describe('panels: "Moderator: …" and "Panelists: …" lines, "Moderated by …", "Host: … Guests: …"', () => {
  const { talks } = shape('panel-people');
  const byTitle = (title: string) => talks.find((t) => t.title === title);

  it('finds every person on the panel, moderator first, and none of them in the notes', () => {
    const panel = byTitle('The future of platform teams');
    expect(who(panel)).toEqual(['Ingrid Solberg', 'Mateo Ruiz', 'Aiko Tanabe', 'Lars Eriksen']);
    expect(panel?.summary).toBe(
      'They argued about whether platform teams should own golden paths or only paved roads.',
    );
    expect(who(byTitle('Hiring after the layoffs'))).toEqual(['Priya Raman']);
    const roundtable = byTitle('Observability roundtable');
    expect(who(roundtable)).toEqual(['Tomasz Nowak', 'Fatou Diallo', 'Jonas Weber']);
    expect(roundtable?.summary).toMatch(/^Sampling is the hard part/);
  });

  it('does not take "Host: a cluster of …" for a person: it stays a note', () => {
    const lab = byTitle('Home lab clusters');
    expect(lab?.speakers).toEqual([]);
    expect(lab?.summary).toMatch(/^Host: a cluster of eight single-board computers/);
  });
});

describe('recordings and decks embedded by the blog: shortcodes, players, MDX components', () => {
  const { talks } = shape('embedded-media');
  const links = (title: string) =>
    talks.find((t) => t.title === title)?.links.map((l) => [l.kind, l.url]);

  it('gives each talk the video or slides its embed shows', () => {
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['Java 25 in practice', ['video']],
      ['Virtual threads under load', ['video']],
      ['Spring Boot 4 deep dive', ['video', 'slides']],
      ['Valhalla, finally', ['slides']],
      ['Leyden and startup time', ['video']],
    ]);
    expect(links('Spring Boot 4 deep dive')).toEqual([
      ['video', 'https://www.youtube.com/watch?v=3x3bT9rE-Ec'],
      ['slides', 'https://speakerdeck.com/player/4f6a3b2c1d9e'],
    ]);
    expect(links('Virtual threads under load')).toEqual([
      ['video', 'https://www.youtube.com/watch?v=zPhkg8dYysY'],
    ]);
    expect(links('Leyden and startup time')).toEqual([['video', 'https://vimeo.com/987654321']]);
  });

  it('leaves out an embed that is neither, such as a map of the venue', () => {
    expect(links('Valhalla, finally')).toEqual([
      ['slides', 'https://speakerdeck.com/player/0123abcd4567'],
    ]);
  });
});

describe('talks in collapsed toggles: "<details><summary>Title — Name</summary> … </details>"', () => {
  const { talks, problems } = shape('details-toggles');

  it('reads each toggle at the top of the post as a talk, its content as the notes', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.source.line])).toEqual([
      ['Kubernetes at ten: what we got wrong', ['Tomas Lindqvist @ Google'], ['slides'], 6],
      ['Scaling etcd to 10k nodes', ['Marek Wiśniewski', 'Hanna Ruud'], [], 15],
      ['Event storming for platform teams', ['Alba Romero'], [], 21],
      ['Platform engineering anti-patterns', ['Abby Whitfield'], ['video'], 29],
    ]);
    // Without blank lines the toggle is one block of HTML: its Markdown is read all the same.
    expect(talks[1]?.summary).toBe(
      'They sharded the watch cache and moved events to a cluster of their own.',
    );
  });

  it("keeps a toggle inside a talk (its links) with that talk, and one under the post's sections out", () => {
    expect(talks[3]?.links.map((l) => l.url)).toEqual([
      'https://www.youtube.com/watch?v=abcdefghijk',
    ]);
    expect(talks.some((t) => /getting there/i.test(t.title))).toBe(false);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^39: "Venue" skipped as not a talk: a section of the post/),
    ]);
  });
});

describe('schedule headings: "10:30–11:15 · Room A · Title — Name", "A / B: Title", in capitals', () => {
  const { talks } = shape('schedule-headings');

  it('leaves the slot and room out of the title and finds the speakers', () => {
    expect(talks.map((t) => [t.title, who(t), t.time ?? null])).toEqual([
      ['Platform engineering for small teams', ['Ingrid Holm'], '10:30–11:15'],
      ['eBPF for the rest of us', ['Kasper Lund @ Isovalent'], '11:30 – 12:00'],
      ['Cost-aware autoscaling', ['Jane Kowalski', 'Omar Haddad'], null],
      ['OBSERVABILITY WITHOUT THE BILL', ['Maria Garcia'], null],
      // Capitals alone are no name: an acronym-laden title stays whole.
      ['AWS RE:INVENT RECAP IN TEN MINUTES', [], null],
    ]);
  });
});

describe('toggles nested thousands deep in one block of HTML (hostile)', () => {
  it('reads three levels and leaves the rest as markup: the file is read, without an error', () => {
    const depth = 3000;
    const text = `# Deep\n\n${'<details><summary>Inner</summary>\n'.repeat(depth)}notes\n${'</details>\n'.repeat(depth)}`;
    const { talks, problems } = parseNotes(text, 'deep.md', 'deep');
    expect(talks).toEqual([]);
    // No error: the other files of the folder are served, and `qcon check` says no talk was found.
    expect(problems).toEqual([]);
  });
});

describe('session facts in headings: "(45 min)", "[Intermediate]", "(she/her)", "— Name — Company"', () => {
  const { talks } = shape('session-facts');

  it('leaves length, level, kind and pronouns out of titles and companies', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Signals in depth', []],
      ['Type-safe APIs', ['Jane Lindgren']],
      ['Bundlers are boring now', ['Marco Bianchi @ Vercel']],
      ['Testing the untestable', ['Priya Raman']],
      ['Web performance in 2025', []],
      ['A11y for everyone', ['Sam Okafor @ Shopify']],
      ['Deno 2 in production', ['Kurt Weber']],
      ['Edge functions', ['Ana Souza']],
      // The language of a talk is part of what the author called it.
      ['Streams in depth (in German)', []],
      ['Workers everywhere', ['Lea Vogt']],
      ['CSS layers', ['Tom Berg']],
    ]);
  });
});

describe('the programme between the talks: opening remarks, breaks, booths', () => {
  const { talks, problems } = shape('program-items');

  it('finds only the talks, and says which sections were skipped', () => {
    expect(talks.map((t) => [t.title, who(t), t.day])).toEqual([
      ['Incident review is not a blame game', ['Aoife Byrne'], 'Day 1'],
      ['SLOs for batch jobs', [], 'Day 1'],
      ['The economics of reliability', ['Ciarán Walsh'], 'Day 2'],
      // A session of short talks is a session of the conference.
      ['Lightning talks', [], 'Day 2'],
    ]);
    expect(warnings(problems).map((w) => w.replace(/ skipped .*/, ''))).toEqual([
      '15: "Opening remarks"',
      '24: "Coffee break & hallway track"',
      '33: "Lunch"',
      '47: "Sponsor booths"',
      '51: "Resources"',
      '56: "What\'s next"',
    ]);
  });
});

describe('"by" in other languages: "Título por Nome", "Titel von Name", "Titel door Naam"', () => {
  it('splits where most such headings of the post name a speaker', () => {
    const { talks } = shape('other-language-by');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Arquitetura evolutiva', ['Marta Sousa @ Fintrix']],
      ['Observabilidade na prática', ['João Pereira']],
      // "por etapas" is "in stages": no name follows.
      ['Migração por etapas', []],
    ]);
  });

  it('keeps "Die Zukunft von Apache Kafka" whole where "von" only means "of"', () => {
    const { talks } = shape('german-von');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Die Zukunft von Apache Kafka', []],
      ['Migration von Java 8', []],
      ['Das Ende von Microservices', []],
    ]);
  });
});

describe("a site's collection of talks: one file per talk, the talk in its front matter", () => {
  const dir = fileURLToPath(new URL('../../fixtures/talk-collection', import.meta.url));

  it('reads each file as its talk: title, speakers, company, links and date from the keys', async () => {
    const { library, problems } = await loadContent(dir);
    const talk = (id: string) => library.talks.find((t) => t.event === id);
    const resilient = talk('resilient-systems');
    expect([resilient?.title, who(resilient), kinds(resilient), resilient?.date]).toEqual([
      'Building resilient systems',
      ['Jane Whitmore @ Acme Corp'],
      ['video', 'slides'],
      '2025-04-02',
    ]);
    expect(resilient?.summary).toMatch(/^Retries without budgets make outages worse\./);
    const platform = talk('platform-teams');
    expect([platform?.title, who(platform), kinds(platform)]).toEqual([
      'Platform teams that last',
      ['Omar Haddad @ Globex', 'Lea Vogt'],
      ['video'],
    ]);
    expect(platform?.notes.map((note) => note.text)).toEqual(['Notes', 'Key takeaways']);
    // `conference:` or `event:` names the event; the title is the talk's, not the event's.
    expect(library.events.map((e) => [e.id, e.name]).sort()).toEqual([
      ['featured-video', 'Why I go to conferences'],
      ['platform-teams', 'PlatformCon 2025'],
      ['resilient-systems', 'KubeCon EU 2025'],
    ]);
    expect(problems.filter(isError)).toEqual([]);
  });

  it("does not make a talk of a post whose front matter only has a title and a blog's video", async () => {
    const { library, problems } = await loadContent(dir);
    expect(library.talks.filter((t) => t.event === 'featured-video')).toEqual([]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      expect.stringMatching(/featured-video\.md: no talks found/),
    ]);
  });
});

describe('placeholders where the notes will go: "(Notes to come)", "TODO", "WIP"', () => {
  it('are no notes and no summary; the talk keeps its links', () => {
    const { talks } = parseNotes(
      [
        '# Monitorama 2025',
        '## Tracing at the edge — Ken Ito',
        'Slides: https://speakerdeck.com/kenito/edge',
        'Video: https://www.youtube.com/watch?v=abcdefghijk',
        '',
        '(Notes to come — I was too tired.)',
        '',
        '## Logs are a stream — Tom Baker',
        '- TODO',
        '- Ship everything as structured JSON',
        '- Todo lists in incident reviews go stale',
      ].join('\n'),
      'm.md',
      'm',
    );
    expect(talks.map((t) => [t.title, kinds(t), t.notes.map((n) => n.text), t.summary])).toEqual([
      ['Tracing at the edge', ['slides', 'video'], [], ''],
      [
        'Logs are a stream',
        [],
        ['Ship everything as structured JSON', 'Todo lists in incident reviews go stale'],
        'Ship everything as structured JSON. Todo lists in incident reviews go stale.',
      ],
    ]);
  });
});

describe('a post that goes speaker by speaker: "## Jane Doe" over "**Title**" or "### Title"', () => {
  it('reads the heading as the speaker and the line or heading under it as the talk', () => {
    const { talks } = shape('speaker-by-speaker');
    expect(talks.map((t) => [t.title, who(t), t.topic ?? null, t.summary])).toEqual([
      [
        'Async Rust without tears',
        ['Jane Lindqvist'],
        null,
        'Pin is a promise, not a type; most code never needs it.',
      ],
      [
        'Safety-critical Rust in cars',
        ['Omar Haddad @ Ferrous Systems'],
        null,
        'Qualifying the compiler for ISO 26262 is done.',
      ],
      ['Borrow checker internals', ['Mara Vogel'], null, 'Polonius lands next year.'],
    ]);
  });

  it('keeps one "## Two Words" over an emphasised line a title with its subtitle', () => {
    const { talks } = parseNotes(
      '## Fearless Refactoring\n\n**Rewriting a parser in a weekend**\n\nProperty tests first.\n',
      'f.md',
      'f',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([['Fearless Refactoring', []]]);
  });
});

describe('boxes: Quarto and Docusaurus ":::" callouts, GitHub "> [!TIP]" alerts', () => {
  it("reads a box's content as notes, its heading as its title, and no marker as words", () => {
    const { talks } = shape('callout-boxes');
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.summary])).toEqual([
      [
        'Shiny for Python in production',
        ['Greta Lindholm'],
        [],
        'Use modules early; reactive graphs get messy fast. Deploy with containers. Test with a headless browser.',
      ],
      [
        'Dashboards as documents',
        ['Charles Moreau'],
        ['slides'],
        'Dashboards are just documents with a layout. Start from the gallery examples.',
      ],
    ]);
  });
});

describe('an awesome list: "- [Title](video) - Name, Conference 2018" under topic headings', () => {
  it('reads the conference after the name as no company, and one talk under a heading as a talk', () => {
    const { talks } = shape('awesome-list');
    expect(talks.map((t) => [t.title, who(t), t.topic, kinds(t)])).toEqual([
      [
        'How a streaming service does incident response',
        ['Dana Hart'],
        'Incident response',
        ['video'],
      ],
      ['Blameless postmortems at scale', ['Jon Alvarsson'], 'Incident response', ['video']],
      ['The human side of incidents', ['Nora Jensen @ Jeli'], 'Incident response', ['video']],
      ['Load shedding in practice', ['Alejandro Forero'], 'Capacity', ['description']],
    ]);
  });
});

describe('a schedule grid: times down the first column, a room per column, "Title — Name" per cell', () => {
  it('reads each cell as a talk with its time and room; the notes below add to the same talks', () => {
    const { talks } = shape('schedule-grid');
    expect(talks.map((t) => [t.title, who(t), t.time, t.room, t.summary])).toEqual([
      ['The cloud in 2030', ['Marta Rinaldi'], '09:30', 'Main hall', ''],
      ['Kubernetes operators', ['Anna Conte'], '10:30', 'Room B', ''],
      ['Observability on a budget', ['Paolo Greco'], '12:00', 'Main hall', ''],
      [
        'Serverless at scale',
        ['Luca Ferraro'],
        '10:30',
        'Main hall',
        'Cold starts matter less than connection pools.',
      ],
      [
        'Rust for platform teams',
        ['Giulia Marini'],
        '12:00',
        'Room B',
        'Start with CLIs, not services.',
      ],
    ]);
  });

  it("reads a table of build times in a talk's notes as its rows, not talks and not its summary", () => {
    const { talks } = shape('schedule-grid');
    const rust = talks.find((t) => t.title === 'Rust for platform teams');
    expect(rust?.notes).toEqual([
      { text: 'Start with CLIs, not services.', children: [] },
      {
        text: 'Time · Build step · Result',
        children: [
          { text: '2 min · cargo check · fine', children: [] },
          { text: '10 min · full release build · slow', children: [] },
        ],
      },
    ]);
  });
});

describe('a section of the post that is only a table: "## Tools we compared"', () => {
  it('is no talk, with a warning; a talk whose notes include a table stays one', () => {
    const { talks, problems } = parseNotes(
      [
        '# Notes from CloudConf',
        '## Serverless at scale',
        'Cold starts matter less than connection pools.',
        '',
        '| Runtime | Cold start |',
        '|---|---|',
        '| Node | 120 ms |',
        '## Tools we compared',
        '| Tool | Verdict |',
        '|---|---|',
        '| kubectl | fine |',
        '| helm | slow |',
      ].join('\n'),
      'c.md',
      'c',
    );
    expect(talks.map((t) => t.title)).toEqual(['Serverless at scale']);
    expect(warnings(problems)).toEqual([
      '8: "Tools we compared" skipped as not a talk: only a table under it, and no speaker',
    ]);
  });
});

describe('a speaker line with the talk\'s links: "Presented by **Name** from Acme — [video](…)"', () => {
  it("reads the speaker without the links, and keeps the links as the talk's", () => {
    const { talks } = shape('speaker-lines-with-links');
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Generics two years later', ['Jane Kowalski @ Grafana Labs'], []],
      ['Profiling in production', ['@omarh'], ['slides']],
      ['Fuzzing the standard library', ['Lea Vogt @ Google'], ['video']],
    ]);
  });
});
