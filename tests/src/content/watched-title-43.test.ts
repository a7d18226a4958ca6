import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A conference diary: "After my talk, I attended "Title" by Name.", then "Then I watched Title by
 * Name." with the title unmarked (a real CppNorth day post's shape). Invented talks and people.
 */
describe('an unmarked title the author says they watched', () => {
  it('is a talk by the person after "by", apart from the one before it', () => {
    const { talks } = post(
      '# NorthConf Day 1',
      '',
      'Monday morning started with a short walk to the venue.',
      '',
      'After my talk, I attended "Zig is a MetaCompiler" by Daniel Okoro. He had terrific outlining on his slides.',
      '',
      "Then I watched Beginner's Mind, Expert's Mind by Dawid Zelinski. This talk was about minds in a way I wasn't expecting.",
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Zig is a MetaCompiler', ['Daniel Okoro']],
      ["Beginner's Mind, Expert's Mind", ['Dawid Zelinski']],
    ]);
    expect(JSON.stringify(talks[0]?.notes)).not.toMatch(/minds/);
  });

  it('is no talk where the words are no title', () => {
    const { talks } = post(
      '# NorthConf Day 1',
      '',
      'After my talk, I attended "Zig is a MetaCompiler" by Daniel Okoro. He had terrific outlining.',
      '',
      'Then I saw a quick demo of the new debugger by Dawid Zelinski, which was fun.',
      '',
      'In the evening I watched Oppenheimer by Christopher Nolan at the hotel.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Zig is a MetaCompiler']);
  });
});
