import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (2): each fixture invented for these tests. */

describe('an Obsidian note with [[wiki links]], #tags and a quote', () => {
  const { talks } = shape('obsidian-vault');

  it('reads the speaker inside [[…]] as a name', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Managing managers', ['Sarah Kim']],
      ['Writing strategy docs', ['Paul Andersen']],
      ["Hiring loops that don't waste time", ['Dana Whitaker']],
    ]);
    expect(talks[1]?.summary).toMatch(/^A strategy is a decision, not a wish\./);
  });
});

describe('every talk a # heading, the speaker on a line of its own', () => {
  const { talks } = shape('h1-talks');

  it('reads "Presented by **X** from Y", "— X, Y" and "By X (Y)" as speakers, not notes', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Server components in practice', ['Lea Hoffmann @ Vercelia']],
      ['The state of CSS-in-JS', ['Arjun Nair @ Stylewise']],
      ['Testing Library, five years on', ['Hélène Roux @ Frontworks']],
    ]);
    expect(talks[1]?.summary).toBe('Zero-runtime libraries won. Tokens first, components second.');
  });
});

describe('plain bullets "Title — Speaker" under a Talks heading', () => {
  const { talks, problems } = shape('plain-list');

  it('reads each bullet as a talk with its nested notes; open spaces are not talks', () => {
    expect(talks.map((t) => [t.title, who(t), t.notes.length])).toEqual([
      ['Chaos engineering for beginners', ['Ola Nordmann'], 2],
      ['Pipelines as products', ['Maria Garcia @ Buildkite-ish'], 1],
      ['Burnout is a systems problem', ['Sam Taylor'], 1],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^16: "Open spaces" skipped as not a talk/),
    ]);
  });

  it('leaves such bullets as notes inside a talk', () => {
    const text =
      '## Books to read by Jane Doe\n\n- Refactoring by Martin Fowler\n- Accelerate by Nicole Forsgren\n';
    const { talks: one } = parseNotes(text, 'x.md', 'x');
    expect(one.map((t) => [t.title, t.notes.length])).toEqual([['Books to read', 2]]);
  });
});

describe('speaker lines in the forms people write under a heading', () => {
  const { talks } = shape('speaker-lines');

  it('reads "### Speaker: …", "**Speaker**: …" and "Speaker — …"', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Keynote', ['Dr. Amelia Chen']],
      ['Data mesh, two years in', ['Piotr Nowak @ Meshworks']],
      ['Event-driven architecture pitfalls', ['Grace Liu']],
    ]);
    expect(talks[1]?.summary).toMatch(/^Domains must own their data products/);
  });
});

describe('"Talk 1:" / "Session 2 –" prefixes, pipes, 12-hour time slots, "Thursday (Day 2)"', () => {
  const { talks } = shape('numbered-sessions');

  it('reads title, speaker, company, time, topic and day', () => {
    expect(talks.map((t) => [t.title, who(t), t.time, t.topic ?? t.day])).toEqual([
      ['The road to Kubernetes 2.0', ['Lisa Berg @ CNCF'], undefined, 'Keynotes'],
      ['Platform teams as product teams', ['Mehmet Yilmaz @ Trendyol-ish'], undefined, 'Keynotes'],
      ['eBPF for the rest of us', ['Noor Saleh'], '9:00-9:45 AM', 'Breakout sessions'],
      ['Multi-tenancy without tears', ['Jonas Eriksen'], '2:15 PM', 'Breakout sessions'],
      ['Gateway API in production', ['Carmen Ruiz @ Ingressly'], undefined, 'Thursday (Day 2)'],
    ]);
    expect(talks[2]?.notes.map((n) => n.text)).toContain('Questions from the audience');
  });

  it('keeps "Talk 2 – Jane Doe" as a talk by Jane Doe, not a talk titled "Jane Doe"', () => {
    const text = '## Talk 2 – Jane Doe\n\n- A point\n\n## Talk 3 – John Roe\n\n- Another point\n';
    const { talks: two } = parseNotes(text, 'x.md', 'x');
    expect(two.map((t) => [t.title, who(t)])).toEqual([
      ['Talk 2', ['Jane Doe']],
      ['Talk 3', ['John Roe']],
    ]);
  });
});

describe('headings that link to the talk page, the speaker in italics below', () => {
  const { talks } = shape('linked-headings');

  it('gives the description link from the heading and the speaker from the italic line', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Programming as theory building', ['Naomi Park'], ['description', 'see-also', 'video']],
      ['Datalog is back', ['Tobias Klein @ Relational Co.'], ['description', 'slides']],
      ['Fearless concurrency in practice', ['Anika Sharma'], ['description']],
    ]);
    expect(talks[0]?.summary).toMatch(/^A reading of Naur's essay/);
  });
});

describe('a schedule table above talks that have their own headings', () => {
  const { talks, problems } = shape('schedule-table');

  it('reads each talk once, with speaker and time from the schedule, and no breaks', () => {
    expect(talks.map((t) => [t.title, who(t), t.time, t.source.line])).toEqual([
      ['Compose Multiplatform today', ['Ana Silva'], '10:00', 13],
      ['Firebase at scale', ['Kenji Sato'], '11:30', 18],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('an outline: "- Day 1" items over nested lists of linked talks', () => {
  const { talks } = shape('outline');

  it('reads the talks with the day of the item above them, dated from the front matter', () => {
    expect(talks.map((t) => [t.title, who(t), t.day, t.date, kinds(t)])).toEqual([
      ['Signals everywhere', ['Ryan Moss'], 'Day 1', '2024-06-03', ['description']],
      ['Bun in production', ['Ida Lund'], 'Day 1', '2024-06-03', ['description']],
      ['Temporal is here', ['Maya Gold'], 'Day 2', '2024-06-04', ['description']],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual([
      'Fine-grained reactivity without a virtual DOM',
      'Every framework has them now',
    ]);
  });
});

describe('a "my top 3 talks" post with honourable mentions and a verdict', () => {
  const { talks, problems } = shape('top-talks');

  it('reads the ranked talks and the mentions, not the why or the verdict', () => {
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Legacy code is a feature', ['Erik Johansson'], undefined],
      ['Pairing with juniors', ['Laura Perez'], undefined],
      ['Trunk-based development in a bank', ['Tariq Aziz'], undefined],
      ['Naming things, again', ['Kate Moss'], undefined],
      ['Observability 101', ['Li Wei'], undefined],
    ]);
    expect(talks[0]?.summary).toMatch(/^Key takeaway: treat legacy code/);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^6: "Why CraftConf\?" skipped as not a talk/),
      expect.stringMatching(/^32: "Final verdict" skipped as not a talk/),
    ]);
  });
});

describe('a quote attribution is not a speaker', () => {
  it('keeps "— Kent Beck" after a quote as notes', () => {
    const text =
      '## Simple design by Jane Doe\n\n- Make it work, make it right\n- — Kent Beck\n\n> Premature optimisation\n\n— Donald Knuth\n';
    const [talk] = parseNotes(text, 'x.md', 'x').talks;
    expect(who(talk)).toEqual(['Jane Doe']);
    expect(JSON.stringify(talk?.notes)).toMatch(/Kent Beck.*Donald Knuth/);
  });
});

describe('a handle after the speaker', () => {
  const { talks } = shape('handles');

  it('keeps the name and company, not the handle', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Distributed tracing', ['Jane Doe']],
      ['Chaos days', ['John Roe']],
      ['Wasm on the edge', ['Ana Ruiz @ Fastly-ish']],
    ]);
  });
});

describe('several speakers, each with a company', () => {
  it('reads "Speakers: Jane Doe (Acme), John Roe (Globex) and Ana Ruiz (Initech)"', () => {
    const text =
      '## Pair programming at scale\n\nSpeakers: Jane Doe (Acme), John Roe (Globex) and Ana Ruiz (Initech)\n\n- Rotate pairs daily\n';
    const [talk] = parseNotes(text, 'x.md', 'x').talks;
    expect(who(talk)).toEqual(['Jane Doe @ Acme', 'John Roe @ Globex', 'Ana Ruiz @ Initech']);
    expect(talk?.notes.map((n) => n.text)).toEqual(['Rotate pairs daily']);
  });
});

describe('a live blog: ## time slots over ### "Room A: Title by Speaker" talks', () => {
  const { talks, problems } = shape('time-slots');

  it('gives each talk the time of its slot and drops the room from the title', () => {
    expect(talks.map((t) => [t.title, who(t), t.time, t.summary])).toEqual([
      ['Serverless cost traps', ['Jane Doe'], '10:30', 'Idle is free, chatty is not.'],
      ['Rust in the kernel', ['John Roe'], '10:30', 'Drivers first.'],
      ['Typed SQL', ['Ana Ruiz'], '11:30 – 12:15', 'Queries checked at compile time.'],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^20: "13:00" skipped as not a talk: a time with no talk title/),
    ]);
  });
});

describe('bold titles without speakers under day headings', () => {
  const { talks } = shape('bold-titles-by-day');

  it("reads two or more bold titles under a day as talks; a lone one stays the day's text", () => {
    expect(talks.map((t) => [t.title, t.day, t.notes.length])).toEqual([
      ['Designing for failure', 'Day 1', 3],
      ['The human side of on-call', 'Day 1', 1],
    ]);
  });

  it('does not read a bold line inside a talk as a talk', () => {
    const text =
      '## Caching by Jane Doe\n\n**Important**\n\nInvalidate on write.\n\n**Also**\n\nTTLs.\n';
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => t.title)).toEqual(['Caching']);
  });
});
