import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessage } from '../../../adapters/discord/render-embeds.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { Metrics } from '../../../src/metrics.ts';
import { talkRef } from '../../../src/model.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord, type RecordedRequest } from '../../fakes/discord/fake-discord.ts';
import {
  autocompletePayload,
  BOT_USER,
  CHANNEL_ID,
  commandPayload,
  componentPayload,
  messagePayload,
  postedMessage,
} from '../../fakes/discord/payloads.ts';
import { hostileNotes, hostileQuestions, LIVE_DISCORD_TOKEN, seeded } from '../hostile-input.ts';
import { botOnDisk } from '../notes-bot.ts';
import { callbackOf, type memoryLog, replyTo, startSurface, TOKEN } from './harness.ts';
import { expectWithinLimits } from './limits-check.ts';

/**
 * Property test: for each seed, two notes posts of hostile talks in a temporary content folder,
 * the live bot over them, and the real discord.js client against the fake Discord; seeded hostile
 * questions as mentions, as /qcon (public and private) and as autocomplete, then a click on every
 * kind of component the answers offer. Every message that reaches Discord must be one Discord
 * takes, ping no one, and nothing may log an error.
 */
const SEEDS = [11, 22, 37, 44, 59, 66];
const QUESTIONS = 30;
/** How long an answer may take to come (the test fails saying which did not). */
const ANSWER_MS = 120_000;

type Body = Record<string, unknown> & { content?: string; embeds?: []; components?: [] };

const sentOf = (body: Body): DiscordMessage => ({
  content: String(body.content ?? ''),
  embeds: body.embeds ?? [],
  components: body.components ?? [],
});

/** What Discord reads Markdown and tokens in: content and embed texts (footers show text as written). */
function readable(message: DiscordMessage): string[] {
  const texts = [
    // Share names who shared, by a mention allowed_mentions keeps silent: ours, not the text's.
    message.content.replace(/^<@\d+> shared this\n?/, ''),
    ...message.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
  // A code span shows its text as written (help's examples): nothing in it is a token.
  return texts.map((text) => text.replace(/``[^`]*``|`[^`\n]*`/g, ''));
}

/** JSON writes a surrogate pair as its character, and half of one as `\ud83d`. */
const LONE_ESCAPE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/i;

/** What must hold of every message the bot sends; the failures, said. */
function problemsOf(body: Body, what: string): string[] {
  const found: string[] = [];
  const allowed = body.allowed_mentions as
    | { parse?: unknown[]; replied_user?: boolean }
    | undefined;
  if (JSON.stringify(allowed) !== JSON.stringify({ parse: [], replied_user: false }))
    found.push(`${what}: allowed_mentions ${JSON.stringify(allowed)}`);
  const message = sentOf(body);
  if (message.content === '' && message.embeds.length === 0) found.push(`${what}: empty`);
  for (const text of readable(message)) {
    const live = LIVE_DISCORD_TOKEN.exec(text);
    if (live)
      found.push(`${what}: live ${JSON.stringify(text.slice(live.index, live.index + 30))}`);
  }
  // Anywhere (footers, custom_ids, labels, choices): half a surrogate pair goes out as `\ud83d`.
  if (LONE_ESCAPE.test(JSON.stringify(body))) found.push(`${what}: lone surrogate`);
  try {
    expectWithinLimits(message);
  } catch (error) {
    found.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
  }
  return found;
}

describe.each(SEEDS)('Discord property, seed %i: hostile notes and questions', (seed) => {
  let fake: FakeDiscord;
  let surface: Surface;
  let log: ReturnType<typeof memoryLog>;
  let live: LiveBot;
  let remove: () => Promise<void>;
  /** Every talk in full, by its reference: the longest notes and most links there are. */
  let talkQuestions: string[];
  const random = seeded(seed);
  /** Ends the waits for answers still running when the test is over. */
  const giveUp = new AbortController();

  beforeAll(async () => {
    // Two posts, or a dozen (more events and topics than a message or a menu shows).
    const files = seed % 2 === 0 ? 12 : 2;
    const names = ['Alpha', 'Beta', ...Array.from({ length: files - 2 }, (_, i) => `Gamma${i}`)];
    const notes = await botOnDisk(
      Object.fromEntries(
        names.map((name) => [`${name.toLowerCase()}.md`, hostileNotes(random, name)]),
      ),
    );
    remove = notes.remove;
    talkQuestions = notes.library.talks.map((t) => `talk ${talkRef(t)}`);
    live = new LiveBot(notes.bot, {
      contentDir: notes.dir,
      logger: pino({ level: 'silent' }),
      metrics: new Metrics(),
    });
    fake = await FakeDiscord.start({ token: TOKEN });
    ({ surface, log } = await startSurface(fake, live));
  });

  afterAll(async () => {
    giveUp.abort();
    await surface?.stop();
    await live?.close();
    await fake?.close();
    await remove?.();
  });

  it(
    'sends only messages Discord takes, pinging no one, for every question and click',
    async () => {
      const questions = [...hostileQuestions(random, QUESTIONS), ...talkQuestions.slice(0, 30)];
      const failures: string[] = [];
      const check = (body: Body | undefined, what: string): void => {
        failures.push(...(body ? problemsOf(body, what) : [`${what}: no answer`]));
      };
      /**
       * The request that answers, or undefined (a failure said) when none came within
       * `ANSWER_MS`: every click is dispatched at once and answered in turn, which on a busy
       * machine took over 30 s for the last of them.
       */
      const answerOf = (matches: (r: RecordedRequest) => boolean) =>
        Promise.race([
          fake.waitForRequest(matches).then((r) => r.body),
          sleep(ANSWER_MS, undefined, { signal: giveUp.signal }).catch(() => undefined),
        ]);

      // As mentions in the channel, and as direct messages.
      const mentions = questions.map((q, i) =>
        i % 3 === 2
          ? messagePayload(q, { dm: true })
          : messagePayload(`<@${BOT_USER.id}> ${q}`, { mentions: [BOT_USER] }),
      );
      for (const message of mentions) fake.dispatch('MESSAGE_CREATE', message);
      const replies = await Promise.all(
        mentions.map(async (m) => (await answerOf(replyTo(m.id))) as Body | undefined),
      );
      for (const [i, body] of replies.entries())
        check(body, `mention ${JSON.stringify(questions[i]?.slice(0, 60))}`);

      // As /qcon, public and private (private answers offer Share), and as typed for autocomplete.
      const commands = questions.map((q, i) => commandPayload(q, i % 2 === 0));
      const completions = questions.map((q) => autocompletePayload(q.slice(0, 6000)));
      for (const c of [...commands, ...completions]) fake.dispatch('INTERACTION_CREATE', c);
      const answered = await Promise.all(
        commands.map(async (c) => (await answerOf(callbackOf(c.id)))?.data as Body | undefined),
      );
      for (const [i, body] of answered.entries())
        check(body, `/qcon ${JSON.stringify(questions[i]?.slice(0, 60))}`);
      const chosen = await Promise.all(completions.map((c) => answerOf(callbackOf(c.id))));
      for (const [i, body] of chosen.entries()) {
        const what = `autocomplete ${JSON.stringify(questions[i]?.slice(0, 60))}`;
        const choices = body?.data?.choices as { name: string; value: string }[] | undefined;
        if (!choices) failures.push(`${what}: no answer`);
        if (LONE_ESCAPE.test(JSON.stringify(choices))) failures.push(`${what}: lone surrogate`);
        if ((choices?.length ?? 0) > 25) failures.push(`${what}: ${choices?.length} choices`);
        for (const { name, value } of choices ?? [])
          if (name.length < 1 || name.length > 100 || value.length < 1 || value.length > 100)
            failures.push(`${what}: choice ${JSON.stringify(name.slice(0, 40))}`);
      }

      // Every component of every answer, clicked once: paging, Share, Back, and a menu's first choice.
      const clicks = [...replies, ...answered].flatMap((body, i) => {
        if (!body) return [];
        const message = { ...postedMessage(CHANNEL_ID, body), flags: i >= replies.length ? 64 : 0 };
        return (body.components ?? []).flatMap((row: { components: Record<string, unknown>[] }) =>
          row.components.flatMap((c) =>
            typeof c.custom_id !== 'string'
              ? []
              : [
                  componentPayload(
                    message,
                    c.custom_id,
                    Array.isArray(c.options)
                      ? [String((c.options[0] as { value: string }).value)]
                      : undefined,
                  ),
                ],
          ),
        );
      });
      for (const click of clicks) fake.dispatch('INTERACTION_CREATE', click);
      const clicked = await Promise.all(clicks.map((click) => answerOf(callbackOf(click.id))));
      for (const [i, body] of clicked.entries()) {
        const id = String((clicks[i]?.data as { custom_id?: string } | undefined)?.custom_id);
        check(body?.data as Body | undefined, `click ${id.slice(0, 60)}`);
      }
      expect(clicks.length).toBeGreaterThan(questions.length);

      expect(failures).toEqual([]);
      expect(log.lines.filter((l) => l.level >= 50)).toEqual([]);
      // The answers were about the notes: the lists found their talks.
      expect(JSON.stringify(replies[0])).toMatch(/Alpha|Beta/);
    },
    4 * ANSWER_MS,
  );
});
