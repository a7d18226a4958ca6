import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids } from '../query/library-fixture.ts';
import { talk } from './subject-fixture.ts';

/** Talks that say "generic", "general" and "generated", and "specific" and "specify". */
const library: Library = {
  events: [event('gophers-2031', 'Gopher Harbour 2031')],
  talks: [
    talk('gophers-2031', 'generics', 'Generics, three years in', ['Type parameters in real code']),
    talk('gophers-2031', 'codegen', 'Code we generated', ['go generate and stringer']),
    talk('gophers-2031', 'keynote', 'State of the general purpose language', ['Where Go goes']),
    talk('gophers-2031', 'specs', 'Specify before you build', ['Writing specs first']),
    talk('gophers-2031', 'domain', 'Domain specific errors', ['Sentinel errors and wrapping']),
  ],
};
const bot = new Bot(library);

describe('an adjective in -ic is its own word, not the stem it shares', () => {
  it('"generics" finds the generics talk, never generated code or a general talk', () => {
    expect(ids(bot.ask('any talks about generics?'))).toEqual(['generics']);
    expect(ids(bot.ask('generic code'))).toEqual(['generics']);
  });

  it('"specific" is not "specify"', () => {
    expect(ids(bot.ask('specific errors'))).toEqual(['domain']);
  });

  it('the verb still finds its own forms, never the generics talk', () => {
    expect(ids(bot.ask('generated code'))).toEqual(['codegen']);
    expect(ids(bot.ask('generate'))[0]).toBe('codegen');
    expect(ids(bot.ask('generate'))).not.toContain('generics');
  });
});
