import { describe, expect, it } from 'vitest';
import { nameCased } from '../../../src/content/name-case.ts';

/** A conference named by a lower-case file or folder name reads as its organisers write it. */
describe('a conference name made from a file name', () => {
  it('is cased as conferences write their words', () => {
    expect(nameCased('kubecon eu 2024')).toBe('KubeCon EU 2024');
    expect(nameCased('oreilly velocity 2018')).toBe("O'Reilly Velocity 2018");
    expect(nameCased('aws reinvent 2023')).toBe('AWS re:Invent 2023');
    expect(nameCased('devopsdays amsterdam 2024')).toBe('DevOpsDays Amsterdam 2024');
    expect(nameCased('festival of the web 2025')).toBe('Festival of the Web 2025');
  });

  it('is kept as written when the author wrote a capital', () => {
    expect(nameCased('Kubecon eu 2024')).toBe('Kubecon eu 2024');
    expect(nameCased('euruko vilnius 2023').startsWith('EuRuKo Vilnius')).toBe(true);
  });
});
