import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A notes repository of a French conference: a page per talk whose abstract opens with the
 * speaker as a bullet, and the author's page of trends and talks still to watch (a real Devoxx
 * notes repository's shape). Invented talks and people.
 */
describe('a talk page whose abstract opens with its speaker', () => {
  const page = (bullet: string) =>
    post(
      '# Requêtes typées, joie du SQL',
      '',
      'Conference',
      '',
      '## Abstract',
      '',
      bullet,
      '',
      'Et si l’on reprenait le contrôle de nos requêtes ? Nous verrons comment les écrire.',
      '',
      '## Notes',
      '',
      '### historique',
      '',
      'JDBC introduit en Java 1.1 : lib bas niveau',
      '',
      '### la librairie',
      '',
      'Dsl over SQL',
      '',
      '## Links',
      '',
    );

  it('is that one talk by that person, its parts its notes', () => {
    const { talks } = page('- Kevin Lindqvist');
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Requêtes typées, joie du SQL', ['Kevin Lindqvist']],
    ]);
    expect(talks[0]?.summary).toMatch(/reprenait le contrôle/);
    expect(talks[0]?.summary).not.toMatch(/Kevin/);
  });

  it('is no talk of one page where the bullet names no one', () => {
    expect(page('- Kafka').talks.map((t) => t.title)).not.toEqual(['Requêtes typées, joie du SQL']);
  });
});

describe('the author’s page of trends and talks to watch', () => {
  it('has no talks', () => {
    const { talks } = post(
      '## Tendances',
      '',
      '- Kubernetes (cluster)',
      '- Craft, archi hexagonale',
      '',
      '## Technos à regarder / à garder dans un coin',
      '',
      '- Kustomize : templatiser les descripteurs kubernetes',
      '',
      '## Favoris (à voir en replay)',
      '',
      '- Tests Cucumber: légendes et réalité',
      '- The unknowns of JUnit 5',
      '',
      '## Trends',
      '',
      '- Platform teams',
    );
    expect(talks).toEqual([]);
  });
});
