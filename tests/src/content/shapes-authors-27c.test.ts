import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (27c, round N8): documents and lightning groups. */

describe('a document exported without headings: bold lines over "Speaker:" lines', () => {
  it('reads each bold title with its speaker, and leaves out the title line and a group label', () => {
    const { talks } = post(
      '**Infra Forum Basel 2025 \\- Team report**',
      '',
      'Author: Dana Keller&nbsp;|&nbsp;Team Platform',
      '',
      '**Talk 1: Backups nobody tested**',
      '',
      'Speaker: Ruth Amsler, Rheinbank',
      '',
      '\\- restore drills every quarter',
      '',
      '**Talk 2: Do we still need a service mesh?**',
      '',
      'Speakers: Marco Betti and Lea Frei, both Alpwerk',
      '',
      '\\- mostly no',
      '',
      '**Recommendations**',
      '',
      '\\- send two people next year',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Backups nobody tested', ['Ruth Amsler @ Rheinbank']],
      ['Do we still need a service mesh?', ['Marco Betti @ Alpwerk', 'Lea Frei @ Alpwerk']],
    ]);
    // The speaker's line is no note of the talk.
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['- restore drills every quarter']);
  });
});

describe('lightning talks under a heading in Spanish', () => {
  it('reads "### Charlas relámpago" over a numbered list as lightning talks', () => {
    const { talks } = post(
      '# Notas de BilboDev 2025',
      '',
      '### "Colas con Postgres" – Ane Etxeberria (Kutxa Labs)',
      '- SKIP LOCKED basta',
      '',
      '### Charlas relámpago',
      '1. "Regex que asustan" — Iker Sainz',
      '2. "Mi dotfiles en 5 minutos" — June Olano (Txoko)',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['Colas con Postgres', ['Ane Etxeberria @ Kutxa Labs'], undefined],
      ['Regex que asustan', ['Iker Sainz'], 'Lightning talk'],
      ['Mi dotfiles en 5 minutos', ['June Olano @ Txoko'], 'Lightning talk'],
    ]);
  });
});
