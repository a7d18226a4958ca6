import { describe, expect, it } from 'vitest';
import { looksLikeName } from '../../../src/content/speaker-names.ts';
import { post, postSpeakers as speakersOf } from './shape-fixture.ts';

/**
 * A French recap without headings, each talk's title on its own line with "de" and the speaker
 * written the French way, family name in capitals (the shape of a real Agile Tour Bordeaux 2019
 * post). Invented conference, people and talks.
 */
const RECAP = [
  'Agile Tour de Garonne 2031',
  '',
  'Cette nouvelle édition de l’Agile Tour de Garonne vient d’avoir lieu ces 30 & 31 octobre 2031 à l’IUT.',
  '',
  'Lancer vite, apprendre vite de Camille ROUSSEAU',
  '',
  'Une keynote impressionnante, très riche, et à ma portée.',
  '',
  'Comment être toujours plus innovant ?',
  '',
  'Tout d’abord, il faut proposer rapidement quelque chose qui marche.',
  '',
  'Le management visuel d’Anne MARTIN et Luc DURAND',
  '',
  'Un retour d’expérience sur les tableaux physiques.',
  '',
  'L’héritage de Grace Hopper',
  '',
  'Une belle histoire, sans orateur nommé.',
];

describe('title lines naming their speakers after French "de"', () => {
  it('read each line as a talk by those people; a question under one is its notes', () => {
    const parsed = post(...RECAP);
    expect(speakersOf(...RECAP)).toEqual([
      ['Lancer vite, apprendre vite', 'Camille ROUSSEAU'],
      ['Le management visuel', 'Anne MARTIN & Luc DURAND'],
      // A name in small letters after "de" is what the talk is about.
      ['L’héritage de Grace Hopper', ''],
    ]);
    expect(JSON.stringify(parsed.talks[0]?.notes)).toMatch(/toujours plus innovant/);
  });

  it('read one such line under a title naming the conference', () => {
    expect(speakersOf(...RECAP.slice(0, 12))).toEqual([
      ['Lancer vite, apprendre vite', 'Camille ROUSSEAU'],
    ]);
  });

  it('keep "de" in a title whose words after it are no person', () => {
    expect(
      speakersOf(
        '# Agile Tour de Garonne 2031',
        '',
        '## Les bases de Scrum et Kanban',
        '',
        'Une introduction.',
        '',
        '## Retour d’expérience de la SNCF',
        '',
        'Un long voyage.',
      ),
    ).toEqual([
      ['Les bases de Scrum et Kanban', ''],
      ['Retour d’expérience de la SNCF', ''],
    ]);
  });
});

describe('a given name written in two parts', () => {
  it('reads "Moon soo Lee" as one speaker', () => {
    expect(
      speakersOf(
        '# Dataconf East 2031',
        '',
        '## Day 1',
        '',
        '**A. Notebooks at scale**',
        '',
        'Speaker: Jae hyun Park, founder of Notebook Labs',
        '',
        '- web-based notebooks for teams',
        '',
        '**B. Pipelines in the cloud**',
        '',
        'Speaker: Xiao ming Wang & Ana Lima, Cloudpipe',
        '',
        '- load 10GB a day',
        '',
        '**C. Search quality**',
        '',
        'Speaker: Ana Lima',
        '',
        '- vector space',
      ),
    ).toEqual([
      ['Notebooks at scale', 'Jae hyun Park'],
      ['Pipelines in the cloud', 'Xiao ming Wang & Ana Lima'],
      ['Search quality', 'Ana Lima'],
    ]);
  });

  it('takes no English word, small word of another language or two syllables for such a part', () => {
    for (const text of [
      'Jane talks Rust',
      'Ana and Lee',
      'Ana bohun Lee',
      'Moon soo',
      'Sascha bei Daimler',
      'Sascha Pallenberg: Digitalisierung bei Daimler',
    ])
      expect(looksLikeName(text), text).toBe(false);
    expect(looksLikeName('Moon soo Lee')).toBe(true);
  });
});
