import { createHmac, randomBytes } from 'node:crypto';
import type { Answer } from './answer.ts';
import { type Bot, PAGE_SIZE } from './bot.ts';
import { CachedAsker } from './cached-asker.ts';
import type { PoolOptions } from './content/parse-parallel.ts';
import { ContentLoader, warmBot } from './content-loader.ts';
import { ContentWatcher } from './content-watcher.ts';
import {
  type ConversationStore,
  conversationKey,
  MemoryConversations,
  remembered,
} from './conversation.ts';
import { followUp, noted } from './follow-up-answers.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import { type ContentProblem, formatProblem, isError } from './model.ts';
import { parseRequest } from './query/parse-request.ts';
import type { QuestionLimiter } from './rate-limit.ts';
import type { Completion } from './search/completions.ts';
import type { Asker, AskOptions } from './surface.ts';
import { truncate } from './text.ts';

/** Content problems of one file written to the log at each load; `qcon check` shows them all. */
const LOGGED_PER_FILE = 20;

export interface LiveBotOptions {
  contentDir: string;
  cacheDir?: string;
  logger: Logger;
  metrics: Metrics;
  limiter?: QuestionLimiter;
  /** Quiet time after the last file event before reloading: editors write in bursts. */
  debounceMs?: number;
  /** How often the watcher checks the folder itself (deleted, replaced) and symlink targets. */
  pollMs?: number;
  /** Parse workers' limits (tests make them small). */
  pool?: PoolOptions;
  maxFileBytes?: number;
  /** Each conversation's last answer, for follow-ups; this process's memory when absent. */
  conversations?: ConversationStore;
}

/**
 * The bot the surfaces talk to while the process runs: answers with the current index, logs and
 * counts each question, applies the rate limit, and swaps in a new index when the notes change.
 * The new index is parsed and built off this thread (see `ContentLoader`: only the edited files
 * are parsed again) and a swap replaces one reference, so a question being answered finishes on
 * the index it started with. A file broken by an edit keeps serving its last good talks, and
 * content that cannot be read at all (the folder gone) keeps the last good index; both say what
 * is wrong.
 */
export class LiveBot implements Asker {
  private current: Bot;
  /** Recent answers of the current bot; replaced with it, so nothing is answered from old notes. */
  private readonly cache: CachedAsker;
  private loadedAt = new Date();
  private watcher: ContentWatcher | undefined;
  private readonly loader: ContentLoader;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<boolean> | undefined;
  private reloadAgain = false;
  private closed = false;
  private readonly salt = randomBytes(16);
  private readonly conversations: ConversationStore;
  /**
   * Settles once the first bot has built ahead what its first questions would (a benchmark of a
   * running bot measures from here: the first question of a process reads its tables once).
   */
  readonly warmed: Promise<void>;

  constructor(
    bot: Bot,
    private readonly options: LiveBotOptions,
  ) {
    this.current = bot;
    this.cache = new CachedAsker(bot);
    this.conversations = options.conversations ?? new MemoryConversations();
    this.loader = new ContentLoader({
      dir: options.contentDir,
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
      ...(options.pool ? { pool: options.pool } : {}),
      ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
      keepLastGood: true,
    });
    options.metrics.talks.set(bot.library.talks.length);
    // The first bot came from a one-off load (or a snapshot), which builds nothing ahead.
    this.warmed = warmBot(bot);
  }

  get bot(): Bot {
    return this.current;
  }

  get status() {
    return {
      events: this.current.library.events.length,
      talks: this.current.library.talks.length,
      loadedAt: this.loadedAt.toISOString(),
    };
  }

  async ask(text: string, options: AskOptions = {}): Promise<Answer> {
    const surface = options.surface ?? 'unknown';
    // The terminal is the operator's own: nobody else types there, and a script that pipes
    // questions into `qcon chat` or `npm start` is not slowed down.
    if (this.options.limiter && options.user && surface !== 'console') {
      const wait = await this.options.limiter.take(surface, options.user);
      if (wait !== undefined) {
        this.options.metrics.rateLimited.inc({ surface });
        this.options.logger.info({ surface, user: this.hash(options.user), wait }, 'rate limited');
        return {
          kind: 'error',
          reason: 'rate-limited',
          audience: 'asker',
          message: `Slow down a little: you can ask again in ${wait} second${wait === 1 ? '' : 's'}.`,
        };
      }
    }
    const question = options.prepare ? options.prepare(text) : text;
    const places = typeof options.place === 'string' ? [options.place] : (options.place ?? []);
    const { user } = options;
    if (!user || places.length === 0) return this.answer(question, options);
    const keys = places.map((place) => conversationKey(surface, place, user));
    return this.converse(question, keys, options);
  }

  /**
   * A question in a conversation: a follow-up ("who gave it?", "what about day 2") is read
   * against the asker's last answer there and asked as the question it stands for; the answer
   * is remembered for the next one. A store that fails reads as no earlier answer.
   */
  private async converse(
    question: string,
    [key, ...more]: string[],
    options: AskOptions,
  ): Promise<Answer> {
    if (!key) return this.answer(question, options);
    const conversation = await this.conversations.get(key).catch(() => undefined);
    // The question as typed, where a reading of it needs it, is answered through the cache:
    // answered as itself after all, it is not worked out twice.
    const followed = followUp(this.current, question, conversation, PAGE_SIZE, (asked) =>
      this.cache.ask(asked),
    );
    const asked = followed
      ? this.answer(followed.text, {
          ...options,
          ...(followed.page ? { page: followed.page } : {}),
        })
      : this.answer(question, options);
    const answer = followed ? noted(asked, followed) : asked;
    const next = remembered(answer, conversation);
    if (next)
      await Promise.all(
        [key, ...more].map((k) => this.conversations.set(k, next).catch(() => undefined)),
      );
    return answer;
  }

  /** Answer, log once and count: the synchronous heart of `ask`. */
  answer(text: string, options: AskOptions = {}): Answer {
    const surface = options.surface ?? 'unknown';
    const started = performance.now();
    const answer = this.cache.ask(text, options.page ? { page: options.page } : {});
    const seconds = (performance.now() - started) / 1000;
    const { metrics, logger } = this.options;
    metrics.questions.inc({ surface, kind: answer.kind });
    metrics.latency.observe({ surface }, seconds);
    const line = {
      surface,
      request: parseRequest(text).kind,
      answer: answer.kind,
      hits: answer.kind === 'talks' ? answer.total : answer.kind === 'talk' ? 1 : 0,
      ms: Math.round(seconds * 10_000) / 10,
      ...(options.user ? { user: this.hash(options.user) } : {}),
    };
    if (answer.kind === 'none') {
      metrics.noHit.inc({ surface });
      logger.info({ ...line, question: truncate(text, 120) }, 'question with no hit');
    } else {
      logger.info(line, 'question');
    }
    return answer;
  }

  complete(typed: string, limit?: number): Completion[] {
    return this.current.complete(typed, limit);
  }

  /** Re-read the notes; swap when they are good, keep the last good index when not. */
  reload(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = this.load().finally(() => {
      this.reloading = undefined;
      if (this.reloadAgain) {
        this.reloadAgain = false;
        void this.reload();
      }
    });
    return this.reloading;
  }

  private async load(): Promise<boolean> {
    const { logger, metrics } = this.options;
    const started = performance.now();
    try {
      const loaded = await this.loader.load();
      this.report(loaded.problems);
      if (!loaded.bot) {
        metrics.reloads.inc({ result: 'failed' });
        logger.error(
          `content not reloaded: ${loaded.problems.length} problem(s); still answering from the last good notes`,
        );
        return false;
      }
      this.current = loaded.bot;
      this.cache.replace(loaded.bot);
      this.loadedAt = new Date();
      metrics.reloads.inc({ result: 'ok' });
      metrics.talks.set(loaded.library.talks.length);
      const { stats, timings } = loaded;
      logger.info(
        {
          talks: loaded.library.talks.length,
          events: loaded.library.events.length,
          ms: Math.round(performance.now() - started),
          ...(stats
            ? {
                parsed: stats.parsed,
                cached: stats.fromMemory + stats.fromDisk,
                failed: stats.failed,
              }
            : {}),
          readMs: Math.round(timings.readMs),
          parseMs: Math.round(timings.parseMs ?? 0),
          buildMs: Math.round(timings.buildMs ?? 0),
          decodeMs: Math.round(timings.snapshotMs ?? 0),
        },
        'content reloaded',
      );
      return true;
    } catch (error) {
      metrics.reloads.inc({ result: 'failed' });
      logger.error(
        { err: error },
        'content reload failed; still answering from the last good notes',
      );
      return false;
    }
  }

  /**
   * Each problem on a line of its own, up to `LOGGED_PER_FILE` of a file, then one line saying
   * how many more: a post of 30,000 repeated headings would otherwise write 30,000 lines on the
   * answering thread (a stall of ~150 ms) and bury the rest of the log. `qcon check` lists all.
   */
  private report(problems: ContentProblem[]): void {
    const { logger } = this.options;
    const logged = new Map<string, number>();
    for (const problem of problems) {
      const count = (logged.get(problem.file) ?? 0) + 1;
      logged.set(problem.file, count);
      if (count > LOGGED_PER_FILE) continue;
      if (isError(problem)) logger.error({ problem: formatProblem(problem) }, 'content problem');
      else logger.warn({ problem: formatProblem(problem) }, 'content warning');
    }
    for (const [file, count] of logged)
      if (count > LOGGED_PER_FILE)
        logger.warn(
          { file, more: count - LOGGED_PER_FILE },
          `${count - LOGGED_PER_FILE} more content problems in ${file}: \`qcon check\` lists them all`,
        );
  }

  /**
   * Reload when a file in the content folder is added, changed or removed, when a symlinked
   * file's target changes, and when the folder is deleted and created again (see ContentWatcher).
   */
  watch(): void {
    if (this.watcher) return;
    const debounce = this.options.debounceMs ?? 250;
    this.watcher = new ContentWatcher(
      this.options.contentDir,
      () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.reload(), debounce);
      },
      {
        ...(this.options.pollMs ? { pollMs: this.options.pollMs } : {}),
        onError: (error) =>
          this.options.logger.error({ err: error }, 'cannot watch the content folder'),
      },
    );
    this.watcher.start();
    // In the background: the first edit then costs one file's parse, as every later one does.
    void this.loader.prime();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
    await this.reloading;
    await this.loader.close();
  }

  /** A keyed hash: stable within this process (to follow one user's questions), useless outside it. */
  private hash(user: string): string {
    return createHmac('sha256', this.salt).update(user).digest('hex').slice(0, 12);
  }
}
