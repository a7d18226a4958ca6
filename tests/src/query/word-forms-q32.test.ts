import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';
import { RB, ruby } from './rubylake-fixture.ts';

/** Words the notes write in another form than the question: a version joined or apart, a verb for a noun. */
describe('a name and its version, typed joined or apart', () => {
  it('finds the talks that write it either way, and no talk naming the name alone', () => {
    for (const asked of ['ruby 3', 'anything on ruby3?', 'Ruby 3 talks', 'ruby3']) {
      expect(ids(ruby.ask(asked)).sort(), asked).toEqual(['saved', 'ship']);
    }
  });
});

describe('a noun in -ification and its verb', () => {
  it('finds the talk that writes the other form', () => {
    const forms = new Bot({
      events: [event(RB, 'RubyLake 2017')],
      talks: [
        talk(RB, 'review', 'Gamified code review', 'points; badges'),
        talk(RB, 'sign', 'Signing gems', 'how to verify a signature; keys'),
        talk(RB, 'rails', 'Rails without tears', 'conventions; routing'),
      ],
    });
    expect(ids(forms.ask('gamification'))).toEqual(['review']);
    expect(ids(forms.ask('anything on signature verification?'))).toEqual(['sign']);
  });
});

describe("security's short forms", () => {
  it('finds the talk that writes the long form, and back', () => {
    const sec = new Bot({
      events: [event('sec-2024', 'SecNorth 2024')],
      talks: [
        talk('sec-2024', 'pen', 'Automating penetration testing', 'red team; tooling'),
        talk('sec-2024', 'cti', 'Closing the CTI gap', 'small teams; feeds'),
        talk('sec-2024', 'xss', 'Cross-site scripting in 2024', 'sanitizers; CSP'),
        talk('sec-2024', 'inj', 'Parameterised queries', 'stopping SQL injection'),
      ],
    });
    for (const [asked, found] of [
      ['pentest', 'pen'],
      ['anything on pentesting?', 'pen'],
      ['threat intelligence', 'cti'],
      ['xss', 'xss'],
      ['sqli', 'inj'],
    ] as const)
      expect(ids(sec.ask(asked)), asked).toEqual([found]);
  });
});

describe('a French question over English notes', () => {
  it('finds the English word a French ending stands for', () => {
    const en = new Bot({
      events: [event('web-2016', 'WebNorth 2016')],
      talks: [
        talk('web-2016', 'regex', 'Learning to love regular expressions', 'backtracking'),
        talk('web-2016', 'vm', 'Virtual threads in practice', 'scheduling; pinning'),
        talk('web-2016', 'css', 'Layout without floats', 'grid; flexbox'),
      ],
    });
    for (const [asked, found] of [
      ['y a-t-il un talk sur les expressions régulières ?', 'regex'],
      ['des threads virtuels ?', 'vm'],
    ] as const)
      expect(ids(en.ask(asked)), asked).toEqual([found]);
  });
});
