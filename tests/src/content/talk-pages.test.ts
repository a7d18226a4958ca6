import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, who } from './shape-fixture.ts';

/** A file that is one talk's page, its facts written as a site or a note-taking app keeps them. */

const read = (file: string, ...lines: string[]) => parseNotes(lines.join('\n'), file, 'page');

describe("a Hugo talk page's TOML front matter", () => {
  it('gives the talk its speakers, company, slides, date and conference', () => {
    const { talks, event } = read(
      'content/talks/scaling-kafka.md',
      '+++',
      'title = "Scaling Kafka consumers"',
      'speakers = ["Mia Ko", "Jon Berg"]',
      'company = "Wolt"',
      "conference = 'Kafka Summit London 2024'",
      'slides = "https://speakerdeck.com/mia/kafka"',
      'date = 2024-03-19',
      'draft = false',
      '+++',
      '',
      'Cooperative rebalancing saved us.',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.date])).toEqual([
      ['Scaling Kafka consumers', ['Mia Ko @ Wolt', 'Jon Berg @ Wolt'], ['slides'], '2024-03-19'],
    ]);
    expect(event.name).toBe('Kafka Summit London 2024');
  });

  it('keeps a post with a title and no speaker or slides a post, not a talk', () => {
    const { talks, event } = read(
      'content/posts/week.md',
      '+++',
      'title = "My week at Kafka Summit London 2024"',
      '+++',
      '',
      'Lovely trip.',
    );
    expect(talks).toEqual([]);
    expect(event.name).toBe('Kafka Summit London 2024');
  });
});

describe("an Elixir blog's post (NimblePublisher): its front matter an Elixir map", () => {
  it('is read, not refused as broken YAML: its title names the event over the talks', () => {
    const { talks, event, problems } = read(
      'posts/2023-05-02-fjordconf-recap.md',
      '---',
      '%{',
      '  title: "Fjordconf 2023, Bergen",',
      '  description: "What I saw",',
      '  tags: ["elixir", "conference"],',
      '  date: ~D[2023-05-02]',
      '}',
      '---',
      '',
      '## Favourite talks',
      '',
      '### Oda Vik - Supervisors in anger',
      '',
      '- restart strategies',
      '',
      '### Ola Nordmann - Streams at Vipps',
      '',
      '- back-pressure',
    );
    expect(problems).toEqual([]);
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Supervisors in anger', ['Oda Vik']],
      ['Streams at Vipps', ['Ola Nordmann']],
    ]);
    expect(event.name).toBe('Fjordconf 2023, Bergen');
  });
});

describe("an outliner's page properties over one talk's notes", () => {
  it('reads speaker, company and video, the page named by its file', () => {
    const { talks } = read(
      'vault/GOTO Amsterdam 2025/Event storming in a bank.md',
      'Speaker:: [[Piet Jansen]]',
      'Company:: ING',
      'Video:: https://youtu.be/xyz12345678',
      'tags:: ddd',
      '',
      '- Event storming at a bank',
    );
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.summary])).toEqual([
      ['Event storming in a bank', ['Piet Jansen @ ING'], ['video'], 'Event storming at a bank.'],
    ]);
  });

  it('takes a title:: property over the file name, and a page without a speaker is no talk', () => {
    expect(
      read('vault/p.md', 'title:: Datalog revival', 'speaker:: Kim Ode', '', 'Souffle.').talks.map(
        (t) => t.title,
      ),
    ).toEqual(['Datalog revival']);
    expect(read('vault/Reading list.md', 'tags:: books', '', '- SICP').talks).toEqual([]);
  });
});

describe('a page with no heading, named by its file', () => {
  it('is the talk its first lines give a speaker to', () => {
    const { talks } = read(
      'vault/Conf X 2024/Payments that never double charge.md',
      '**Speaker:** Ana Lima (Stripe)',
      '',
      '- idempotency keys everywhere',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Payments that never double charge', ['Ana Lima @ Stripe']],
    ]);
  });

  it('is no talk when its name is a slug or its lines name no speaker', () => {
    expect(read('notes/payments-talk.md', '**Speaker:** Ana Lima', '', '- keys').talks).toEqual([]);
    expect(read('notes/Trip to Porto.md', 'Flew in on Monday.', '', '- Great food').talks).toEqual(
      [],
    );
  });
});

describe('a file of one talk whose heading gives its speaker after a dash', () => {
  it('reads a common given name after the dash as the speaker', () => {
    for (const heading of ['# Cilium mesh — Liz Rice', '## Cilium mesh - Liz Rice (Isovalent)']) {
      const { talks } = read('cilium.md', heading, '', '- sidecarless', '- eBPF everywhere');
      expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
        ['Cilium mesh', ['Liz Rice']],
      ]);
    }
    const first = read('cilium.md', '# Søren Berg – Why we left Kafka', '', '- cost');
    expect(first.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Why we left Kafka', ['Søren Berg']],
    ]);
  });

  it('keeps a subtitle after the dash a part of the title', () => {
    const { talks } = read(
      'chaos.md',
      '## Chaos Engineering — Breaking Things Safely',
      '',
      '- game days',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Chaos Engineering — Breaking Things Safely', []],
    ]);
  });
});

describe("the event's place inside its front-matter map", () => {
  it('is read as a top-level location is', () => {
    for (const where of [
      '  location: Brno, Czechia',
      '  city: Brno, Czechia',
      '  venue: Brno, Czechia',
    ]) {
      const { event } = read(
        'devconf.md',
        '---',
        'event:',
        '  name: DevConf 2025',
        where,
        '---',
        '',
        '## Rust in the kernel by Petr Svoboda',
        '',
        '- drivers',
      );
      expect([event.name, event.place]).toEqual(['DevConf 2025', 'Brno, Czechia']);
    }
  });
});

describe('a panel heading naming its moderator, then "with" its people', () => {
  it('gives the panel every person, the title without the verb', () => {
    const { talks } = read(
      'rustfjord.md',
      '# RustFjord 2025',
      '',
      '## Panel: The future of async — moderated by Ana Lima, with Bo Chen (Ferrous), Kim Ode (Oxide)',
      '',
      '- async traits landed',
      '',
      '## Zero-cost futures, moderated by Jon Berg with Mia Ko and Lars Eik',
      '',
      '- pinning',
    );
    expect(talks.map((t) => [t.id, t.title, who(t)])).toEqual([
      [
        'the-future-of-async',
        'The future of async',
        ['Ana Lima', 'Bo Chen @ Ferrous', 'Kim Ode @ Oxide'],
      ],
      ['zero-cost-futures', 'Zero-cost futures', ['Jon Berg', 'Mia Ko', 'Lars Eik']],
    ]);
    expect(talks[0]?.kind).toBe('Panel');
  });
});
