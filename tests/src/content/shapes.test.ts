import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { firstLink, isError, type Talk } from '../../../src/model.ts';

/** One fixture per shape of notes post, invented for these tests. */
function shape(name: string) {
  const text = readFileSync(new URL(`../../fixtures/shapes/${name}.md`, import.meta.url), 'utf8');
  return parseNotes(text, `${name}.md`, name);
}

const who = (talk: Talk | undefined) =>
  talk?.speakers.map((s) => [s.name, s.company].filter(Boolean).join(' @ '));
const warnings = (problems: ReturnType<typeof shape>['problems']) =>
  problems.filter((p) => !isError(p)).map((p) => `${p.line}: ${p.message}`);

describe('talks under ## with their own ### sub-sections (levels "inverted")', () => {
  const { talks, problems } = shape('inverted-levels');

  it('finds the two talks, with speaker and company from the heading', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Feature flags at scale', ['Marta Kowalczyk @ Flagyard']],
      ['Tracing without tears', ['Oskar Lindqvist @ Lumen']],
    ]);
  });

  it('keeps "Speed", "Structure", "Key takeaways" and "Demo" inside their talk', () => {
    expect(talks[0]?.notes.map((n) => n.text)).toEqual([
      'Marta opened with a story about a flag that stayed on for three years.',
      'Speed',
      'Structure',
      'Key takeaways',
    ]);
    expect(talks[0]?.notes[2]?.children.map((n) => n.text)).toContain('Stale flags fail the build');
    expect(talks[1]?.notes.map((n) => n.text)).toContain('Demo');
  });

  it("leaves the post's own sections (travel, venue, conclusion) out of every talk, with a warning each", () => {
    const all = JSON.stringify(talks);
    expect(all).not.toMatch(/ferry|shipyard|back next year/);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^6: "Getting there" skipped as not a talk/),
      expect.stringMatching(/^37: "Venue" skipped as not a talk/),
      expect.stringMatching(/^41: "Conclusion" skipped as not a talk/),
    ]);
    expect(problems.filter(isError)).toEqual([]);
  });
});

describe('talks under ### grouped by ## days, with introductions', () => {
  const { talks, problems, event } = shape('grouped-by-day');

  it('reads each talk once, not the day headings or their introductions', () => {
    expect(talks.map((t) => t.title)).toEqual([
      'Software that ages well',
      'Observability for small teams',
      'Schema migrations without downtime',
      'The cost of meetings',
    ]);
    expect(JSON.stringify(talks)).not.toMatch(/registration chaos|Two tracks today/);
  });

  it('gives each talk the day as written and its date from the front matter dates', () => {
    expect(talks.map((t) => [t.day, t.date])).toEqual([
      ['Day 1', '2019-09-10'],
      ['Day 1', '2019-09-10'],
      ['Tuesday, September 11', '2019-09-11'],
      ['2019-09-12', '2019-09-12'],
    ]);
    expect(event.topics).toEqual([]);
  });

  it('drops the "Keynote:" prefix from the title and keeps #### sub-sections in the talk', () => {
    expect(who(talks[0])).toEqual(['Ines Duarte']);
    expect(talks[0]?.notes.at(-1)).toEqual({
      text: 'Key takeaways',
      children: [{ text: 'Choose the dependency you can replace', children: [] }],
    });
    expect(who(talks[1])).toEqual(['Tom Becker @ Pinelog']);
  });

  it('skips the workshops with a warning', () => {
    expect(talks.some((t) => /Kubernetes/.test(t.title))).toBe(false);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^43: "Workshops" skipped as not a talk/),
    ]);
  });
});

describe('heading forms', () => {
  const { talks, problems } = shape('heading-forms');
  const byTitle = (title: string) => talks.find((t) => t.title === title);

  it('separates title, speakers and company in every form', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Caching in anger', ['Priya Raman']],
      ['Event storming for real', ['Jonas Berg @ Modulo']],
      ['Zero trust at home', ['Chen Wei']],
      ['Kotlin on the server', []],
      ['Shell tricks for tired people', []],
      ['Graph databases in practice', []],
      ['Rust for embedded', ['Ferrous Labs']],
    ]);
    expect(byTitle('Rust for embedded')?.speakers).toEqual([{ company: 'Ferrous Labs' }]);
    expect(problems).toEqual([]);
  });

  it("keeps a linked heading as the talk's description link", () => {
    const talk = byTitle('Kotlin on the server');
    expect(talk && firstLink(talk, 'description')).toBe('https://talks.example.org/kotlin-server');
  });

  it('gives ids from the title alone, without anchors, attributes or prefixes', () => {
    expect(talks.map((t) => t.id)).toContain('graph-databases-in-practice');
    expect(talks.map((t) => t.id)).toContain('shell-tricks-for-tired-people');
  });
});

describe('speaker first: "Speaker - Title"', () => {
  it('reads the speaker before the dash when the post writes every heading that way', () => {
    const { talks } = shape('speaker-first');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Designing for the next outage', ['Hanna Vogel']],
      ['Latency budgets explained', ['Mateo Ruiz']],
      ['Accessibility as a default', ['Sofia Ek']],
    ]);
  });

  it('does not split a lone title and subtitle at a dash', () => {
    const { talks } = parseNotes(
      '## Chaos Engineering - Breaking Things Safely\n* a point about chaos',
      'n.md',
      'n',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Chaos Engineering - Breaking Things Safely', []],
    ]);
  });
});

describe('talks as list items', () => {
  const { talks, problems } = shape('list-items');

  it('reads each linked item as a talk: title (even wrapped), link, speaker (even wrapped), company', () => {
    expect(talks.map((t) => [t.title, who(t), t.links[0]?.url])).toEqual([
      ['Shipping on Fridays', ['Ruth Okafor'], 'https://conf.example.net/talks/fridays'],
      [
        'Postgres as a queue, revisited and extended',
        ['Daniel Sato @ Queuely'],
        'https://conf.example.net/talks/pg-queue',
      ],
      ['Mobile release trains', ['Amara Nwosu'], 'https://conf.example.net/talks/trains'],
    ]);
    expect(talks.every((t) => t.links[0]?.kind === 'description')).toBe(true);
  });

  it('takes the running text and the nested bullets as the notes', () => {
    expect(talks[0]?.notes.map((n) => n.text)).toEqual([
      'deploys are boring when they are small, and small deploys make Friday just another day.',
      'Feature flags separate deploy from release',
      'Roll back in under a minute',
    ]);
    expect(talks[1]?.notes.map((n) => n.text)).toEqual([
      'it works up to a point',
      'SKIP LOCKED is the trick',
    ]);
  });

  it('skips the list of talks the author missed, with a warning', () => {
    expect(talks.some((t) => /Quantum/.test(t.title))).toBe(false);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(
        /^16: "Talks I missed" skipped as not a talk: the author says they missed/,
      ),
    ]);
  });

  it('does not read a list of links inside a talk as talks', () => {
    const { talks: inside } = parseNotes(
      '## Tooling\n* [Hound](https://github.com/houndci/hound) for code search\n* [GitRepo](https://example.com/r) keeps repos up to date',
      'n.md',
      'n',
    );
    expect(inside.map((t) => t.title)).toEqual(['Tooling']);
  });
});

describe('talks without headings', () => {
  it('reads a linked title line, the speaker on the next line, and the notes after it', () => {
    const { talks, problems } = shape('paragraph-talks');
    expect(talks.map((t) => [t.title, who(t), t.links[0]?.url])).toEqual([
      ['Why your CI is slow', ['Greta Lund @ Buildbox'], 'https://meetup.example.com/ci-slow'],
      ['Writing docs people read', ['Kofi Mensah'], 'https://meetup.example.com/docs'],
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual([
      'Most of the time goes into installing the same dependencies again. Cache them per lockfile.',
      'Split the test suite by timing, not by file',
      'Measure queue time separately',
    ]);
    expect(JSON.stringify(talks)).not.toMatch(/my notes from the meetup/);
    expect(problems).toEqual([]);
  });
});

describe('sections that are not talks', () => {
  const { talks, problems, event } = shape('not-talks');

  it('keeps only the two real talks, in spite of the table of contents that repeats them', () => {
    expect(talks.map((t) => t.title)).toEqual([
      'Building a search engine in a weekend',
      'Offline first apps',
    ]);
    expect(event.topics).toEqual([]);
  });

  it('says which sections were skipped and why', () => {
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^9: "Introduction" skipped as not a talk: a section of the post/),
      expect.stringMatching(/^22: "Gallery" skipped as not a talk/),
      expect.stringMatching(/^26: "Sponsor booth" skipped as not a talk: a section of the post/),
      expect.stringMatching(
        /^30: "Embedded video" skipped as not a talk: only images, HTML or shortcodes/,
      ),
      expect.stringMatching(/^34: "Food & drink" skipped as not a talk/),
      expect.stringMatching(/^38: "The party" skipped as not a talk/),
      expect.stringMatching(
        /^42: "Talks I did not get to see" skipped as not a talk: the author says they missed/,
      ),
      expect.stringMatching(/^47: "Related posts" skipped as not a talk/),
      expect.stringMatching(/^51: "Wrap-up" skipped as not a talk/),
    ]);
    expect(problems.filter(isError)).toEqual([]);
  });
});

describe('the same heading twice', () => {
  it('reads both talks with stable ids, facts for the second by its id, and a warning', () => {
    const { talks, problems } = shape('repeated-heading');
    expect(talks.map((t) => [t.id, t.title, t.day, who(t)])).toEqual([
      ['keynote', 'Keynote', 'Day 1', []],
      ['keynote-2', 'Keynote', 'Day 2', ['Nora Patel @ Lattice']],
    ]);
    expect(problems).toEqual([
      {
        file: 'repeated-heading.md',
        line: 15,
        message: expect.stringMatching(/repeated heading "Keynote" \(first on line 9\)/),
        severity: 'warning',
      },
    ]);
  });
});

describe('more ways authors name speakers and number talks', () => {
  const read = (md: string) => parseNotes(md, 'n.md', 'n').talks;

  it('takes a short speaker paragraph under the heading as the speaker, not a note', () => {
    const talks = read(
      [
        '## The state of Go',
        '*Ana Pereira, Go team*',
        '',
        'Ana walked through the last two releases.',
        '## Profiling in production',
        'Speaker: Bruno Costa (Shopflow)',
        '',
        '* Continuous profiling costs little',
        '## 3. Fuzzing everything',
        'Presented by Carla Dias',
        '',
        'Fuzzing found three bugs in one afternoon.',
        '## Containers',
        'By now everybody runs containers in production.',
      ].join('\n'),
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.length])).toEqual([
      ['The state of Go', ['Ana Pereira @ Go team'], 1],
      ['Profiling in production', ['Bruno Costa @ Shopflow'], 1],
      ['Fuzzing everything', ['Carla Dias'], 1],
      ['Containers', [], 1],
    ]);
  });

  it('reads a numbered list of linked talks with the speaker after a dash and notes on the next line', () => {
    const talks = read(
      [
        '1. [Operators demystified](https://kube.example/operators) – Tim Roth',
        '   Operators are just controllers with domain knowledge.',
        '2. [Multi-tenancy done right](https://kube.example/tenancy) – Ivana Novak, Clusterly',
        '   Namespaces are not a security boundary.',
        '',
        'Things I would like to watch later:',
        '',
        '- [Service mesh benchmarks](https://kube.example/mesh) – Sam Kerr',
      ].join('\n'),
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'Operators demystified',
        ['Tim Roth'],
        ['Operators are just controllers with domain knowledge.'],
      ],
      [
        'Multi-tenancy done right',
        ['Ivana Novak @ Clusterly'],
        ['Namespaces are not a security boundary.'],
      ],
    ]);
  });

  it('reads "**Title** by Speaker — notes" items under a heading as talks of that topic', () => {
    const talks = read(
      [
        '## Lightning talks',
        '- **dbt at scale** by Omar Haddad — macros all the way down',
        '- **Testing pipelines** by Eva Lind — contracts between teams',
      ].join('\n'),
    );
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['dbt at scale', ['Omar Haddad'], 'Lightning talks'],
      ['Testing pipelines', ['Eva Lind'], 'Lightning talks'],
    ]);
  });

  it('keeps bold points inside a talk as notes', () => {
    const talks = read(
      '## Caching\n- **Key point**: invalidate on write\n- **Also** by design, keep TTLs short',
    );
    expect(talks.map((t) => [t.title, t.notes.length])).toEqual([['Caching', 2]]);
  });
});

describe('a group heading with an introduction', () => {
  it('stays a group when other headings of its level only group', () => {
    const { talks, event } = parseNotes(
      [
        '## Architecture',
        '- This track was the best one.',
        '### Event sourcing',
        '- events are facts',
        '### CQRS',
        '- separate reads from writes',
        '## Culture',
        '### Hiring for attitude',
        '- skills can be taught',
      ].join('\n'),
      'n.md',
      'n',
    );
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      ['Event sourcing', 'Architecture'],
      ['CQRS', 'Architecture'],
      ['Hiring for attitude', 'Culture'],
    ]);
    expect(event.topics).toEqual(['Architecture', 'Culture']);
    expect(JSON.stringify(talks)).not.toMatch(/best one/);
  });
});

describe('talks without headings, with blank lines', () => {
  it('reads a linked title paragraph followed by a speaker paragraph', () => {
    const { talks } = parseNotes(
      [
        '[Why your CI is slow](https://meetup.example.com/ci-slow)',
        '',
        'Greta Lund (Buildbox)',
        '',
        'Cache dependencies per lockfile.',
        '',
        '[A link to the venue](https://venue.example.com)',
        '',
        'It was a nice place to be.',
      ].join('\n'),
      'n.md',
      'n',
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'Why your CI is slow',
        ['Greta Lund @ Buildbox'],
        ['Cache dependencies per lockfile.', 'A link to the venue', 'It was a nice place to be.'],
      ],
    ]);
  });
});

describe('parentheses that name no one', () => {
  it.each([
    'Streams in depth (Part 2)',
    'Streams in depth (Slides)',
    'Streams in depth (in German)',
  ])('keeps "%s" whole', (heading) => {
    const { talks } = parseNotes(`## ${heading}\n* a point on streams`, 'n.md', 'n');
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([[heading, []]]);
  });
});

describe('headings with a time slot, an emoji or quotes', () => {
  it('keeps the time apart and the title clean', () => {
    const { talks } = parseNotes(
      [
        '## 10:30 – Scaling Kafka by Jane Doe',
        '* partitions are the unit of scale',
        '## 14h00 | Chaos at scale – Bo Chen (Acme)',
        '* break things on purpose',
        '## 🚀 "Rocket science for devs" by Ana Lima',
        '* physics is hard',
      ].join('\n'),
      'n.md',
      'n',
    );
    expect(talks.map((t) => [t.id, t.title, who(t), t.time])).toEqual([
      ['scaling-kafka', 'Scaling Kafka', ['Jane Doe'], '10:30'],
      ['chaos-at-scale', 'Chaos at scale', ['Bo Chen @ Acme'], '14h00'],
      ['rocket-science-for-devs', 'Rocket science for devs', ['Ana Lima'], undefined],
    ]);
  });
});

describe('talks as bold lines', () => {
  it('reads "**Title** by Speaker" lines followed by bullets as talks', () => {
    const { talks } = parseNotes(
      [
        'My notes from the meetup.',
        '',
        '**Building a compiler in a weekend** by Lena Novak',
        '',
        '- parsing is the easy part',
        '- error messages are the hard part',
        '',
        '**Terraform at scale** (Omar Reyes, Globex)',
        '',
        '- one state file per team',
        '',
        '**Note:** the slides are not out yet.',
      ].join('\n'),
      'n.md',
      'n',
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'Building a compiler in a weekend',
        ['Lena Novak'],
        ['parsing is the easy part', 'error messages are the hard part'],
      ],
      [
        'Terraform at scale',
        ['Omar Reyes @ Globex'],
        ['one state file per team', 'Note: the slides are not out yet.'],
      ],
    ]);
  });
});

describe('tracks', () => {
  it('gives talks under a track heading that track, and the track as their topic', () => {
    const { talks, event } = parseNotes(
      [
        '## Track: Architecture',
        '### Cells, not clusters by Mia Rossi',
        '- blast radius per cell',
        '## Data track',
        '### Lakehouse lessons by Ken Ito',
        '- tables over files',
      ].join('\n'),
      'n.md',
      'n',
    );
    expect(talks.map((t) => [t.title, t.topic, t.track])).toEqual([
      ['Cells, not clusters', 'Architecture', 'Architecture'],
      ['Lakehouse lessons', 'Data track', 'Data track'],
    ]);
    expect(event.topics).toEqual(['Architecture', 'Data track']);
  });
});

describe('a Hugo post', () => {
  it('reads TOML front matter for the title, a quoted speaker line, and skips shortcode-only sections', () => {
    const { talks, event, problems } = parseNotes(
      [
        '+++',
        'title = "Hugo style notes"',
        '+++',
        '{{< toc >}}',
        '',
        '## Talks I went to',
        '1. Designing data pipelines',
        '2. Observability 101',
        '## Designing data pipelines',
        '_by Sara Lopez, Datawise_',
        '',
        'Pipelines should be idempotent.',
        '## Observability 101',
        '> Speaker: Jon Park',
        '',
        '- Logs, metrics, traces',
        '## Embeds',
        '{{< tweet 12345 >}}',
      ].join('\n'),
      'n.md',
      'n',
    );
    expect(event.name).toBe('Hugo style');
    expect(talks.map((t) => [t.title, who(t), t.source.line])).toEqual([
      ['Designing data pipelines', ['Sara Lopez @ Datawise'], 9],
      ['Observability 101', ['Jon Park'], 13],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^17: "Embeds" skipped as not a talk: only images, HTML or shortcodes/),
    ]);
  });
});

describe('a table of contents with full addresses', () => {
  it('is read as a table of contents, not as talks', () => {
    const { talks, event } = parseNotes(
      [
        '##### Data',
        '- [Streams at work](https://blog.example/conf-notes/#streams-at-work)',
        '- [Lakes and swamps](https://blog.example/conf-notes/#lakes-and-swamps)',
        '',
        '### Streams at work',
        '- exactly once is a lie',
        '### Lakes and swamps',
        '- catalog first',
      ].join('\n'),
      'n.md',
      'n',
    );
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      ['Streams at work', 'Data'],
      ['Lakes and swamps', 'Data'],
    ]);
    expect(event.topics).toEqual(['Data']);
  });
});
