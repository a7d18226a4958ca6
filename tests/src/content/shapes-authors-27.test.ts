import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (27, round N8): each post invented for these tests. */

describe('a recap in prose that names the speaker before the talk', () => {
  it('reads "Name from Company, talking about *Title*" and "Name (Company) talked about **Title**"', () => {
    const { talks } = post(
      '# Harbourside Dev 2025, as I saw it',
      '',
      'The venue was lovely and the coffee strong.',
      '',
      'First up was Oona Lindgren from Kelpware, talking about *Queues Are Not Databases*. She',
      'showed three outages that came from treating them so.',
      '',
      'Before lunch, Rafael Duarte (Brisa Labs) talked about **Caching Without Regret**, mostly',
      'about invalidation by events.',
      '',
      'Later I went to see Inge Holm and Yusuf Kaya (both at Fjordbyte) present "Schema Drift in',
      'Practice". Good demo.',
      '',
      'The last talk I caught was Mirela Popa\'s "Latency Budgets for Humans", with lots of charts.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues Are Not Databases', ['Oona Lindgren @ Kelpware']],
      ['Caching Without Regret', ['Rafael Duarte @ Brisa Labs']],
      ['Schema Drift in Practice', ['Inge Holm @ Fjordbyte', 'Yusuf Kaya @ Fjordbyte']],
      ['Latency Budgets for Humans', ['Mirela Popa']],
    ]);
  });

  it('reads the same in Italian and Spanish: "ha parlato di", "di …", "con …", "de …"', () => {
    const { talks } = post(
      '# Appunti da ByteLaguna 2025',
      '',
      'Poi Carla Esposito (Vetrolab) ha parlato di **tracing distribuito senza dolore**, con esempi.',
      '',
      'Subito dopo, **"Go o Rust? Dipende"** di Nico Ferri e Ada Gallo, entrambi di Marmo Tech.',
      '',
      'Workshop pomeridiano: **"Fuzzing da zero"** con Teo Lunardi (Bitcampo).',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['tracing distribuito senza dolore', ['Carla Esposito @ Vetrolab'], undefined],
      ['Go o Rust? Dipende', ['Nico Ferri @ Marmo Tech', 'Ada Gallo @ Marmo Tech'], undefined],
      ['Fuzzing da zero', ['Teo Lunardi @ Bitcampo'], 'Workshop'],
    ]);
  });

  it('reads "**Charla 1.** *"Title"*, de Name (Company)": the bold number is the post\'s own', () => {
    const { talks } = post(
      '# Crónica de SevillaJS 2025',
      '',
      '**Charla 1.** *"Signals sin magia"*, de Irene Marín (Tartana). Explicó el grafo de',
      'dependencias con post-its.',
      '',
      '**Charla 2.** *"Bundlers en 2025"*, de Hugo Vidal, de Lumbre.',
      '',
      '## Lo que me llevo',
      '',
      '- Volver a probar Vite',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Signals sin magia', ['Irene Marín @ Tartana']],
      ['Bundlers en 2025', ['Hugo Vidal @ Lumbre']],
    ]);
  });
});

describe('"both at Company" in the languages posts are written in', () => {
  it('gives every person the company after "beide bei", "oboje z", "tous deux chez", "i"', () => {
    const { talks } = post(
      '# Konferenznotizen',
      '',
      '## Fachlichkeit zuerst',
      '*Lena Brandt & Ömer Aksoy, beide bei Stadtwerk IT*',
      '',
      '- Domänen vor Technik',
      '',
      '## Testy kontraktowe',
      '*Ewa Nowicka i Piotr Mazur, oboje z Kwadrat*',
      '',
      '- Pact w CI',
      '',
      '## Les flux sans peine',
      '*Lucie Morel et Hugo Blanc, tous deux chez Ardoise*',
      '',
      '- Kafka Streams en pratique',
    );
    expect(talks.map(who)).toEqual([
      ['Lena Brandt @ Stadtwerk IT', 'Ömer Aksoy @ Stadtwerk IT'],
      ['Ewa Nowicka @ Kwadrat', 'Piotr Mazur @ Kwadrat'],
      ['Lucie Morel @ Ardoise', 'Hugo Blanc @ Ardoise'],
    ]);
  });
});

describe("a panel's line-up in German, French and Dutch", () => {
  it('reads the moderator and the panel, and a freelancer has no company', () => {
    const { talks } = post(
      '# Notizen',
      '',
      '## Podiumsdiskussion: Wer braucht noch Architekten?',
      'Moderiert von Kai Winter (Baumhaus). Auf dem Podium: Rita Lenz (Quadrant), Ole Sand',
      '(Freiberuflerin) und Pia Roth (Nordbahn).',
      '',
      '- Architektur ist eine Rolle',
      '',
      '## Table ronde : le logiciel libre en région',
      'Avec Anne Roux (Granit), Paul Le Bihan (Ormeau) et Inès Faure (indépendante), animée par',
      'Luc Tanguy.',
      '',
      '- Beaucoup de questions du public',
      '',
      '## Paneldiscussie: AI in de pipeline',
      'Met Sanne Kok (Tulpbank), Bas Vink (Molenweg) en Eva de Wit (Dijkdata). Moderator: Tim Bos.',
      '',
      '- Niemand was het eens',
    );
    expect(talks.map((t) => [t.title, t.kind, who(t)])).toEqual([
      [
        'Wer braucht noch Architekten?',
        'Panel',
        ['Kai Winter @ Baumhaus', 'Rita Lenz @ Quadrant', 'Ole Sand', 'Pia Roth @ Nordbahn'],
      ],
      [
        'Le logiciel libre en région',
        'Panel',
        ['Luc Tanguy', 'Anne Roux @ Granit', 'Paul Le Bihan @ Ormeau', 'Inès Faure'],
      ],
      [
        'AI in de pipeline',
        'Panel',
        ['Sanne Kok @ Tulpbank', 'Bas Vink @ Molenweg', 'Eva de Wit @ Dijkdata', 'Tim Bos'],
      ],
    ]);
  });
});

describe("who ran a workshop, and three people's companies after a dash", () => {
  it('reads "Leitung: …", "Workshop with A & B, both at X" and "— A (X), B (X), C (Y)"', () => {
    const { talks } = post(
      '# InfraWeek 2025',
      '',
      '## Workshop: Kubernetes selbst betreiben',
      'Leitung: Jonas Adler (Kubewerk)',
      '',
      '- Laptop mitbringen',
      '',
      '## Writing Ansible modules',
      'Workshop with Mara Quint & Leo Sato, both at Playbook Labs.',
      '',
      '- three exercises',
      '',
      '## Fleet upgrades at 300 clusters — Ali Rahimi (Telka), Bea Horn (Telka), Cem Uslu (Oakridge)',
      '',
      '- canaries per region',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Kubernetes selbst betreiben', ['Jonas Adler @ Kubewerk']],
      ['Writing Ansible modules', ['Mara Quint @ Playbook Labs', 'Leo Sato @ Playbook Labs']],
      [
        'Fleet upgrades at 300 clusters',
        ['Ali Rahimi @ Telka', 'Bea Horn @ Telka', 'Cem Uslu @ Oakridge'],
      ],
    ]);
  });
});

describe("the post's own sections with less common names", () => {
  it("leaves out badge pickup, sponsors' booths and a word glossed in English", () => {
    const { talks } = post(
      '# Kaigi Notes 2025',
      '',
      '## Badge pickup',
      'The queue took half an hour.',
      '',
      '## Contracts first',
      '*by Sora Ito (Kumo)*',
      '',
      '- OpenAPI before code',
      '',
      "## Sponsors' booths",
      'Best coffee at the Kumo stand.',
      '',
      '## Kansou (impressions)',
      'Totemo yokatta.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Contracts first']);
  });
});
