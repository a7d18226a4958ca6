import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (1): each fixture invented for these tests. */

describe('a Jekyll post: ## days, ### "09:00 – Title (Speaker, Company)" slots', () => {
  const { talks, problems } = shape('jekyll-schedule');

  it('reads the talks with time, day, speaker and company, and not lunch or coffee', () => {
    expect(talks.map((t) => [t.time, t.title, who(t), t.day])).toEqual([
      ['09:00', 'Systems that outlive their authors', ['Greta Nilsen @ Fjordsoft'], 'Day 1'],
      ['10:15', 'Contract tests in a polyglot shop', ['Ravi Shankar @ Parcelly'], 'Day 1'],
      ['13:30', 'Incident reviews people actually read', ['Maja Horvat @ Tidewater'], 'Day 1'],
      ['09:30', 'Event sourcing, five years later', ['Pieter de Vries @ Ledgerline'], 'Day 2'],
      ['11:30', 'Accessibility is a feature', ['Aisha Bello @ Openform'], 'Day 2'],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^27: "12:00 – Lunch" skipped as not a talk/),
      expect.stringMatching(/^52: "Wrap-up" skipped as not a talk/),
    ]);
  });

  it('classifies SpeakerDeck, youtu.be and Vimeo links and puts the key takeaway first', () => {
    expect(talks.map(kinds)).toEqual([[], ['slides'], ['video'], ['video'], []]);
    expect(talks[0]?.summary).toMatch(/^Key takeaway: optimise for the next maintainer/);
  });
});

describe('### Title with **Speaker:** / **Slides:** / **Video:** lines', () => {
  const { talks } = shape('speaker-fields');

  it('reads the fields as speakers and links, not as notes', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Cost-aware architecture', ['Hannah Okoro @ Brightpath'], ['slides', 'video']],
      ['Kubernetes upgrades without fear', ['Tomás Ferreira @ Kelpie Cloud'], ['slides', 'video']],
      [
        'Serverless in a regulated bank',
        ['Lena Brandt @ Nordbank', 'Yusuf Demir @ Nordbank'],
        ['video'],
      ],
    ]);
    expect(talks[0]?.summary).toBe(
      'Tag every resource with an owner on day one. The cheapest request is the one you never make. Reserved capacity only after three months of data.',
    );
    expect(JSON.stringify(talks.map((t) => t.notes))).not.toMatch(/Speaker|Slides:|Video:/);
  });
});

describe('## Title with ### Summary and ### My takeaways', () => {
  const { talks, problems } = shape('summary-subsections');

  it('keeps the sub-sections in their talk and summarises from the Summary section', () => {
    expect(talks.map((t) => t.title)).toEqual([
      "Streaming joins that don't fall over",
      'Data contracts in practice',
      'The quiet death of the data lake',
    ]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['Summary', 'My takeaways']);
    expect(talks[0]?.summary).toMatch(/^Carla Mendes from Riverbyte walked through/);
    expect(talks.every((t) => t.summary.length <= 300)).toBe(true);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^42: "Final thoughts" skipped as not a talk/),
    ]);
  });
});

describe('a Hugo post with TOML front matter, shortcodes and galleries between talks', () => {
  const { talks, problems, event } = shape('hugo-gallery');

  it('reads the three talks, skips the photo section, and takes a {{< youtube >}} as the video', () => {
    expect(event.name).toBe('FrontEndFest 2022');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Container queries, finally', ['Sofia Lindgren']],
      ['Islands architecture explained', ['Marco Bianchi']],
      ['Type-safe forms', ['Keiko Tanaka']],
    ]);
    expect(talks[1]?.links.map((l) => [l.kind, l.url])).toEqual([
      ['slides', 'https://slides.com/marcob/islands'],
      ['video', 'https://www.youtube.com/watch?v=isl4nds'],
    ]);
    expect(JSON.stringify(talks.map((t) => t.notes))).not.toMatch(/img|figure|youtube/);
    expect(talks[1]?.notes.map((n) => n.text)).toEqual([
      'Ship HTML first, hydrate only the interactive islands',
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^24: "Photos" skipped as not a talk/),
    ]);
  });
});

describe('numbered headings and a table of talks', () => {
  const { talks } = shape('numbered-table');

  it('drops the numbering and reads one talk per table row', () => {
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'Designing idempotent APIs',
        ['Irene Kovács'],
        'Every write takes an idempotency key from the client. Store the response with the key, return it on retry.',
      ],
      [
        'Postgres partitioning in anger',
        ['Dev Patel @ Shelfware'],
        expect.stringMatching(/^Partition by time/),
      ],
      ['Rate limiting at the edge', ['Ana Lucía Romero'], expect.stringMatching(/^Token buckets/)],
      ['Queues are not databases', ['Björn Svensson'], 'Use a queue for work, not for state.'],
      ['gRPC in the browser', ['Nadia Haddad'], 'Works with a proxy, but debugging hurts.'],
      ['Timeouts all the way down', ["Chris O'Neill"], 'Every call needs a deadline budget.'],
    ]);
    expect(talks[3]?.source.line).toBe(31);
  });

  it('reads a table that is not a list of talks as notes', () => {
    const text = '## Benchmarks by Jane Doe\n\n| Engine | Ops/s |\n|---|---|\n| A | 10 |\n';
    const { talks: one } = parseNotes(text, 'x.md', 'x');
    expect(one.map((t) => t.title)).toEqual(['Benchmarks']);
    expect(one[0]?.notes[0]?.text).toMatch(/Engine/);
  });

  it('skips a table of talks the author missed', () => {
    const text =
      '## A talk by Jane Doe\n\n- A point worth making here\n\n## Talks I missed\n\n| Title | Speaker |\n|---|---|\n| Other | John Roe |\n';
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => t.title)).toEqual(['A talk']);
  });
});

describe('a Medium/dev.to export: emoji headings, bold lead sentences', () => {
  const { talks, problems } = shape('emoji-export');

  it('reads the talks, not the food or the sign-off', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['The next ten years of the web', ['Jonas Weber'], []],
      ['Testing in production, responsibly', ['Priyanka Rao @ Shiplane'], ['video']],
      ['Passkeys for everyone', ['Lucas Moreau @ Keyhaven'], ['slides']],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^21: "🍕 Food & vibes" skipped as not a talk/),
      expect.stringMatching(/^32: "👋 That's a wrap!" skipped as not a talk/),
    ]);
    expect(talks[0]?.summary).toMatch(/^The web platform is catching up with native\./);
  });
});

describe('a quick-links post: only `- [Title](url) — Speaker` lines', () => {
  const { talks, problems } = shape('quick-links');

  it('reads every line as a talk, its link by host: video, slides or description', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Profiling Go in production', ['Elena Petrova'], ['video']],
      ['Generics one year on', ['Samuel Adeyemi'], ['description']],
      ['Structured logging with slog', ['Wei Zhang'], ['video']],
      ['Building CLIs people enjoy', ['Mette Kjær'], ['video']],
      ['The scheduler, explained with cats', ['Julia Rossi'], ['slides']],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('a long intro, a TL;DR and a "Things I missed" list', () => {
  const { talks, problems } = shape('tldr-missed');

  it('reads the three talks only', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Securing the build pipeline', ['Rosa Jiménez @ Tarmac']],
      ['Threat modelling for product teams', ['Felix Adeyemi @ Quayside']],
      ['Secrets sprawl', ['Hana Kobayashi @ Vaultline']],
    ]);
    expect(JSON.stringify(talks)).not.toMatch(/Post-quantum|tram depot|SBOMs/);
    expect(talks[0]?.summary).toMatch(/^Key message: your CI is production\./);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^12: "TL;DR" skipped as not a talk/),
      expect.stringMatching(/^34: "Things I missed" skipped as not a talk: the author says/),
      expect.stringMatching(/^40: "Closing thoughts" skipped as not a talk/),
    ]);
  });
});

describe('setext headings (=== / ---) over talks that are all ####', () => {
  const { talks, problems } = shape('h4-setext');

  it('reads the #### talks and skips the setext "Venue"', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Offline-first sync with CRDTs', ['Amara Nwosu @ Syncly']],
      ['Jetpack Compose at scale', ['Dmitri Volkov @ Appworks']],
      ['SwiftUI navigation, untangled', ['Chloé Martin @ Pomme Studio']],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^27: "Venue" skipped as not a talk/),
    ]);
  });
});

describe('CRLF line endings, accents, CJK and right-to-left speakers', () => {
  const { talks, problems } = shape('intl-crlf', (text) => text.replace(/\r?\n/g, '\r\n'));

  it('reads every speaker, in any script, with their company', () => {
    expect(talks.map((t) => [t.id, who(t)])).toEqual([
      ['designing-for-right-to-left', ['Yael Cohen @ Lamed']],
      ['unicode-normalisation-in-search', ['Zoë Lefèvre @ Accént']],
      ['large-scale-cjk-tokenisation', ['王芳 @ Jiaotong Labs']],
      ['arabic-typography-on-the-web', ['محمد العلي @ Khatt Foundry']],
      ['building-for-école-polytechnique', ['Seán Ó Bráin @ Dublin Data']],
    ]);
    expect(talks[0]?.summary).toContain('שלום');
    expect(JSON.stringify(talks)).not.toContain('\\r');
    expect(talks.map(kinds)).toEqual([[], ['slides'], [], ['video'], []]);
    expect(problems).toEqual([]);
  });
});

describe('HTML <h2>/<h3> headings from an old blog', () => {
  const { talks } = shape('html-headings');

  it('reads <h3> talks grouped by <h2> headings', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Core Web Vitals in the real world', ['Nora Lindahl @ Speedline'], []],
      ['Image formats in 2024', ['Pablo Ortega @ Pixelcraft'], ['slides']],
      ['Third-party scripts are your problem', ['Ingrid Solberg @ Tagless'], []],
    ]);
    expect(talks[2]?.source.line).toBe(20);
  });

  it('leaves HTML that is not one heading alone', () => {
    const text =
      '<h3>Not closed\n\n<div><h3>Inside a div</h3></div>\n\n## Real talk by Jane Doe\n\n- A point\n';
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => t.title)).toEqual(['Real talk']);
  });
});

describe('bold titles with the speaker after a dash, in paragraphs of their own', () => {
  const { talks } = shape('bold-paragraphs');

  it('reads each bold title as a talk and leaves the sign-off out of the last one', () => {
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Typing at scale', ['Mireille Dubois @ Stripeline']],
      ['Async without tears', ['Kwame Mensah']],
      ['Packaging in 2024', ['Ilse de Boer @ Wheelhouse']],
    ]);
    expect(talks[2]?.summary).toBe(
      'pyproject.toml everywhere; setup.py is legacy now. Lockfiles are still a mess.',
    );
  });
});

describe('"Speaker: Title" headings, a quoted title before a dash, @handles, links in the heading', () => {
  const { talks } = shape('colon-speakers');

  it('splits speaker and title where the post writes them so', () => {
    expect(talks.map((t) => [t.title, who(t), t.day])).toEqual([
      ['Terraform modules that age well', ['Jane Whitfield'], 'Day 1 – Monday'],
      ['GitOps for the rest of us', ['Omar Haddad @ Flux Corp'], 'Day 1 – Monday'],
      ['Observability budgets', ['@kimlee'], 'Day 1 – Monday'],
      ['Policy as code', ['Rafael Souza'], 'Day 2 – Tuesday'],
      ['Cost reports nobody reads', ['Bea Lindqvist'], 'Day 2 – Tuesday'],
      ['Lightning talks', [], 'Day 2 – Tuesday'],
    ]);
    expect(kinds(talks[3])).toEqual(['slides', 'video']);
  });

  it('keeps "Kafka Streams: a deep dive" whole where no other heading reads "Name: Title"', () => {
    const text =
      '## Rust Async: the hard parts\n\n- Pinning explained\n\n## Other talk by Jane Doe\n\n- A point\n';
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => t.title)).toEqual([
      'Rust Async: the hard parts',
      'Other talk',
    ]);
  });
});
