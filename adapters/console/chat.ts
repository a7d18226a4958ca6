import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../src/answer.ts';
import type { Asker } from '../../src/surface.ts';
import { renderText } from './render-text.ts';

export interface ChatIo {
  input: Readable;
  output: Writable;
  /** A person at a terminal: prompt, history, line editing. Otherwise one answer per input line. */
  interactive: boolean;
}

const QUIT = new Set(['quit', 'exit', ':q', 'bye']);
const NEXT = new Set(['more', 'next', 'n']);
const PREVIOUS = new Set(['previous', 'prev', 'back', 'p']);
const PROMPT = 'qcon> ';

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
      const { answer, text } = await respond(asker, line, last);
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
): Promise<{ answer?: Answer; text: string }> {
  const ask = async (text: string, page?: number) => {
    const answer = await asker.ask(text, {
      surface: 'console',
      user: 'terminal',
      ...(page ? { page } : {}),
    });
    return { answer, text: renderText(answer, { chat: true }) };
  };
  const word = line.trim().toLowerCase();
  const step = NEXT.has(word) ? 1 : PREVIOUS.has(word) ? -1 : 0;
  if (step !== 0) {
    if (!last) return { text: 'Nothing to page through yet: ask a question first.' };
    const page = last.page + step;
    if (page < 1 || page > last.pageCount) {
      return { text: step > 0 ? 'That was the last page.' : 'That was the first page.' };
    }
    return ask(last.query, page);
  }
  if (/^#?\d{1,6}\.?$/.test(word)) {
    const number = Number(word.replace(/\D/g, ''));
    if (!last) {
      return {
        text: `There is no list to pick ${number} from yet: ask a question first, then type the number of a talk in its answer.`,
      };
    }
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
