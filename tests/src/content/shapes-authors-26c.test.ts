import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (26c, round N7): the company in a talk's heading. */

describe("a company alone in a heading's parentheses, the people on a line below", () => {
  const { talks } = post(
    '# Builders Summit 2025',
    '',
    '## Copilot for Terraform (GitHub)',
    '',
    'Speaker: Dana Osei. Suggestions grounded in the repo.',
    '',
    '## Small models, big wins (Hugging Face)',
    '',
    'Speakers: Lina Amari and Paul Mercer. Distilled models.',
    '',
    '## Vector search at scale (Quiver Labs)',
    '',
    'Speaker: Marc Petitjean',
    '',
    '## Pairing with agents (Joan Okafor)',
    '',
    'Speaker: Theo Brandt. Two people, one keyboard.',
  );

  it('gives those people the company, GitHub too, and makes no speaker of a company', () => {
    expect(talks.map(who)).toEqual([
      ['Dana Osei @ GitHub'],
      ['Lina Amari @ Hugging Face', 'Paul Mercer @ Hugging Face'],
      ['Marc Petitjean @ Quiver Labs'],
      ['Joan Okafor', 'Theo Brandt'],
    ]);
  });
});

describe('a speaker named in bold inside the sentence that opens the notes', () => {
  it('reads "Led by **Name** (Company). Notes…" as the speaker, the rest as notes', () => {
    const { talks } = post(
      '# Data Valley 2025',
      '',
      '## Workshop: Feature stores from scratch',
      'Led by **Ivana Petrova** (Dataplane Labs). Three hours with Feast.',
      '',
      '## Workshop: Streams in practice',
      'Presented by *Ivo Dimov* (Kafkaesque). Two hours with Flink.',
    );
    expect(talks.map((t) => [t.title, who(t), t.notes.map((n) => n.text)])).toEqual([
      [
        'Feature stores from scratch',
        ['Ivana Petrova @ Dataplane Labs'],
        ['Three hours with Feast.'],
      ],
      ['Streams in practice', ['Ivo Dimov @ Kafkaesque'], ['Two hours with Flink.']],
    ]);
  });
});

describe("a title that names the conference after the post's own words", () => {
  it.each([
    ['Mes notes du Capitole Dev 2025', 'Capitole Dev 2025'],
    ['Two pairs of eyes on SREcon Baltics 2025', 'SREcon Baltics 2025'],
    ['Conferences / Pipeline Days 2025', 'Pipeline Days 2025'],
  ])('"%s" is %s', (title, name) => {
    expect(conferenceName(title)).toBe(name);
    // Look-alikes that name no conference stay as written.
    for (const same of ['CI / CD in 2024', 'Notes du jour', 'A week on Rust Traits 2024'])
      expect(conferenceName(same)).toBe(same);
  });
});

describe('a diary of the day between the talks it tells of', () => {
  const { talks } = post(
    '# HarbourDev 2025 — a diary',
    '',
    '**Day 1**',
    '',
    'The first talk I went to was "Flags are debt" by Mari Olsen from Flagly.io. Every flag gets an expiry date.',
    '',
    'Lunch was fish soup. I sat with two people from a bank.',
    '',
    'After lunch I went to **Graphs for fraud** (Ken Wada, Finlytics). The demo was impressive.',
    '',
    'Then I skipped a slot to answer email.',
    '',
    'Then "Wasm on the edge" by Lucia Ortiz (Nimbo). Cold starts under a millisecond.',
    '',
    'Train home at 17:00.',
  );

  it("keeps the meals, skipped slots and the trip home out of the talks' notes", () => {
    expect(talks.map((t) => [t.title, t.notes.length])).toEqual([
      ['Flags are debt', 1],
      ['Graphs for fraud', 1],
      ['Wasm on the edge', 1],
    ]);
  });

  it('keeps a company named by its domain whole', () => {
    expect(who(talks[0])).toEqual(['Mari Olsen @ Flagly.io']);
  });
});

describe("a speaker's team before their company", () => {
  it('names the company only: "Angular team @ Google" is Google', () => {
    const { talks } = post(
      '# Frontend Harbour 2025',
      '',
      '## Signals everywhere — Priya Nadar, Angular team @ Google',
      '',
      '- Fine-grained reactivity',
      '',
      '## Checkout at scale — Jo Lindahl, Payments squad at Klarna',
      '',
      '- Idempotency keys',
    );
    expect(talks.map(who)).toEqual([['Priya Nadar @ Google'], ['Jo Lindahl @ Klarna']]);
  });
});

describe('an opening or closing talk named in Portuguese or Spanish', () => {
  it('drops "Abertura:" and "Clausura:" from the title, keeps the kind, and skips the bare sections', () => {
    const { talks } = post(
      '# DevSerra 2025',
      '',
      '## Abertura',
      '',
      'Boas-vindas dos organizadores.',
      '',
      '## Abertura: Tecnologia feita no interior — Renata Lins (Porto Azul)',
      '',
      '- Um panorama do ecossistema',
      '',
      '## Clausura: Carrera más allá del código — Roberto Gil',
      '',
      '- Mentoría',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Tecnologia feita no interior', ['Renata Lins @ Porto Azul'], 'Keynote'],
      ['Carrera más allá del código', ['Roberto Gil'], 'Keynote'],
    ]);
  });
});
