import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Answer } from './answer.ts';
import { Bot } from './bot.ts';
import type { Config } from './config.ts';
import { loadCoreConfig } from './core-config.ts';
import { type LoadedBot, loadBot } from './load-bot.ts';
import { formatProblem, isError } from './model.ts';
import type { Asker, SurfaceFactory } from './surface.ts';

/** What the command line needs from the adapters; the entry point in adapters/ supplies it. */
export interface CliAdapters {
  renderText(answer: Answer): string;
  chat(
    asker: Asker,
    io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean },
  ): Promise<void>;
  /** A function to import the platform adapters only when `start` needs them. */
  surfaces: SurfaceFactory[] | (() => Promise<SurfaceFactory[]>);
}

export const USAGE = `qcon — ask about conference talks from Markdown notes

Usage:
  qcon [start]             every surface configured in the environment; with none, the terminal chat
  qcon chat                the terminal chat
  qcon ask [--json] TEXT   one answer (--json: the Answer as JSON)
  qcon ask --json          one JSON Answer per line of standard input (JSON Lines)
  qcon talks [--json]      every parsed talk
  qcon check               validate the content; exit 1 naming file and line of each problem

Options:
  --content DIR            notes folder (default: CONTENT_DIR, else the bundled content/)
  -h, --help               this help`;

/** Runs one command and returns the exit code: 0 fine, 1 bad content or input, 2 bad configuration. */
export async function runCli(argv: string[], adapters: CliAdapters): Promise<number> {
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
  // zod and the platform variables only for `start`: the other commands answer from content.
  const loaded =
    command === 'start'
      ? (await import('./config.ts')).loadConfig(process.env)
      : loadCoreConfig(process.env);
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
  if (content.problems.length > 0)
    process.stderr.write(`${content.problems.map(formatProblem).join('\n')}\n`);
  // `check` fails on any error; the other commands serve every talk that could be read.
  const errors = content.problems.filter(isError).length;
  if ((command === 'check' && errors > 0) || !content.bot) {
    process.stderr.write(
      `qcon: ${plural(errors, 'problem')} in ${config.contentDir}; fix ${errors === 1 ? 'it' : 'them'} and try again.\n`,
    );
    return 1;
  }
  const bot = content.bot ?? new Bot(content.library);

  switch (command) {
    case 'check':
      return check(content);
    case 'talks':
      return talks(content, args.values.json === true);
    case 'ask':
      return ask(bot, words.join(' '), args.values.json === true, adapters);
    case 'chat':
      await adapters.chat(bot, chatIo());
      return 0;
    case 'start': {
      // The platforms, pino, prom-client and the rest load only for `start`, not for `ask`.
      const [{ serve }, { createLogger }] = await Promise.all([
        import('./serve.ts'),
        import('./log.ts'),
      ]);
      const factories =
        typeof adapters.surfaces === 'function' ? await adapters.surfaces() : adapters.surfaces;
      return serve({
        bot,
        content,
        config,
        logger: createLogger(config.logLevel),
        explicitLogLevel: Boolean(process.env.LOG_LEVEL),
        factories,
        chat: (asker) => adapters.chat(asker, chatIo()),
      });
    }
    default:
      process.stderr.write(`qcon: unknown command "${command}"\n\n${USAGE}\n`);
      return 1;
  }
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

function check(content: LoadedBot): number {
  for (const file of content.files) {
    const event = content.library.events.find((e) => e.id === file.event);
    process.stdout.write(
      `${file.file}: ${plural(file.talks, 'talk')}, ${plural(event?.topics.length ?? 0, 'topic')} (${event?.name})\n`,
    );
  }
  return 0;
}

function talks(content: LoadedBot, json: boolean): number {
  if (json) {
    process.stdout.write(`${JSON.stringify(content.library.talks, null, 2)}\n`);
    return 0;
  }
  for (const talk of content.library.talks) {
    const who = talk.speakers.map((s) => s.name ?? s.company).join(', ');
    process.stdout.write(
      `${talk.event}/${talk.id}\n  ${talk.title}${who ? ` — ${who}` : ''}${talk.topic ? ` [${talk.topic}]` : ''}\n`,
    );
  }
  return 0;
}

async function ask(bot: Bot, text: string, json: boolean, adapters: CliAdapters): Promise<number> {
  const print = (answer: Answer) =>
    process.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${adapters.renderText(answer)}\n`);
  if (text !== '' || process.stdin.isTTY) {
    print(bot.ask(text));
    return 0;
  }
  // JSON Lines: one Answer per input line, in order, written as each line arrives.
  for await (const line of createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    print(bot.ask(line));
  }
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
