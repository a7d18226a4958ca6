import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Answer } from './answer.ts';
import type { Bot } from './bot.ts';
import type { Config } from './config.ts';
import { loadCoreConfig } from './core-config.ts';
import { type LoadedBot, loadBot } from './load-bot.ts';
import { formatProblem, isError, type Link, ratingText, type Speaker, talkRef } from './model.ts';
import type { Platform, SurfaceFactory } from './surface.ts';

/** What the command line needs from the adapters; the entry point in adapters/ supplies it. */
export interface CliAdapters {
  renderText(answer: Answer): string;
  /** The terminal chat as a surface reading `io`. */
  chat(io: { input: Readable; output: Writable; interactive: boolean }): SurfaceFactory;
  /** The chat platforms (their variables and surfaces), read only by `start`. */
  platforms: readonly Platform[] | (() => Promise<readonly Platform[]>);
}

export const USAGE = `qcon — ask about conference talks from Markdown notes

Usage:
  qcon [start]             every surface configured in the environment; with none, the terminal chat
  qcon chat                the terminal chat
  qcon ask [--json] TEXT   one answer (--json: the Answer as JSON)
  qcon ask --json          one JSON Answer per line of standard input (JSON Lines)
  qcon talks [--json]      every parsed talk, with what was understood of it
  qcon check               validate the content: every warning and error with file and line;
                           exit 1 only for errors

Options:
  --content DIR            notes folder (default: CONTENT_DIR, else the bundled content/)
  -h, --help               this help`;

/**
 * Runs one command and returns the exit code: 0 fine, 1 bad content or input, 2 bad
 * configuration, 3 a chat platform could not be reached.
 */
export async function runCli(argv: string[], adapters: CliAdapters): Promise<number> {
  // `qcon talks | head`: a reader that stops early is no error, and no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  const [command = 'start', ...words] = args.positionals;
  if (args.values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'start' || command === 'chat') return serveCommand(command, args, adapters);
  // zod and the platform variables only for the serving commands: these answer from content.
  const loaded = loadCoreConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(
      `qcon: the configuration has ${loaded.problems.length === 1 ? 'a problem' : 'problems'}:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.\n`,
    );
    return 2;
  }
  const config: Config = {
    ...loaded.config,
    contentDir: args.values.content ?? loaded.config.contentDir,
  };
  // `check` always parses; everything else may start from the snapshot cache.
  const content = await loadBot(
    config.contentDir,
    command === 'check' ? undefined : config.cacheDir,
  );
  // `check` lists every problem and fails on errors; the other commands serve every talk that
  // could be read, and stop only when none could.
  if (command === 'check') return check(content, config.contentDir);
  if (!content.bot) {
    const errors = content.problems.filter(isError).length;
    process.stderr.write(`${content.problems.map(formatProblem).join('\n')}\n`);
    process.stderr.write(
      `qcon: no talks could be read from ${config.contentDir}${errors > 0 ? `; fix the ${plural(errors, 'error')} above and try again` : ''}.\n`,
    );
    return 1;
  }
  const bot = content.bot;

  switch (command) {
    case 'talks':
      if (!args.values.json) printWarnings(content);
      return talks(content, args.values.json === true);
    case 'ask':
      return ask(bot, words.join(' '), args.values.json === true, adapters);
    default:
      process.stderr.write(`qcon: unknown command "${command}"\n\n${USAGE}\n`);
      return 1;
  }
}

/**
 * `start` (every configured platform, else the terminal chat) and `chat` (the terminal chat): one
 * start-up path and one serve, so both apply the rate limit, the answer cache, live reload and
 * HEALTH_PORT alike. zod, pino and the platform adapters load only here.
 */
async function serveCommand(
  command: 'start' | 'chat',
  args: ReturnType<typeof parse>,
  adapters: CliAdapters,
): Promise<number> {
  const [{ serve }, { startUp, configuredPlatforms }] = await Promise.all([
    import('./serve.ts'),
    import('./start-up.ts'),
  ]);
  const all =
    command === 'chat'
      ? []
      : typeof adapters.platforms === 'function'
        ? await adapters.platforms()
        : adapters.platforms;
  const started = await startUp(
    all,
    args.values.content ? { contentDir: args.values.content } : {},
  );
  if (typeof started === 'number') return started;
  const factories = await Promise.all(
    configuredPlatforms(started.config, all).map((platform) => platform.surface()),
  );
  return serve({
    ...started,
    explicitLogLevel: Boolean(process.env.LOG_LEVEL),
    factories,
    chat: adapters.chat(chatIo()),
  });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** One line per file, then every problem as file:line; exit 1 only when there is an error. */
function check(content: LoadedBot, dir: string): number {
  for (const file of content.files) {
    // A post about several conferences names each (see `conferences.ts`); a file of one talk
    // may be part of a folder's event (see `folder-readme.ts`).
    const events = content.library.events.filter(
      (e) => e.file === file.file || e.id === file.event,
    );
    const topics = events.reduce((sum, e) => sum + e.topics.length, 0);
    // A file not read as notes names no event: its warning below says why, not "()".
    const named = events.length > 0 ? ` (${events.map((e) => e.name).join(', ')})` : '';
    process.stdout.write(
      `${file.file}: ${plural(file.talks, 'talk')}, ${plural(topics, 'topic')}${named}\n`,
    );
  }
  const errors = content.problems.filter(isError).length;
  const warnings = content.problems.length - errors;
  if (content.problems.length === 0) return 0;
  process.stderr.write(`${content.problems.map(formatProblem).join('\n')}\n`);
  const counts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')]
    .filter(Boolean)
    .join(' and ');
  process.stderr.write(
    errors > 0
      ? `qcon: ${counts} in ${dir}; fix the errors and try again.\n`
      : `qcon: ${counts} in ${dir}; every talk that could be read is served.\n`,
  );
  return errors > 0 ? 1 : 0;
}

function printWarnings(content: LoadedBot): void {
  const warnings = content.problems.filter((p) => !isError(p));
  if (warnings.length > 0) process.stderr.write(`${warnings.map(formatProblem).join('\n')}\n`);
}

/** What the parser understood of each talk, so an author sees why a talk came out as it did. */
function talks(content: LoadedBot, json: boolean): number {
  if (json) {
    process.stdout.write(`${JSON.stringify(content.library.talks, null, 2)}\n`);
    return 0;
  }
  const blocks = content.library.talks.map((talk) => {
    const lines = [`${talkRef(talk)}  (${talk.source.file}:${talk.source.line})`];
    const field = (label: string, value: string | undefined) => {
      if (value) lines.push(`  ${`${label}:`.padEnd(10)}${value}`);
    };
    field('title', talk.title);
    field('official', talk.officialTitle);
    field('speakers', talk.speakers.map(speakerText).join(', ') || '(none found)');
    field('company', [...new Set(talk.speakers.map((s) => s.company).filter(Boolean))].join(', '));
    field('kind', talk.kind);
    field('topic', talk.topic);
    field('day', talk.day);
    field('date', talk.date);
    field('time', talk.time);
    field('part of the day', talk.part);
    field('track', talk.track);
    field('room', talk.room);
    field('rating', talk.rating && ratingText(talk.rating));
    field('links', linkKinds(talk.links) || '(none)');
    field('summary', talk.summary || '(no points to summarise)');
    // The same talk in another writer's notes, joined into this one.
    field('also in', talk.also?.map((place) => `${place.file}:${place.line}`).join(', '));
    return lines.join('\n');
  });
  process.stdout.write(`${blocks.join('\n\n')}\n`);
  return 0;
}

function speakerText(speaker: Speaker): string {
  if (!speaker.name) return `(${speaker.company ?? 'unknown'})`;
  return speaker.company ? `${speaker.name} (${speaker.company})` : speaker.name;
}

/** "description, slides, 3 see-also": the kinds the links were read as, in their order. */
function linkKinds(links: Link[]): string {
  const counts = new Map<string, number>();
  for (const link of links) counts.set(link.kind, (counts.get(link.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => (n === 1 ? kind : `${n} ${kind}`)).join(', ');
}

async function ask(bot: Bot, text: string, json: boolean, adapters: CliAdapters): Promise<number> {
  const print = (answer: Answer) =>
    process.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${adapters.renderText(answer)}\n`);
  if (text !== '' || process.stdin.isTTY) {
    print(bot.ask(text));
    return 0;
  }
  // JSON Lines: one Answer per input line, in order, written as each line arrives.
  let lines = 0;
  for await (const line of createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    print(bot.ask(line));
    lines++;
  }
  // `qcon ask ""` with nothing piped in: a blank question, which gets the help.
  if (lines === 0) print(bot.ask(''));
  return 0;
}

function chatIo() {
  return {
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
