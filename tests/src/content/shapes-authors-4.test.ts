import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (4): each fixture invented for these tests. */

describe('setext "Day 2" headings over numbered bold titles: "**1. Title** (Name)"', () => {
  const { talks, problems } = shape('bold-numbered-setext');

  it("leaves the author's numbering out of the title and its id", () => {
    expect(talks.map((t) => [t.id, t.title, who(t), t.day])).toEqual([
      ['java-language-futures', 'Java Language Futures', ['Brian Goetz'], 'Day 2'],
      ['reactive-spring', 'Reactive Spring', ['Josh Long'], 'Day 2'],
      [
        'quarkus-supersonic-subatomic-java',
        'Quarkus: Supersonic Subatomic Java',
        ['Emmanuel Bernard', 'Sanne Grinovero'],
        'Day 3',
      ],
      ['thinking-in-parallel', 'Thinking in Parallel', ['Stuart Marks'], 'Day 3'],
    ]);
    expect(kinds(talks[2])).toEqual(['video']);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^28: "Conclusion" skipped as not a talk/),
    ]);
  });
});

describe('bullets of bold titles with a kind of session first: "**Keynote: Title** – Name"', () => {
  const { talks } = shape('bullet-kinds');

  it('reads the title without "Keynote:", as a heading would be read', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['What SRE could be', ['Niall Murphy'], []],
      ['Incident Analysis: How Not to Learn', ['Laura Maguire', 'John Allspaw'], []],
      [
        'The Sociotechnical Path to High-Performing Teams',
        ['Ana Margarita Medina @ Lightstep'],
        ['slides'],
      ],
    ]);
  });
});

describe('a table of talks whose notes column has no header words ("| 🤔 |")', () => {
  const { talks } = shape('table-unnamed-notes');

  it('reads the sentences in that column as the notes; a table of tools is no talks', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.summary])).toEqual([
      [
        'Types as documentation',
        ['Sofia Lund'],
        ['video'],
        'The best intro to modelling a domain with types.',
      ],
      [
        'The art of naming',
        ['Erik Berg'],
        ['video'],
        'Funny, and a live demo of renaming a whole codebase.',
      ],
      ['Managing information overload', ['Jessica Kerr'], [], 'Practical tips for staying sane.'],
    ]);
  });

  it('reads "Why watch it" and "What I liked" headers as notes too', () => {
    const text = (header: string) =>
      `| Talk | Speaker | ${header} |\n|---|---|---|\n| Queues | Mia Novak | Backpressure done right |\n`;
    for (const header of ['Why watch it', 'What I liked', 'Highlights']) {
      expect(parseNotes(text(header), 'x.md', 'x').talks[0]?.summary, header).toBe(
        'Backpressure done right.',
      );
    }
  });
});

describe('"Speaker:" with one name and a company of two words', () => {
  it('reads "Speaker: Name, Red Hat" as one speaker and a company, "Speakers:" as two', () => {
    const post = (line: string) =>
      parseNotes(
        `## Talks\n\n### Autoscaling with KEDA\n\n${line}\n\n- scale to zero\n`,
        'x.md',
        'x',
      ).talks[0];
    expect(who(post('Speaker: Zbyněk Roubalík, Red Hat'))).toEqual(['Zbyněk Roubalík @ Red Hat']);
    expect(who(post('**Speaker:** Jane Doe, Blue Yonder'))).toEqual(['Jane Doe @ Blue Yonder']);
    expect(who(post('Speakers: Jane Doe, John Roe'))).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('talks at ### under days, and at #### under a ### theme, in the same post', () => {
  const { talks } = shape('themes-one-level-deeper');

  it('reads the theme as a topic, not as one talk with the others as its notes', () => {
    expect(talks.map((t) => [t.title, who(t), t.topic, t.day])).toEqual([
      [
        'Building resilient systems at scale',
        ['Liz Fong-Jones @ Honeycomb'],
        undefined,
        'Tuesday, November 5',
      ],
      ['Web performance budgets that stick', ['Tim Kadlec'], undefined, 'Tuesday, November 5'],
      ['Zero trust in practice', ['Sara Nilsson @ Klarna'], 'Security', 'Wednesday, November 6'],
      ['Secrets management war stories', ['Pablo Ruiz'], 'Security', 'Wednesday, November 6'],
      ['HTTP/3 in one slide', ['Mark Nottingham'], 'Lightning talks', 'Wednesday, November 6'],
      ['The cost of JavaScript', ['Addy Osmani'], 'Lightning talks', 'Wednesday, November 6'],
    ]);
  });

  it('reads "Name | [Slides][3] | [Video][4]" under a heading as the speaker and the links', () => {
    expect(kinds(talks[1])).toEqual(['description', 'slides', 'video']);
    expect(talks[1]?.summary).toMatch(/^Budgets without automation are wishes\./);
  });

  it('keeps a theme whose sub-headings are not talks as one talk', () => {
    const text =
      '### Talk one (Jane Doe)\n\n- a\n\n### Talk two (John Roe)\n\n- b\n\n### Kafka at scale\n\n#### Key takeaways\n\n- partitions\n';
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => t.title)).toEqual([
      'Talk one',
      'Talk two',
      'Kafka at scale',
    ]);
  });
});

describe('speaker first in bold, the title in italics: "**Eric Evans** — *Title*"', () => {
  const { talks } = shape('speaker-first-bold');

  it('reads paragraphs and bullets so, and "**Kafka Streams** — *Jane Doe*" title first', () => {
    expect(talks.map((t) => [t.title, who(t), t.day])).toEqual([
      ['Domain-Driven Design: ten years later', ['Eric Evans'], 'Day one'],
      ['Architecture modernization', ['Nick Tune'], 'Day one'],
      ['Growing your design heuristics toolkit', ['Rebecca Wirfs-Brock'], 'Day one'],
      ['Design and reality', ['Mathias Verraes'], 'Day three'],
      ['Kafka Streams', ['Jane Doe'], 'Day three'],
    ]);
    expect(talks[0]?.summary).toMatch(/^Eric revisited strategic design/);
    expect(talks[3]?.summary).toBe('Models are discovered, not invented.');
  });
});

describe('"Speaker: Name." opening a paragraph of notes, and sprints after the talks', () => {
  const { talks, problems } = shape('speaker-sentence');

  it('takes the name as the speaker and the rest as notes; sprints are no talk', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Keynote', ['Jay Miller']],
      ['Rust for Python programmers', ['Samuel Colvin']],
      ['Pandas 2.0 and the Arrow future', ['Marc Garcia']],
    ]);
    expect(talks[2]?.summary).toBe(
      'Copy-on-write is coming and it changes everything about chained assignment.',
    );
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^21: "Sprints" skipped as not a talk/),
      expect.stringMatching(/^25: "Thanks" skipped as not a talk/),
    ]);
  });

  it('does not take "Dr" for a speaker', () => {
    const text =
      '## Pandas 2.0\n\nSpeaker: Dr. Jane Doe. She showed the new copy-on-write rules.\n';
    expect(who(parseNotes(text, 'x.md', 'x').talks[0])).toEqual([]);
  });
});

describe('a bold name with "· *role, Company*" under the title, a question as the abstract', () => {
  const { talks } = shape('bold-name-role');

  it('reads the company without the role, and the bullets when the rest is a question', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ["The Mess We're In", ['Joe Armstrong']],
      ['Engineering Culture at Scale', ['Kellan Elliott-McCrea @ Etsy']],
    ]);
    expect(talks[1]?.summary).toBe('blameless postmortems. "just culture".');
  });
});

describe('a post moved over from WordPress: <h3> headings over <p> paragraphs', () => {
  const { talks } = shape('html-paragraphs');

  it('reads the paragraphs as notes, with their links, and the gallery as nothing', () => {
    expect(talks.map((t) => [t.title, who(t), t.day, kinds(t)])).toEqual([
      ['Testing in production, safely', ['Abby Bangser'], 'Day 1', ['see-also', 'slides']],
      ['Exploratory testing at scale', ['Maaret Pyhäjärvi'], 'Day 1', []],
      ['The Quality Coach', ['Anne-Marie Charrett'], 'Day 2', []],
    ]);
    expect(talks[0]?.summary).toBe(
      'Abby showed how feature flags and observability make testing in production a responsible practice.',
    );
    expect(talks[1]?.summary).toMatch(/^Maaret paired with the audience live\./);
  });

  it('keeps a block with text outside its elements as markup', () => {
    const { talks: mine } = parseNotes(
      '### Streams by Jane Doe\n\n<p>one</p><span>two</span>\n',
      'x.md',
      'x',
    );
    // Only markup under the heading: skipped as not a talk, as before.
    expect(mine).toEqual([]);
  });
});

describe('"Title -- Name" with two hyphens for a dash', () => {
  it('splits like an en dash where the post writes speakers after dashes', () => {
    const text =
      '### Three pillars myth -- Cindy Sridharan\n\n- a\n\n### Queues at scale -- Mia Novak\n\n- b\n';
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => [t.title, who(t)])).toEqual([
      ['Three pillars myth', ['Cindy Sridharan']],
      ['Queues at scale', ['Mia Novak']],
    ]);
  });
});

describe('a file that is one talk: "# Title", "**Speaker:**", "**Event:**", then ## Notes, ## Links', () => {
  const { talks, event } = shape('one-talk-file');

  it('is one talk with its sections as notes and its links, named after the event line', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Making Kubernetes Boring', ['Kelsey Hightower'], ['video']],
    ]);
    expect(event.name).toBe('KubeCon NA 2019, San Diego');
    expect(talks[0]?.summary).toMatch(/^Key takeaways: Pick boring technology/);
    expect(JSON.stringify(talks[0]?.notes)).not.toContain('KubeCon NA');
  });

  it('keeps "# Top talks" over a table or list of talks as a post, not one talk', () => {
    const table =
      '# Top talks of 2022\n\n| Talk | Speaker |\n|---|---|\n| Queues | Mia Novak |\n| Caches | Sam Ito |\n';
    const { talks: mine, event: named } = parseNotes(table, 'x.md', 'x');
    expect(mine.map((t) => t.title)).toEqual(['Queues', 'Caches']);
    expect(named.name).toBe('Top talks of 2022');
  });
});

describe('headings that link the speaker\'s profile: "by [Name](https://twitter.com/…)"', () => {
  const { talks } = shape('speaker-profile-links');

  it("reads the profile as the speaker's, not as the talk's description", () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Profiling Go in production', ['Felix Geisendörfer'], []],
      ['Generics in practice', ['@ianlancetaylor'], []],
      ['Building a database in Go', ['Phil Eaton'], ['description']],
    ]);
    expect(talks[2]?.links[0]?.url).toBe('https://gophercon.eu/talks/db');
  });
});

describe('thread-style numbering "#### 1/ \\"Title\\" — Name", a "👉 [Watch](…)" line after the notes', () => {
  const { talks } = shape('thread-numbering');

  it('drops the numbering and the quotes, and keeps the watch line out of the summary', () => {
    expect(talks.map((t) => [t.id, t.title, who(t), kinds(t)])).toEqual([
      ['the-future-of-react', 'The Future of React', ['Dan Abramov'], ['video']],
      ['signals-vs-hooks', 'Signals vs. Hooks', ['Ryan Carniato'], []],
      ['testing-library-best-practices', 'Testing Library Best Practices', ['Kent C. Dodds'], []],
    ]);
    expect(talks[0]?.summary).toBe('Server components, finally explained well.');
  });
});

describe('every shapes fixture', () => {
  it('is named after its front-matter title or its one # heading, never after its file', async () => {
    const dir = fileURLToPath(new URL('../../fixtures/shapes', import.meta.url));
    const { library } = await loadContent(dir);
    expect(library.events.length).toBeGreaterThan(40);
    expect(library.events.filter((event) => event.name === event.id).map((e) => e.id)).toEqual([]);
  });
});

describe('a live blog: "**10:00** **Title** — Name" lines and "- 14:00 [Title](…) by Name" bullets', () => {
  const { talks } = shape('liveblog-times');

  it("reads the time slot as the talk's time, and registration and lunch as no talks", () => {
    expect(talks.map((t) => [t.title, who(t), t.time])).toEqual([
      ['Platform engineering is DevOps done right', ['Kaspar von Grünberg @ Humanitec'], '10:00'],
      ['On-call without burnout', ['Jennifer Davis'], '11:00'],
      ['Shipping on Fridays', ['Ruth Okafor'], '14:00'],
      ['Postgres as a queue', ['Daniel Sato @ Queuely'], '14:45'],
    ]);
    expect(talks[0]?.summary).toBe('platforms as products. golden paths, not cages.');
    expect(talks[3]?.summary).toBe('it works up to a point.');
  });
});

describe('recordings and decks on more hosts, and a Jekyll "{% include youtube.html %}"', () => {
  const { talks } = shape('video-slide-hosts');

  it('knows media.ccc.de, Twitch videos, noti.st, Google Slides and the include as what they are', () => {
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['Rust in the Linux kernel', ['video']],
      ['Debugging with eBPF', ['video', 'slides']],
      ['Postgres internals', ['slides', 'slides']],
      ['A talk with a live stream', ['video']],
    ]);
    expect(talks[1]?.links[0]?.url).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });
});

describe('names as people write them: titles, initials, degrees, nicknames, pairs', () => {
  const { talks } = shape('name-forms');

  it('reads each as the speaker, a degree as no company, a nickname as part of the name', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Quantum computing for developers', ['Dr. Sarah Kaiser']],
      ['Privacy engineering', ['Prof. Lorrie Cranor @ CMU']],
      ['Functional architecture', ['J. B. Rainsberger']],
      ['Data-oriented design', ['Mike Acton']],
      ['The future of Ruby', ['Yukihiro "Matz" Matsumoto']],
      ['Making sense of logs', ['Charity Majors @ Honeycomb', 'Liz Fong-Jones @ Honeycomb']],
      ['Scaling teams', ['Camille Fournier', 'Will Larson']],
    ]);
  });
});

describe('a Japanese report: 登壇者 / スピーカー and スライド lines, まとめ at the end', () => {
  const { talks, problems } = shape('japanese-report');

  it("reads the speaker and slides labels, and まとめ as the post's own section", () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Node.js のこれから', ['山田 太郎 @ サイボウズ'], ['slides']],
      ['Rust で書く JavaScript ツールチェーン', ['佐藤 花子'], []],
    ]);
    expect(talks[1]?.summary).toBe('SWC と Turbopack の比較。 ビルド速度が10倍に。');
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^25: "まとめ" skipped as not a talk: a section of the post/),
    ]);
  });

  it('reads the same labels in Chinese, German, French and Spanish notes', () => {
    const post = (lines: string) =>
      parseNotes(`## Talks\n\n### Streams\n\n${lines}\n\n- backpressure everywhere\n`, 'x.md', 'x')
        .talks[0];
    const cases: [string, string[], string[]][] = [
      ['讲者：王芳\n幻灯片：https://example.com/deck', ['王芳'], ['slides']],
      ['Sprecher: Jonas Weber\nFolien: https://example.com/deck', ['Jonas Weber'], ['slides']],
      [
        'Intervenante : Camille Dubois\nVidéo : https://example.com/v',
        ['Camille Dubois'],
        ['video'],
      ],
      [
        'Ponente: Lucía Fernández\nGrabación: https://example.com/v',
        ['Lucía Fernández'],
        ['video'],
      ],
    ];
    for (const [lines, speakers, links] of cases) {
      const talk = post(lines);
      expect([who(talk), kinds(talk)], lines).toEqual([speakers, links]);
    }
  });
});

describe('talks as labelled lines without headings: "**Talk:**", "**Speaker:**", "**Links:**"', () => {
  const { talks } = shape('labelled-talks');

  it('reads each as a talk with its links and notes; "**Talk:** Lunch" ends the one before', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      [
        'Building Evolutionary Architectures',
        ['Rebecca Parsons @ ThoughtWorks'],
        ['slides', 'video'],
      ],
      ['The Art of Destroying Software', ['Greg Young'], []],
    ]);
    expect(JSON.stringify(talks[1]?.notes)).not.toContain('Goulash');
    expect(talks[0]?.summary).toMatch(/^Fitness functions make architecture decisions testable\./);
  });

  it('needs a speaker line: "Title: Notes from Craft" alone is no talk', () => {
    const text = 'Title: Notes from Craft\n\n- everything was great\n';
    expect(parseNotes(text, 'x.md', 'x').talks).toEqual([]);
  });
});

describe('days over tracks over #### talks, titles with markup, entities and closing #s', () => {
  const { talks, event } = shape('tracks-and-markup');

  it('reads titles as a reader sees them, with their day, track and speakers', () => {
    expect(event.name).toBe('DevConf & Friends 2022');
    expect(talks.map((t) => [t.title, who(t), t.track, t.day])).toEqual([
      ['async/await all the way down', ['Ana Ruiz'], 'Architecture', 'Day 1'],
      ['Ports & adapters in practice', ['Tom Berg'], 'Architecture', 'Day 1'],
      ['Why *not* to use Kafka', ['Jo Park'], 'Data', 'Day 1'],
      ['Schema evolution done right', ['Mia Chen'], 'Data', 'Day 1'],
    ]);
  });

  it('splits a lone dashed name only where the other headings name speakers, or before a given name', () => {
    const titles = (text: string) =>
      parseNotes(text, 'x.md', 'x').talks.map((t) => [t.title, who(t)]);
    const named = '### Queues (Jo Park)\n\n- a\n\n### Streams by Mia Chen\n\n- b\n\n';
    expect(titles(`${named}### Chaos Engineering – Breaking Things\n\n- c\n`)[2]).toEqual([
      'Chaos Engineering – Breaking Things',
      [],
    ]);
    // Alone in its post, a dash splits only before a name that begins with a given name.
    expect(titles('### Ports & adapters in practice – Hexagon Thinking\n\n- c\n')).toEqual([
      ['Ports & adapters in practice – Hexagon Thinking', []],
    ]);
    expect(titles('### Ports & adapters in practice – Tom Berg\n\n- c\n')).toEqual([
      ['Ports & adapters in practice', ['Tom Berg']],
    ]);
  });
});

describe("a talk's facts in a two-column table, and slot facts as labelled lines", () => {
  const { talks } = shape('fact-tables');

  it('reads | Speaker | … | rows as field lines, and Track / Room / Time as no notes', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.track, t.time])).toEqual([
      [
        'Designing APIs for humans',
        ['Erik Wilde @ Axway'],
        ['slides', 'video'],
        undefined,
        undefined,
      ],
      ['Async APIs in practice', ['Fran Méndez'], [], 'Event-driven', undefined],
      ['Governance without gatekeeping', ['Lorna Mitchell'], [], undefined, '14:30'],
    ]);
    expect(talks[0]?.summary).toBe(
      'Consistency beats cleverness. Use the same names for the same things everywhere.',
    );
    expect(talks[1]?.summary).toBe('AsyncAPI 3.0 and why request-reply matters.');
    // A note that starts with "Time:" but names no time stays a note.
    expect(talks[2]?.summary).toMatch(/^Time: the biggest constraint/);
  });

  it('keeps a table of other things as notes', () => {
    const text = '## Tools\n\n| Tool | Why |\n|---|---|\n| ripgrep | fast search |\n\n- point\n';
    expect(JSON.stringify(parseNotes(text, 'x.md', 'x').talks[0]?.notes)).toContain('ripgrep');
  });
});

describe('headings with the author\'s marks: a day and room first, emoji and stars, "(skipped …)"', () => {
  const { talks } = shape('heading-marks');

  it('reads the title without them, and a talk the author skipped as none', () => {
    expect(talks.map((t) => [t.title, who(t), t.day])).toEqual([
      ['Do we still need microservices?', ['Sam Newman'], 'Day 1'],
      ['The Future of .NET', ['Scott Hanselman'], 'Wednesday'],
      ['Observability at scale', ['Liz Fong-Jones'], 'Wednesday'],
      ['Hacking the human brain', ['Troy Hunt'], 'Wednesday'],
    ]);
  });

  it('keeps symbols that are part of a title', () => {
    const titles = (text: string) => parseNotes(text, 'x.md', 'x').talks.map((t) => t.title);
    expect(
      titles('### C++ in 2024 (Bjarne Stroustrup)\n\n- a\n\n### F# for fun (Don Syme)\n\n- b\n'),
    ).toEqual(['C++ in 2024', 'F# for fun']);
    expect(titles('### Skipped tests considered harmful (Jo Park)\n\n- a\n')).toEqual([
      'Skipped tests considered harmful',
    ]);
  });
});

describe('a speaker\'s role with their company: "Staff Engineer at Shopify", "CTO of Acme Corp"', () => {
  const { talks } = shape('speaker-roles');

  it('keeps the company without the role, in every way a heading names it', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Scaling Postgres', ['Jane Doe @ Shopify']],
      ['Platform thinking', ['John Roe @ Spotify']],
      ['Serverless costs', ['Ana Lima @ AWS']],
      ['Building trust', ['Sam Ito @ Acme Corp']],
    ]);
  });

  it('keeps a department without a company as written', () => {
    const text = '### Hiring loops (Dana Lee, Head of Engineering)\n\n- structured interviews\n';
    expect(who(parseNotes(text, 'x.md', 'x').talks[0])).toEqual(['Dana Lee @ Head of Engineering']);
  });

  it('keeps a company\'s legal form with its name: "(Agile Developer, Inc.)" is no role', () => {
    const text =
      '### Modern Java in action\n#### Venkat Raman (Agile Developer, Inc.)\n\n- records\n';
    expect(who(parseNotes(text, 'x.md', 'x').talks[0])).toEqual([
      'Venkat Raman @ Agile Developer, Inc.',
    ]);
  });
});

describe('footnotes ("unbounded[^1]", "[^1]: …") and emoji shortcodes (":fire:") in the notes', () => {
  const { talks } = shape('footnotes-emoji-codes');

  it('leaves the marks out of the notes and the footnotes out of the summary', () => {
    expect(talks[0]?.summary).toBe(
      'Queues are everywhere, and most are unbounded. Measure before you optimise.',
    );
    // ":fire:" at the end made the bullet look like a label ("…cases:") and left no summary.
    expect(talks[1]?.summary).toBe('coordinated omission hides the worst cases.');
    expect(JSON.stringify(talks)).not.toMatch(/\[\^|:fire:|:\+1:/);
  });

  it('keeps times, URLs and C++ scopes as they are', () => {
    const text =
      '### Clocks (Ana Ruiz)\n\n- meet at 10:30:45, see https://example.com/:id: and std::vector:\n';
    expect(parseNotes(text, 'x.md', 'x').talks[0]?.notes[0]?.text).toBe(
      'meet at 10:30:45, see example.com/:id: and std::vector:',
    );
  });
});

describe("a Korean report: 발표자 and 발표자료 lines, 소개 and 마무리 as the post's own sections", () => {
  const { talks, problems } = shape('korean-report');

  it('reads the speaker and slides labels, and skips the introduction and the wrap-up', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['대규모 트래픽 처리', ['김민수 @ 카카오'], ['slides']],
      ['모바일 앱 성능 개선', ['이지은'], []],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^5: "소개" skipped as not a talk/),
      expect.stringMatching(/^24: "마무리" skipped as not a talk/),
    ]);
  });
});
