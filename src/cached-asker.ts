import { LRUCache } from 'lru-cache';
import type { Answer } from './answer.ts';
import type { Completion } from './search/completions.ts';

/** What is cached: a bot that answers at once (the core's Bot). */
export interface SyncAsker {
  ask(text: string, options?: { page?: number }): Answer;
  complete(typed: string, limit?: number): Completion[];
}

/** Longer questions are answered but not kept: they are rarely asked twice. */
const MAX_KEY = 500;

/**
 * An Asker that keeps the answers to recent questions, for the questions a channel asks again
 * (a shared link, a paging button pressed twice). Answers are shared between callers, which is
 * safe because renderers never change an Answer. `replace` swaps in the bot of reloaded content
 * and forgets every answer, so nothing is ever answered from old content. Autocomplete is not
 * kept: it is already a binary search.
 */
export class CachedAsker implements SyncAsker {
  private readonly answers: LRUCache<string, Answer>;

  constructor(
    private asker: SyncAsker,
    options: { max?: number } = {},
  ) {
    this.answers = new LRUCache({ max: options.max ?? 500 });
  }

  ask(text: string, options: { page?: number } = {}): Answer {
    if (text.length > MAX_KEY) return this.asker.ask(text, options);
    const key = `${options.page ?? ''}\u0000${text}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.asker.ask(text, options);
      this.answers.set(key, answer);
    }
    return answer;
  }

  complete(typed: string, limit?: number): Completion[] {
    return this.asker.complete(typed, limit);
  }

  /** The content was reloaded: answer from its bot from now on, nothing from the old one. */
  replace(asker: SyncAsker): void {
    this.asker = asker;
    this.answers.clear();
  }
}
