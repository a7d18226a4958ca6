import { describe, expect, it } from 'vitest';
import { listNotes } from '../../../adapters/present/words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** "Ist da was über Kubernetes?", "habt ihr etwas zu Rust": German for "is there anything on". */

const E = 'kai-2025';
const bot = new Bot({
  events: [event(E, 'KaiKonf 2025')],
  talks: [
    talk(E, 'k8s', 'Kubernetes ohne Tränen', 'Operatoren; Upgrades'),
    talk(E, 'rust', 'Rust im Embedded-Alltag', 'no_std; Probes'),
  ],
});

describe('a German "is there anything on …"', () => {
  it.each([
    ['ist da was über kubernetes', 'k8s'],
    ['Habt ihr etwas zu Rust?', 'rust'],
    ['hast du was über kubernetes', 'k8s'],
  ])('"%s" finds the talk, no word of the asking left unmatched', (asked, id) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual([id]);
    expect(answer.kind === 'talks' && listNotes(answer).join(' ')).not.toMatch(/No talk mentions/);
  });
});

describe('a German "what was … about"', () => {
  it.each([
    ['Worum ging es bei dem Rust-Vortrag?', 'rust'],
    ['worum ging es im Kubernetes-Vortrag', 'k8s'],
  ])('"%s" finds the talk, no word of the asking left unmatched', (asked, id) => {
    const answer = bot.ask(asked);
    expect(ids(answer)).toEqual([id]);
    expect(answer.kind === 'talks' && listNotes(answer).join(' ')).not.toMatch(/No talk mentions/);
  });
});
