import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { liveOver, notesBot } from './notes-folder.ts';

/**
 * Round Q24's gaps, questions typed into a chat as people type them, on invented notes loaded as
 * the bot loads them: "who spoke?" and "who gave the second one?" after a list, who organised an
 * event, which talk had the most speakers, a word the notes write joined to a short part
 * ("JavaEE", "PyTorch"), a name asked in full where the notes write its initials ("OOP"), a short word two letters
 * off a word of the notes ("squads", "square"), two subjects joined by "on" or "with" that no
 * talk has together.
 */

const FILES: Record<string, string> = {
  'harbourfest-2023.md': [
    '# HarbourFest 2023',
    '',
    '### Reviewing pull requests kindly by Ada Lind (Reviewly)',
    '',
    '- Code reviews are about the code, never the coder',
    '',
    '### Stores for Vue apps by Bo Rask (Storely)',
    '',
    '- VueX and the stores that come after it',
    '- [Slides](https://example.org/stores.pdf)',
    '',
    '### Vue without a build by Cy Moe (Buildless)',
    '',
    '- Modules straight from the browser',
    '',
  ].join('\n'),
  'quayside-2024.md': [
    '# Quayside 2024',
    '',
    '### The future of stores by Ida Berg, Jon Holt and Kai Lunde',
    '',
    '- A panel on state, caches and what comes after them',
    '',
    '### Pairing on CSS by Di Fenn and Eli Storm',
    '',
    '- Two people, one stylesheet, no fights',
    '',
    '### Shipping alone by Fay Holm',
    '',
    '- A one-person product team',
    '',
  ].join('\n'),
  'pierfest-2021.md': [
    '# PierFest 2021',
    '',
    '### Clusters at scale by Mo Berg',
    '',
    '- Kubernetes upgrades every quarter',
    '',
    '### Operators by Ned Falk',
    '',
    '- Kubernetes operators for databases',
    '',
    '### Notebooks in production by Ola Rud',
    '',
    '- Python notebooks turned into jobs',
    '',
    '### Jobs that last by Pia Sund',
    '',
    '- Python jobs with retries',
    '',
  ].join('\n'),
  'dockside-2022.md': [
    '# Dockside 2022',
    '',
    '### Old servers, new tricks by Gil Moss',
    '',
    '- Moving JavaEE apps off the application server',
    '',
    '### Serving models by Hal Reed',
    '',
    '- PyTorch models behind a queue, batched inference',
    '',
    '### Classes everywhere by Jo Park',
    '',
    '- OOP in a functional codebase: where classes still help',
    '',
    '### Thumbnails by Lou Dahl',
    '',
    '- Square crops load first, the rest later',
    '- Reactive loading of what scrolls into view',
    '',
    '### Browsers today by Ivy Ness',
    '',
    '- JavaScript bundles keep growing',
    '',
  ].join('\n'),
};

let bot: Bot;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ bot, remove } = await notesBot(FILES, 'gaps-q24'));
});
afterAll(() => remove());

const alice = { surface: 'slack', place: 'C1', user: 'U-alice' };
const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [answer.kind];

describe('"who spoke?" after a list', () => {
  it('lists the speakers of the talks just listed, in English and German, not every talk', async () => {
    const chat = liveOver(bot);
    for (const asked of ['who spoke?', 'and who presented?', 'wer war das?']) {
      const list = await chat.ask('vue', alice);
      expect(titles(list)).toHaveLength(2);
      const answer = await chat.ask(asked, alice);
      expect(answer, asked).toMatchObject({ kind: 'talks', focus: 'speakers' });
      expect(titles(answer).sort(), asked).toEqual(titles(list).sort());
    }
    await chat.close();
  });

  it('gives the speaker of the one talk just listed', async () => {
    const chat = liveOver(bot);
    await chat.ask('code reviews', alice);
    const answer = await chat.ask('who was it?', alice);
    expect(answer).toMatchObject({ kind: 'talk', focus: 'speakers' });
    expect(answer.kind === 'talk' && answer.talk.speakers[0]?.name).toBe('Ada Lind');
    await chat.close();
  });

  it('reads "who gave the second one?" and "slides for the 2nd one" as that talk of the list', async () => {
    const chat = liveOver(bot);
    const list = await chat.ask('vue', alice);
    const second = titles(list)[1];
    const who = await chat.ask('who gave the second one?', alice);
    expect(who).toMatchObject({ kind: 'talk', focus: 'speakers' });
    expect(who.kind === 'talk' && who.talk.title).toBe(second);
    await chat.ask('vue', alice);
    const slides = await chat.ask('slides for the 2nd one', alice);
    expect(slides).toMatchObject({ kind: 'talk', focus: 'slides' });
    expect(slides.kind === 'talk' && slides.talk.title).toBe(second);
    await chat.close();
  });

  it('keeps "who" with a subject a question of its own', async () => {
    const chat = liveOver(bot);
    await chat.ask('vue', alice);
    expect(titles(await chat.ask('who talked about code reviews?', alice))).toEqual([
      'Reviewing pull requests kindly',
    ]);
    await chat.close();
  });
});

describe('who organised an event', () => {
  it('says the notes do not tell, never a search for “organizer”', () => {
    for (const asked of [
      'who organised harbourfest',
      'who organized HarbourFest 2023?',
      'organisers of harbourfest',
      "who's behind harbourfest",
    ]) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'none', unknown: 'organisers' });
    }
  });

  it('keeps who ran a session a question of its speaker', () => {
    const answer = bot.ask('who ran the code reviews session');
    expect(answer).not.toMatchObject({ scope: { unknown: 'organisers' } });
    expect(titles(answer)).toEqual(['Reviewing pull requests kindly']);
  });
});

describe('which talk had the most speakers', () => {
  it('lists the talks of several speakers, the most first, not every talk', () => {
    for (const asked of ['which talk had the most speakers', 'talk with most speakers']) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks', focus: 'speakers' });
      expect(titles(answer), asked).toEqual(['The future of stores', 'Pairing on CSS']);
    }
  });

  it('counts within an event named', () => {
    expect(titles(bot.ask('which talk had the most speakers at harbourfest'))).toEqual(['none']);
    expect(titles(bot.ask('which talk had the most speakers at quayside'))[0]).toBe(
      'The future of stores',
    );
  });
});

describe('a word the notes write joined to a short part', () => {
  it('finds "JavaEE" for java and "PyTorch" for torch, never JavaScript for java', () => {
    expect(titles(bot.ask('is java mentioned anywhere'))).toEqual(['Old servers, new tricks']);
    expect(titles(bot.ask('torch inference'))).toEqual(['Serving models']);
    expect(bot.ask('torch')).toMatchObject({ kind: 'talks', scope: { kind: 'search' } });
    expect(bot.ask('torch')).not.toMatchObject({ scope: { unmatched: ['torch'] } });
  });

  it('keeps other forms of a word no name: "test" does not find what only says "tester"', () => {
    expect(titles(bot.ask('script'))).toEqual(['none']);
  });
});

describe('a name asked in full where the notes write only its initials', () => {
  it('finds the talk that says OOP for "object oriented programming"', () => {
    expect(titles(bot.ask('object oriented programming'))).toEqual(['Classes everywhere']);
    expect(titles(bot.ask('any talks on object oriented programming?'))).toEqual([
      'Classes everywhere',
    ]);
  });

  it('says it read the words as the initials, which may be a chance', () => {
    const answer = bot.ask('object oriented programming');
    expect(answer).toMatchObject({
      kind: 'talks',
      scope: { words: 'OOP', correctedFrom: 'object oriented programming' },
    });
  });
});

describe('a short word two letters off a word of the notes', () => {
  it('is no slip of it: "squads" finds no talk about squares', () => {
    expect(titles(bot.ask('the talk about squads'))).toEqual(['none']);
    expect(titles(bot.ask('square crops'))).toEqual(['Thumbnails']);
  });

  it('still corrects one slip, and two in a longer word: "thumbnials", "sqaure", "réactif"', () => {
    expect(titles(bot.ask('quels talks parlaient de réactif ?'))).toEqual(['Thumbnails']);
    expect(titles(bot.ask('thumbnials'))).toEqual(['Thumbnails']);
    expect(titles(bot.ask('sqaure crops'))).toEqual(['Thumbnails']);
  });
});

describe('two subjects joined by "on" or "with" that no talk has together', () => {
  it('lists the talks of either, saying so', () => {
    for (const asked of [
      'python on kubernetes',
      'kubernetes with python',
      'python in kubernetes?',
    ]) {
      const answer = bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks', scope: { either: expect.any(Array) } });
      expect(titles(answer), asked).toContain('Clusters at scale');
      expect(titles(answer), asked).toContain('Jobs that last');
    }
  });

  it('keeps two words side by side one subject', () => {
    expect(bot.ask('python kubernetes')).toMatchObject({ kind: 'none' });
  });
});
