import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (25): notes in shapes nobody here wrote. */

describe('a bold title alone, its speaker in italics in the next paragraph', () => {
  it('reads the italic line as the speaker and company, not as the first note', () => {
    const { talks } = post(
      '# Notes from Gopher Fjord 2026',
      '',
      'In the order I saw them:',
      '',
      '**Escape analysis for mortals**',
      '',
      '_Ilka Brandvold, Tindra Systems_',
      '',
      'Most allocations we blamed on interfaces were slices. [Slides](https://speakerdeck.com/ib/escape)',
      '',
      '**Tiny services on tiny boards**',
      '',
      '*Oona Lahti & Kaspar Viik, Mikrolab*',
      '',
      'A BLE stack in 90 KB.',
      '',
      '**Drinks**',
      '',
      '_Sponsored by Pinebrook_',
      '',
      'Free cider until ten.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Escape analysis for mortals', ['Ilka Brandvold @ Tindra Systems']],
      ['Tiny services on tiny boards', ['Oona Lahti @ Mikrolab', 'Kaspar Viik @ Mikrolab']],
    ]);
    expect(talks[0]?.summary).toMatch(/^Most allocations we blamed/);
    expect(kinds(talks[0])).toEqual(['slides']);
  });

  it('keeps a bold line over an italic sentence as prose', () => {
    const { talks } = post(
      '# Notes from Gopher Fjord 2026',
      '',
      '## Escape analysis for mortals by Ilka Brandvold',
      '',
      '**Why it matters**',
      '',
      '_Every allocation you avoid is one the collector never sees._',
      '',
      'Notes.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Escape analysis for mortals', ['Ilka Brandvold']],
    ]);
    expect(talks[0]?.summary).toMatch(/collector never sees/);
  });
});

describe('a Quarto or R Markdown post', () => {
  it('reads a .qmd and an .Rmd file as Markdown notes, with their callouts and author lists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qcon-quarto-'));
    try {
      await writeFile(
        join(dir, 'rfjord-2026.qmd'),
        [
          '---',
          'title: "RFjord 2026: notes"',
          'author:',
          '  - name: Agata Wrona',
          '    affiliation: Tromsø University',
          'format: html',
          '---',
          '',
          '## Models as packages {#sec-models}',
          '',
          '::: {.callout-note}',
          '**Speaker:** Nils Aamodt (Polarstat) · [slides](https://speakerdeck.com/na/models)',
          ':::',
          '',
          '- Every model ships with its tests',
          '',
          '## References {.unnumbered}',
        ].join('\n'),
      );
      await writeFile(
        join(dir, 'shiny-days.Rmd'),
        '# Shiny Days 2026\n\n## Caching plots by Hedda Lund\n\n```{r}\nbindCache(p)\n```\n\n- Half the cost\n',
      );
      const { library, problems } = await loadContent(dir);
      expect(library.events.map((e) => [e.id, e.name])).toEqual([
        ['rfjord-2026', 'RFjord 2026'],
        ['shiny-days', 'Shiny Days 2026'],
      ]);
      expect(library.talks.map((t) => [t.title, who(t), kinds(t)])).toEqual([
        ['Models as packages', ['Nils Aamodt @ Polarstat'], ['slides']],
        ['Caching plots', ['Hedda Lund'], []],
      ]);
      expect(problems.filter((p) => p.message.includes('not read'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('headings that name a person and, after a comma, a company that reads like a name', () => {
  const FAILOVER = [
    '## Failover slots at scale — Ilona Varga, Puffin Data',
    '',
    '- 4 TB a day',
    '',
  ];

  it("reads 'Name, Two Words' as the person's company where the post's headings write people so", () => {
    const { talks } = post(
      '# PGDay Fjell 2026',
      '',
      '## Incremental backups in core — Halvard Rønning, Bluepine Linmark',
      '',
      '- Block-level, finally',
      '',
      ...FAILOVER,
      '## Partitioning mistakes — Sverre Aune, Nordlys Halvleder',
      '',
      '- Planning time exploded',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Incremental backups in core', ['Halvard Rønning @ Bluepine Linmark']],
      ['Failover slots at scale', ['Ilona Varga @ Puffin Data']],
      ['Partitioning mistakes', ['Sverre Aune @ Nordlys Halvleder']],
    ]);
  });

  it('keeps two people after a comma where the post names people otherwise', () => {
    const { talks } = post(
      '# PGDay Fjell 2026',
      '',
      '## Incremental backups in core — Halvard Rønning (Bluepine)',
      '',
      '- Block-level, finally',
      '',
      ...FAILOVER,
      '## Pairing on query plans — Mira Solheim, Tore Lindqvist',
      '',
      '- Two people, one EXPLAIN',
      '',
      '## Vacuum for humans — Liv Aas',
      '',
      '- One knob matters',
    );
    expect(talks.map((t) => who(t))).toEqual([
      ['Halvard Rønning @ Bluepine'],
      ['Ilona Varga @ Puffin Data'],
      ['Mira Solheim', 'Tore Lindqvist'],
      ['Liv Aas'],
    ]);
  });
});

describe('a speaker who goes by one name, on a labelled line', () => {
  it("reads 'Speaker: Name (Company)' as that person of that company", () => {
    const { talks } = post(
      '# PGDay Fjell 2026',
      '',
      '## Vectors inside the database',
      '',
      'Speaker: Solveig (Fjordmind AI)',
      '',
      '- HNSW indexes over 50M embeddings',
      '',
      '## Logical decoding, explained',
      '',
      '**Speaker:** Ragnar Ek (Puffin Data)',
      '',
      '- Slots are a contract',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Vectors inside the database', ['Solveig @ Fjordmind AI']],
      ['Logical decoding, explained', ['Ragnar Ek @ Puffin Data']],
    ]);
    expect(talks[0]?.summary).toBe('HNSW indexes over 50M embeddings.');
  });
});

describe('a meal named in Portuguese, or with its place after a dash', () => {
  it('reads Almoço, Jantar and "Lunch — Kantine, Oslo" as sections of the post', () => {
    const { talks } = post(
      '# Codecon Porto 2026',
      '',
      '## «Filas sem mistério», por Caio Prado (Lumo)',
      '',
      '- Retries com backoff',
      '',
      '## Almoço',
      '',
      'Francesinha, claro.',
      '',
      '## Lunch — Kantine, Oslo',
      '',
      'Fish soup.',
      '',
      '## Jantar',
      '',
      'Na Ribeira.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Filas sem mistério']);
  });
});

describe("a live blog's talks written a level too deep under a timed break", () => {
  it('reads the timed talks under "## 13:00 – Lunch" as talks of their times', () => {
    const { talks } = post(
      '# Live: FjordJS 2026',
      '',
      '## 12:00 – Temporal is finally here (Jonas Ekdal)',
      '',
      '- Drop moment.js',
      '',
      '## 13:00 – Lunch',
      '',
      '### 14h30 : WebGPU for data viz — Mikkel Borg (Strømlyd)',
      '',
      '- A million points at 60 fps',
      '',
      '### 15h15 : Edge functions, honestly — Leila Haddad (Kantbyte)',
      '',
      '- Cold starts are gone',
      '',
      '## 16:00 – Coffee',
      '',
      '### Thoughts so far',
      '',
      'My battery is at 8%.',
    );
    expect(talks.map((t) => [t.title, who(t), t.time])).toEqual([
      ['Temporal is finally here', ['Jonas Ekdal'], '12:00'],
      ['WebGPU for data viz', ['Mikkel Borg @ Strømlyd'], '14h30'],
      ['Edge functions, honestly', ['Leila Haddad @ Kantbyte'], '15h15'],
    ]);
  });
});

describe('a quoted title, then "de" or "di" before its speaker', () => {
  it('reads "«Title», de Name (Company)" as the title and its speaker', () => {
    const { talks } = post(
      '# Codecon Porto 2026',
      '',
      '## «Arquitetura hexagonal sem dogma», de Rafael Noronha (Outbyte)',
      '',
      '- Portas só onde há duas implementações',
      '',
      '## «Pagamenti idempotenti» di Chiara Galvani',
      '',
      '- Chiavi di idempotenza ovunque',
      '',
      '## «O estado da web» de 2026',
      '',
      '- Uma retrospectiva',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Arquitetura hexagonal sem dogma', ['Rafael Noronha @ Outbyte']],
      ['Pagamenti idempotenti', ['Chiara Galvani']],
      ['«O estado da web» de 2026', []],
    ]);
  });
});

describe('name lines with pronouns and roles: a given name "An", a comma before "and"', () => {
  it('reads a Vietnamese name ending in An, and two people with a comma before "and"', () => {
    const { talks } = post(
      '# SREcon Fjell 2026',
      '',
      '## Observability on a budget',
      '',
      'Trần Minh An (he/him), Platform Lead @ Sông Data',
      '',
      '- Sampling belongs to the service owners',
      '',
      '## On-call for humans',
      '',
      "Siobhán O'Dea (she/her), Engineering Manager @ Tidewell, and Jean-Luc Morin (he/him), SRE @ Pagebolt",
      '',
      '- Real handovers',
    );
    expect(talks.map((t) => who(t))).toEqual([
      ['Trần Minh An @ Sông Data'],
      ["Siobhán O'Dea @ Tidewell", 'Jean-Luc Morin @ Pagebolt'],
    ]);
  });
});

describe("a company blog's trip report, a section per colleague", () => {
  it('reads "What Anna saw" as a group of her talks, no topic and no talk', () => {
    const { talks } = post(
      '# Trip report: KubeFjord 2026',
      '',
      '## What Anna saw',
      '',
      '### Golden paths people walk — Mette Kjeldgaard (Vindkraft)',
      '',
      '- Templates stopped being mandatory',
      '',
      '## What Jonas learned',
      '',
      '### Cilium at 10,000 nodes — Hiro Tanabe (Rakuda)',
      '',
      '- Shard the identity allocator',
    );
    expect(talks.map((t) => [t.title, who(t), t.topic])).toEqual([
      ['Golden paths people walk', ['Mette Kjeldgaard @ Vindkraft'], undefined],
      ['Cilium at 10,000 nodes', ['Hiro Tanabe @ Rakuda'], undefined],
    ]);
  });
});
