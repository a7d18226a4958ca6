import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { kinds, shape, warnings, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (3): each fixture invented for these tests. */

describe('### Title, then an italic "*Name — Company*" line, then a YouTube embed', () => {
  const { talks, problems } = shape('italic-byline');

  it('reads the italic line as the speaker and the embed as the video', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Observability without the bill shock', ['Ingrid Solberg @ Fjordlytics'], ['video']],
      [
        'Rust in the kernel, one year later',
        ['Tomás Herrera @ Penguin Systems'],
        ['video', 'slides'],
      ],
    ]);
    expect(talks[0]?.summary).toMatch(/^Sampling at the edge is cheaper/);
  });

  it('skips lunch and the wrap-up as not talks', () => {
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^29: "Lunch" skipped as not a talk/),
      expect.stringMatching(/^33: "Wrap-up" skipped as not a talk/),
    ]);
  });
});

describe('"## Talk: Title" with "**Who:**" and "**Takeaways:**" fields', () => {
  const { talks, problems } = shape('talk-label-fields');

  it('leaves "Talk:" out of the title and reads "Who:" as the speaker', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Event sourcing regrets', ['Marta Lopes @ Banco Azul'], ['slides']],
      ['Platform teams that say yes', ['Kwame Mensah @ Stackhouse'], []],
    ]);
    expect(talks[0]?.summary).toBe(
      'Snapshots are not optional after a year. Version your events from day one.',
    );
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^23: "Hallway track" skipped as not a talk/),
    ]);
  });

  it('keeps "Talk – Jane Doe" and a "Who knows" sentence as they were', () => {
    const text =
      '## Talk: Keeping it small\n\nWho knows how long it will last.\n\n- point\n\n## Talk - Jane Doe\n\n- other\n';
    const { talks: mine } = parseNotes(text, 'x.md', 'x');
    expect(mine[0]?.title).toBe('Keeping it small');
    expect(who(mine[0])).toEqual([]);
    expect(mine.map((t) => t.title)).not.toContain('Jane Doe');
  });
});

describe('a German post: Anreise, Vorträge, Fazit', () => {
  const { talks, problems } = shape('german-sections');

  it('reads the talks under "Vorträge" and skips travel and conclusion', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Virtuelle Threads in der Praxis', ['Anna Becker @ Softwerk GmbH'], ['slides', 'video']],
      ['Modulith statt Microservices', ['Jonas Weber'], []],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^3: "Anreise" skipped as not a talk/),
      expect.stringMatching(/^21: "Fazit" skipped as not a talk/),
    ]);
  });
});

describe('one numbered list of talks with blank lines and paragraphs inside the items', () => {
  const { talks } = shape('ranked-list');

  it('reads each item as a talk and "Name, Inclusive Web" as a speaker and company', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Signals everywhere', ['Priya Raman @ Reactive Labs'], ['video']],
      ['The cost of a font', ['Oskar Lind'], []],
      ['Accessibility is a team sport', ['Zainab Yusuf @ Inclusive Web'], ['slides']],
    ]);
    expect(talks[0]?.summary).toMatch(/^Fine-grained reactivity without a virtual DOM\./);
  });
});

describe('a blog recap in prose, each talk bold in the first sentence of its paragraph', () => {
  const { talks } = shape('prose-recap');

  it('reads "**Title** by Name", "caught **Title** by Name from Company" and "**Title**, was given by Name"', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Kafka at scale', ['Jo Park'], ['slides']],
      ['Type systems for the working programmer', ['Luis Ortega @ Lambda Works'], []],
      ['Software that lasts', ['Hannah Cole'], ['video']],
    ]);
    expect(talks[1]?.summary).toMatch(/most bugs his team shipped would have been caught/);
    // The sign-off and the introduction belong to no talk.
    expect(JSON.stringify(talks)).not.toMatch(/back next year|wanted to write down/);
  });

  it('leaves bold words that are not a "by Name" title as prose', () => {
    const text = [
      '# Notes',
      '',
      'I liked the venue. Later **everything** by then was late.',
      '',
      '**Important** by the way: bring a jacket.',
      '',
      'We talked about **Kafka at scale** by Jo Park and others over dinner. It was long.',
      '',
    ].join('\n');
    expect(parseNotes(text, 'x.md', 'x').talks).toEqual([]);
  });

  it('keeps such a sentence as a note inside a talk with a heading', () => {
    const text =
      '## Streams by Jane Doe\n\n**Kafka at scale** by Jo Park was mentioned as the source.\n';
    const { talks: mine } = parseNotes(text, 'x.md', 'x');
    expect(mine.map((t) => t.title)).toEqual(['Streams']);
  });
});

describe('a Notion export: "- **Title** (Name, Company)" bullets with toggles, callouts and to-dos', () => {
  const { talks, problems } = shape('notion-toggles');

  it('reads the bullets as talks, the toggle link as slides and skips the action items', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Operators you can trust', ['Nora Eide @ Podwise'], ['slides']],
      ['eBPF for app developers', ['Rahul Menon'], []],
      ['Multi-tenancy lessons', ['Chloé Martin @ Cloudnest'], []],
    ]);
    expect(talks.map((t) => t.topic)).toEqual([undefined, undefined, undefined]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^28: "Action items" skipped as not a talk: a section of the post/),
    ]);
  });
});

describe('a Spanish post: Introducción, Charlas, Conclusiones', () => {
  const { talks, problems } = shape('spanish-sections');

  it('reads the talks with "Vídeo:" and "Diapositivas:" lines; "Charlas" is no topic', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t), t.topic])).toEqual([
      ['Arquitectura hexagonal sin dogmas', ['Lucía Fernández @ Tecnalia'], ['video'], undefined],
      ['Rendimiento en Node.js con Clinic', ['Diego Martín'], ['slides'], undefined],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^6: "Introducción" skipped as not a talk: a section of the post/),
      expect.stringMatching(/^26: "Conclusiones" skipped as not a talk: a section of the post/),
    ]);
  });

  it('skips "## Fazit" and "## Action items" when the talks are ## headings too', () => {
    const text =
      '## Streams by Jane Doe\n\n- point\n\n## Fazit\n\nGut.\n\n## Action items\n\n- [ ] read\n';
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => t.title)).toEqual(['Streams']);
  });
});

describe('a French post: "Titre, par Nom (Société)", "Slides :" with a space before the colon', () => {
  const { talks, problems } = shape('french-par');

  it('reads "par" as "by" and skips Introduction and Résumé', () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Les bases de données temporelles', ['Camille Dubois @ Quantik'], ['slides']],
      ['Java 25 : quoi de neuf ?', ['Julien Moreau'], ['video']],
    ]);
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^3: "Introduction" skipped as not a talk/),
      expect.stringMatching(/^22: "Résumé" skipped as not a talk/),
    ]);
  });

  it('keeps "par" inside a title that names no one after it', () => {
    const { talks: mine } = parseNotes('## Golf under par for beginners\n\n- point\n', 'x.md', 'x');
    expect(mine.map((t) => [t.title, who(t)])).toEqual([['Golf under par for beginners', []]]);
  });
});

describe('"**Speaker:**" over a line of links, a labelled address mid-paragraph, prose opening with a question', () => {
  const { talks, problems } = shape('fields-and-link-lines');

  it("reads the links line as the talk's links, not as the rest of the company", () => {
    expect(talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
      ['Building a platform team from zero', ['Marta Silva @ Northwind'], ['slides', 'video']],
      ['Observability without the bill', ['Jonas Keller'], ['slides']],
      ['Comparing trees', ['Annie Park'], []],
    ]);
    expect(talks[1]?.links[0]?.text).toBe('Slides');
  });

  it('takes a lone dashed name as the speaker only when the notes call them by it', () => {
    const post = (body: string) =>
      parseNotes(
        `## Talks\n\n### Chaos Engineering – Breaking Things Safely\n\n${body}\n`,
        'x.md',
        'x',
      ).talks[0];
    expect(who(post('We broke production on purpose, safely.'))).toEqual([]);
    expect(post('We broke production on purpose, safely.')?.title).toBe(
      'Chaos Engineering – Breaking Things Safely',
    );
    const named = parseNotes(
      '### Comparing trees – Annie Park\n\nPark showed diffs.\n',
      'x.md',
      'x',
    );
    expect(named.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Comparing trees', ['Annie Park']],
    ]);
  });

  it('does not count the dash after a time slot as a vote against dashed speakers', () => {
    const text = [
      '### 09:00 – Opening words (Ola Berg)',
      '',
      '- welcome',
      '',
      '### 10:00 – Queues at scale – Mia Novak',
      '',
      '- backpressure everywhere',
      '',
      '### 11:00 – Leaner images – Sam Ito',
      '',
      '- distroless',
      '',
      '### 13:00 – Schemas that age well (Rui Sousa)',
      '',
      '- additive changes only',
      '',
      '### 14:00 – Closing panel (Lena Brandt)',
      '',
      '- thanks',
      '',
    ].join('\n');
    expect(parseNotes(text, 'x.md', 'x').talks.map((t) => [t.title, who(t), t.time])).toEqual([
      ['Opening words', ['Ola Berg'], '09:00'],
      ['Queues at scale', ['Mia Novak'], '10:00'],
      ['Leaner images', ['Sam Ito'], '11:00'],
      ['Schemas that age well', ['Rui Sousa'], '13:00'],
      ['Closing panel', ['Lena Brandt'], '14:00'],
    ]);
  });

  it('summarises prose that opens with a question, answer and all', () => {
    expect(talks[2]?.summary).toBe(
      'How do you diff two structured documents? Annie walked through tree diffs and how to show them.',
    );
    expect(warnings(problems)).toEqual([
      expect.stringMatching(/^27: "Final thoughts" skipped as not a talk/),
    ]);
  });
});
