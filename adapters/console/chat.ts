import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answer } from '../../src/answer.ts';
import { PAGE_SIZE } from '../../src/bot.ts';
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

/**
 * The terminal chat. The only state is the last list shown, so "more" and "2" work as they do
 * with buttons on the chat platforms.
 */
export async function chat(asker: Asker, io: ChatIo): Promise<void> {
  const lines = createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
    historySize: 200,
    prompt: 'qcon> ',
  });
  let last: Answer | undefined;
  const reply = async (line: string) => {
    const { answer, text } = await respond(asker, line, last);
    if (answer?.kind === 'talks') last = answer;
    io.output.write(`${text}\n${io.interactive ? '\n' : ''}`);
  };
  if (io.interactive) {
    io.output.write(
      'qcon-bot: ask about the talks ("help" for what I understand, "quit" to leave).\n\n',
    );
    lines.prompt();
  }
  for await (const line of lines) {
    if (QUIT.has(line.trim().toLowerCase())) break;
    await reply(line);
    if (io.interactive) lines.prompt();
  }
  lines.close();
}

async function respond(
  asker: Asker,
  line: string,
  last: Answer | undefined,
): Promise<{ answer?: Answer; text: string }> {
  const ask = (text: string, page?: number) =>
    asker.ask(text, { surface: 'console', user: 'terminal', ...(page ? { page } : {}) });
  const word = line.trim().toLowerCase();
  if (last?.kind === 'talks') {
    const step = NEXT.has(word) ? 1 : PREVIOUS.has(word) ? -1 : 0;
    if (step !== 0) {
      const page = last.page + step;
      if (page < 1 || page > last.pageCount) {
        return { text: step > 0 ? 'That was the last page.' : 'That was the first page.' };
      }
      const answer = await ask(last.query, page);
      return { answer, text: renderText(answer) };
    }
    const number = /^\d{1,3}$/.test(word) ? Number(word) : 0;
    const hit = last.hits[number - (last.page - 1) * PAGE_SIZE - 1] ?? last.hits[number - 1];
    if (number > 0 && hit) return { text: renderText(await ask(`talk ${hit.ref}`)) };
  } else if (NEXT.has(word) || PREVIOUS.has(word)) {
    return { text: 'Nothing to page through yet: ask a question first.' };
  }
  const answer = await ask(line);
  return { answer, text: renderText(answer) };
}
