import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { speakerLine } from '../../../src/content/speaker-line.ts';

/**
 * A file of one talk's notes, written as an outline: "# 1. Title", the speaker's line with their
 * role and company after a comma, then "## 1.1. …", "## 1.2. …" — the talk's parts, numbered
 * under its own number — and an unnumbered "## Attention" at the end. (A French recap, invented
 * here: a file of a repository of notes, one talk per file.)
 */
const PAGE = `# 1. Migrer un monolithe vers Kubernetes et un service mesh

Speaker: Camille Perrot, developer advocate Nuagique

[Une bande dessinée sur le sujet](https://example.org/comic)

## 1.1. Kubernetes

- On part d'une application monolithique écrite en Java pour la déployer sur Kubernetes pas à pas
- On construit l'image avec un Dockerfile multi-étapes, une pour la compilation et une pour l'exécution
- La configuration se fait en YAML, proche de Docker Compose, avec kubectl en ligne de commande
- Un pod est un ou plusieurs conteneurs qui tournent ensemble sur un nœud

## 1.2. Service mesh

- Le mesh ajoute des proxys à côté des conteneurs pour router le trafic entre deux versions
- On injecte des erreurs et des délais entre services pour vérifier la résilience

## Attention

- Le mesh n'était pas encore prêt pour la production
`;

describe('a talk page written as a numbered outline', () => {
  const { talks } = parseNotes(PAGE, 'docker_kubernetes_mesh.md', 'docker-kubernetes-mesh');

  it('is one talk, its numbered sub-headings and the last section its parts', () => {
    expect(talks.map((talk) => talk.title)).toEqual([
      'Migrer un monolithe vers Kubernetes et un service mesh',
    ]);
  });

  it('reads the speaker line’s role and company after the comma apart from the name', () => {
    expect(talks[0]?.speakers).toEqual([{ name: 'Camille Perrot', company: 'Nuagique' }]);
  });

  it('sums the talk up by its opening part, as much of it as fits', () => {
    expect(talks[0]?.summary).toMatch(/^Kubernetes: On part d'une application monolithique/);
    expect(talks[0]?.summary.length).toBeLessThanOrEqual(300);
  });

  it('keeps sub-headings that are not numbered under it as talks of a post', () => {
    const post = parseNotes(
      '# 1. Notes de conférence\n\n## Le cache sans douleur — Jean Roux\n\n- point\n\n## Les files en pratique — Léa Petit\n\n- point\n',
      'notes.md',
      'notes',
    );
    expect(post.talks.map((talk) => talk.title)).toEqual([
      'Le cache sans douleur',
      'Les files en pratique',
    ]);
  });
});

describe('a speaker line with a role before the company and nothing between', () => {
  it('takes the company after the role, and no company from a role alone', () => {
    expect(speakerLine('Speaker: Jane Roe, CTO Acme', false)).toEqual([
      { name: 'Jane Roe', company: 'Acme' },
    ]);
    expect(speakerLine('Speaker: Jane Roe, software engineer Streamly', false)).toEqual([
      { name: 'Jane Roe', company: 'Streamly' },
    ]);
    expect(speakerLine('Speaker: Jane Roe, staff engineer', false)).toEqual([{ name: 'Jane Roe' }]);
  });
});
