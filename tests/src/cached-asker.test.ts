import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer.ts';
import { CachedAsker, type SyncAsker } from '../../src/cached-asker.ts';

/** An Asker that says which content answered and counts its work. */
function counting(content: string): SyncAsker & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    ask: (text, options) => {
      asked.push(`${text}#${options?.page ?? 1}`);
      return { kind: 'error', message: `${content}: ${text} p${options?.page ?? 1}` } as Answer;
    },
    complete: () => [],
  };
}

describe('the answer cache', () => {
  it('answers a repeated question from the cache, each page on its own', () => {
    const bot = counting('v1');
    const cached = new CachedAsker(bot);
    const first = cached.ask('netflix');
    expect(cached.ask('netflix')).toEqual(first);
    expect(cached.ask('netflix', { page: 2 })).not.toEqual(first);
    expect(bot.asked).toEqual(['netflix#1', 'netflix#2']);
  });

  it('forgets every answer when the content is reloaded', () => {
    const cached = new CachedAsker(counting('v1'));
    cached.ask('netflix');
    const reloaded = counting('v2');
    cached.replace(reloaded);
    expect(cached.ask('netflix')).toEqual({ kind: 'error', message: 'v2: netflix p1' });
    expect(reloaded.asked).toEqual(['netflix#1']);
  });

  it('keeps only the most recent questions', () => {
    const bot = counting('v1');
    const cached = new CachedAsker(bot, { max: 2 });
    for (const text of ['a', 'b', 'c', 'a']) cached.ask(text);
    expect(bot.asked).toEqual(['a#1', 'b#1', 'c#1', 'a#1']);
  });
});
