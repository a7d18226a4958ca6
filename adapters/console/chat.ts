import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../src/answer.ts';
import { ORDINALS, pickedPlace } from '../../src/query/list-picks.ts';
import type { Asker } from '../../src/surface.ts';
import { renderText } from './render-text.ts';

export interface ChatIo {
  input: Readable;
  output: Writable;
  /** A person at a terminal: prompt, history, line editing. Otherwise one answer per input line. */
  interactive: boolean;
}

const QUIT = new Set(['quit', 'exit', ':q', 'bye']);
const PROMPT = 'qcon> ';

/** "more", "next page", "show me more please", "n": the next page of the last list. */
const NEXT =
  /^(?:n|(?:(?:show|give)\s+(?:me\s+)?)?(?:the\s+)?(?:next|more)(?:\s+(?:page|one|ones|results?|talks?|please))*)$/;
/** "previous", "go back", "previous page", "p": the page before. */
const PREVIOUS = /^(?:p|(?:go\s+)?(?:the\s+)?(?:previous|prev|back)(?:\s+(?:page|one|please))*)$/;
/** "page 3", "go to page 3". */
const PAGE = /^(?:(?:go\s+to|show(?:\s+me)?)\s+)?page\s+(\d{1,4})$/;
const ITEM = `(\\d{1,6}(?:st|nd|rd|th)?|${ORDINALS.join('|')}|last)`;
/**
 * "7", "#7", "open 7", "the third one", "tell me more about the 2nd", "talk 3": an item of the
 * last list. A lone ordinal ("second") is a word to search; with "the", "one" or a verb it is an item.
 */
const PICK = new RegExp(
  `^(?:(?:please\\s+)?(open|show(?:\\s+me)?|tell\\s+me\\s+(?:more\\s+)?about|more\\s+(?:about|on)|details?\\s+(?:on|of|for|about)|expand|read|view|see|pick|select|choose|go\\s+to)\\s+)?(the\\s+)?(?:(talk|item|number|no\\.?|#)\\s*)?${ITEM}(\\s+(?:one|talk|item))?(?:\\s+please)?$`,
);

/** The item of the last list a line picks: its number, "last", or nothing. */
function picked(word: string): number | 'last' | undefined {
  const match = PICK.exec(word);
  const item = match?.[4];
  // "and the 2nd?", "y el segundo?", "et le deuxième ?": as the core reads a pick in a chat.
  if (!match || !item) {
    const place = pickedPlace(word);
    return place === 0 ? 'last' : place;
  }
  const digits = /^\d+/.exec(item)?.[0];
  // "second" alone is a word; "the second", "second one", "open second" pick.
  if (!digits && !match[1] && !match[2] && !match[3] && !match[5]) return undefined;
  // "talk 3": the core reads "talk" + words as a title; only "talk #3" or "talk 3" of a list.
  if (match[3] === 'talk' && !digits) return undefined;
  if (digits) return Number(digits);
  return item === 'last' ? 'last' : ORDINALS.indexOf(item) + 1;
}

type TalkList = Extract<Answer, { kind: 'talks' }>;

/**
 * The last list of talks shown: what "more" pages and a number picks from (any of its pages).
 * The chat's only state, as buttons are on the chat platforms.
 */
type Last = TalkList | undefined;

/**
 * The terminal chat. At a terminal it prompts; piped, it echoes each question before its answer
 * and leaves a blank line between answers, so a transcript reads like the session it replays.
 */
export async function chat(asker: Asker, io: ChatIo): Promise<void> {
  const lines = createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
    historySize: 200,
    prompt: PROMPT,
  });
  // Ctrl-C leaves the chat, as in any shell; readline would otherwise only pause the input.
  lines.on('SIGINT', () => lines.close());
  let last: Last;
  let answered = 0;
  // This session: what a follow-up ("who gave it?", "what about day 2") is read against.
  const place = `session-${randomUUID()}`;
  if (io.interactive) {
    io.output.write(
      'qcon-bot: ask about the talks ("help" for what I understand, "quit" to leave).\n\n',
    );
    lines.prompt();
  }
  for await (const line of lines) {
    const word = line.trim().toLowerCase();
    if (QUIT.has(word)) break;
    if (word !== '') {
      if (!io.interactive) io.output.write(`${answered > 0 ? '\n' : ''}${PROMPT}${line.trim()}\n`);
      const { answer, text } = await respond(asker, line, last, place);
      last = remember(answer, last);
      io.output.write(`${text}\n${io.interactive ? '\n' : ''}`);
      answered += 1;
    }
    if (io.interactive) lines.prompt();
  }
  lines.close();
}

/** A new list replaces the last one; a talk or help leaves it, so "7" still means the seventh talk. */
function remember(answer: Answer | undefined, last: Last): Last {
  return answer?.kind === 'talks' ? answer : last;
}

export async function respond(
  asker: Asker,
  line: string,
  last: Last,
  place?: string,
): Promise<{ answer?: Answer; text: string }> {
  const ask = async (text: string, page?: number) => {
    const answer = await asker.ask(text, {
      surface: 'console',
      user: 'terminal',
      ...(place ? { place } : {}),
      ...(page ? { page } : {}),
    });
    return { answer, text: renderText(answer, { chat: true }) };
  };
  const word = line
    .trim()
    .toLowerCase()
    .replace(/[\s.!?]+$/, '')
    .replace(/\s+/g, ' ');
  const step = NEXT.test(word) ? 1 : PREVIOUS.test(word) ? -1 : 0;
  const to = PAGE.exec(word)?.[1];
  if (step !== 0 || to) {
    if (!last) return { text: 'Nothing to page through yet: ask a question first.' };
    const page = to ? Number(to) : last.page + step;
    if (to && (page < 1 || page > last.pageCount)) {
      return {
        text: `Pick a page from 1 to ${last.pageCount}: the last list has ${last.pageCount === 1 ? 'one page' : `${last.pageCount} pages`}.`,
      };
    }
    if (page < 1 || page > last.pageCount) {
      return { text: step > 0 ? 'That was the last page.' : 'That was the first page.' };
    }
    return ask(last.query, page);
  }
  const item = picked(word);
  if (item !== undefined) {
    if (!last) {
      return {
        text: `There is no list to pick ${item === 'last' ? 'the last talk' : item} from yet: ask a question first, then type the number of a talk in its answer.`,
      };
    }
    const number = item === 'last' ? last.total : item;
    const question = await pick(last, number, asker);
    if (typeof question !== 'string') return { text: question.problem };
    return ask(question);
  }
  return ask(line);
}

/** The question that opens item `number` of the last list, fetching its page when needed. */
async function pick(
  list: TalkList,
  number: number,
  asker: Asker,
): Promise<string | { problem: string }> {
  if (number < 1 || number > list.total) {
    return {
      problem:
        list.total === 0
          ? 'The last list was empty: there is nothing to open.'
          : `Pick a number from 1 to ${list.total}: the last list has ${list.total === 1 ? '1 talk' : `${list.total} talks`}.`,
    };
  }
  const onPage = list.hits[number - list.first];
  if (onPage) return `talk ${onPage.ref}`;
  // Another page: its size is what a full page holds (page 1 of several is full).
  const size = list.page > 1 ? (list.first - 1) / (list.page - 1) : list.hits.length;
  const page = Math.ceil(number / Math.max(1, size));
  const other = await asker.ask(list.query, { surface: 'console', user: 'terminal', page });
  const hit = other.kind === 'talks' ? other.hits[number - other.first] : undefined;
  if (hit) return `talk ${hit.ref}`;
  return { problem: `Talk ${number} is no longer in that list: ask again to see it as it is now.` };
}
