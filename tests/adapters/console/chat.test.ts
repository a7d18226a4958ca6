import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { chat } from '../../../adapters/console/chat.ts';
import type { Bot } from '../../../src/bot.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { CONTENT_DIR, shippedBot } from '../../helpers.ts';

let bot: Bot;
beforeAll(async () => {
  bot = await shippedBot();
});

/** Pipes `lines` into the chat, as `printf … | qcon chat` does, and returns what it printed. */
async function piped(lines: string[], asked: string[] = []): Promise<string> {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => {
    printed += String(chunk);
  });
  const asker = {
    ask: (text: string, options?: { page?: number }) => {
      asked.push(options?.page ? `${text} @${options.page}` : text);
      return bot.ask(text, options);
    },
    complete: (typed: string) => bot.complete(typed),
  };
  await chat(asker, { input: Readable.from([lines.join('\n')]), output, interactive: false });
  return printed;
}

/** The answers of a piped session, each starting at its echoed question. */
function answers(printed: string): string[] {
  return printed.split(/^qcon> /m).filter(Boolean);
}

describe('terminal chat', () => {
  it('opens the seventh talk of a list with "7", though page 1 shows only five', async () => {
    const list = bot.ask('list');
    if (list.kind !== 'talks') throw new Error('list gave no talks');
    expect(list.hits.length).toBeLessThan(7);
    const seventh = bot.ask('list', { page: 2 });
    const title = seventh.kind === 'talks' ? seventh.hits[7 - seventh.first]?.title : undefined;
    expect(title).toBeDefined();
    const [, opened] = answers(await piped(['list', '7']));
    expect(opened?.split('\n')[0]).toBe('7');
    expect(opened?.split('\n')[1]).toBe(title);
  });

  it('opens a number on the page shown, numbered across pages after "more"', async () => {
    const asked: string[] = [];
    const [, page2, opened] = answers(await piped(['list', 'more', '6'], asked));
    expect(page2).toContain('Page 2 of');
    const six = bot.ask('list', { page: 2 });
    const title = six.kind === 'talks' ? six.hits[0]?.title : '';
    expect(page2).toContain(`6. ${title}`);
    expect(opened?.split('\n')[1]).toBe(title);
  });

  it('says there is no list for a number asked first, instead of searching for it', async () => {
    const asked: string[] = [];
    const [reply] = answers(await piped(['1'], asked));
    expect(reply).toContain('There is no list to pick 1 from yet');
    expect(asked).toEqual([]);
  });

  it('says which numbers the last list has when one is out of range', async () => {
    const [, reply] = answers(await piped(['microservices', '99']));
    expect(reply).toMatch(/Pick a number from 1 to 4: the last list has 4 talks/);
  });

  it('keeps the list after opening a talk, so "more" still pages it', async () => {
    const [, , more] = answers(await piped(['list', '2', 'more']));
    expect(more).toContain('Page 2 of');
  });

  it('pages with the words people type: "next page", "show me more", "go back", "page 2"', async () => {
    const asked: string[] = [];
    const replies = answers(
      await piped(['list', 'next page', 'go back', 'show me more.', 'page 2', 'page 9'], asked),
    );
    expect(replies.map((reply) => /Page (\d) of 2/.exec(reply)?.[1])).toEqual([
      '1',
      '2',
      '1',
      '2',
      '2',
      undefined,
    ]);
    expect(replies[5]).toContain('Pick a page from 1 to 2: the last list has 2 pages.');
    expect(asked).toEqual(['list', 'list @2', 'list @1', 'list @2', 'list @2']);
  });

  it('opens a talk named by its place in the list: "the second one", "open 3", "the last one"', async () => {
    const list = bot.ask('microservices');
    if (list.kind !== 'talks') throw new Error('microservices gave no talks');
    const titles = list.hits.map((hit) => hit.title);
    const lines = [
      'tell me more about the first one',
      'the second one',
      'open 3',
      'the last one',
      'the 2nd',
    ];
    const replies = answers(await piped(['microservices', ...lines]));
    expect(replies.slice(1).map((reply) => reply.split('\n')[1])).toEqual([
      titles[0],
      titles[1],
      titles[2],
      titles[titles.length - 1],
      titles[1],
    ]);
  });

  it('searches for an ordinal typed alone: "second" may be a word of the notes', async () => {
    const asked: string[] = [];
    await piped(['microservices', 'second'], asked);
    expect(asked).toEqual(['microservices', 'second']);
  });

  it('echoes each piped question before its answer, with a blank line between answers', async () => {
    const printed = await piped(['help', '', 'talk uber', 'quit', 'topics']);
    expect(printed.startsWith('qcon> help\n')).toBe(true);
    expect(printed).toContain('\n\nqcon> talk uber\nLessons learned on Ubers journey');
    // Blank lines are not questions, and nothing after "quit" is answered.
    expect(printed.match(/^qcon> /gm)).toHaveLength(2);
    expect(printed).not.toContain('Topics:');
  });

  it('answers "slides?" about the talk just opened with its links, and says how to open it again', async () => {
    // Follow-ups are read against what this session was shown: the running bot keeps that.
    const live = new LiveBot(bot, {
      contentDir: CONTENT_DIR,
      logger: createLogger('silent'),
      metrics: new Metrics(),
    });
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += String(chunk);
    });
    const lines = ['talk Container mgmt at Netflix', 'slides?', 'talk Container mgmt at Netflix'];
    await chat(live, { input: Readable.from([lines.join('\n')]), output, interactive: false });
    await live.close();
    const [opened, slides, again] = answers(printed);
    expect(opened).toContain('Image Layering');
    expect(slides).toMatch(/Slides: https:\/\/\S+schedulingfullerhouse_nflx\.pdf/);
    expect(slides).not.toContain('Image Layering');
    expect(slides).not.toContain('Related:');
    expect(slides).toContain('The whole talk: “talk Container mgmt at Netflix”');
    expect(again).toContain('Image Layering');
  });
});
