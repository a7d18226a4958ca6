import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, shardOf } from '../../fakes/discord/fake-discord.ts';
import {
  APPLICATION_ID,
  BOT_USER,
  CHANNEL_ID,
  GUILD_ID,
  messagePayload,
  OTHER_GUILD,
} from '../../fakes/discord/payloads.ts';
import { freePort } from '../../helpers.ts';
import { replyTo, TOKEN } from './harness.ts';
import { run } from './run.ts';

/**
 * DISCORD_SHARDS: `npm start` runs discord.js's ShardingManager, one process per shard, against a
 * fake Discord in two guilds that fall on different shards of two.
 */
let fake: FakeDiscord;
let bot: ReturnType<typeof run> | undefined;

beforeAll(async () => {
  fake = await FakeDiscord.start({
    token: TOKEN,
    shards: 2,
    maxConcurrency: 2,
    guilds: [{ id: GUILD_ID, channelId: CHANNEL_ID }, OTHER_GUILD],
  });
});

afterAll(async () => {
  // A failed test must not leave the bot behind; its shards stop when their parent goes.
  if (bot && bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await fake?.close();
});

const GUILDS = [{ id: GUILD_ID, channelId: CHANNEL_ID }, OTHER_GUILD];

async function answeredIn(guild: { id: string; channelId: string }) {
  const message = messagePayload(`<@${BOT_USER.id}> microservices`, {
    mentions: [BOT_USER],
    guild,
  });
  fake.dispatch('MESSAGE_CREATE', message);
  const reply = await fake.waitForRequest(replyTo(message.id));
  expect(reply.path).toBe(`/channels/${guild.channelId}/messages`);
  expect(reply.body.embeds.length).toBe(4);
  expect(reply.body.allowed_mentions.parse).toEqual([]);
}

/**
 * The pids of the shard processes: the children of `npm start` that run `shard.ts`. Not every
 * child: the thread bundler's esbuild service is one too, while a bundle is being made.
 */
function shardProcesses(parent: number): string[] {
  return execFileSync('pgrep', ['-P', String(parent), '-f', 'discord/shard\\.ts'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
}

/** Resolves once `text` has appeared `count` times in the standard error of `npm start`. */
function logged(npmStart: ReturnType<typeof run>, text: string, count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (npmStart.output().stderr.split(text).length > count) {
        npmStart.child.stderr?.off('data', check);
        resolve();
      }
    };
    npmStart.child.stderr?.on('data', check);
    check();
  });
}

describe('qcon start with DISCORD_SHARDS=auto', () => {
  it('runs the shards Discord recommends, each answering its own guilds, restarts one that dies, and stops them all on SIGTERM', async () => {
    const port = await freePort();
    bot = run(['adapters/qcon.js', 'start'], {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_SHARDS: 'auto',
      HEALTH_PORT: String(port),
      HEALTH_HOST: '127.0.0.1',
    });
    // `auto` asked the fake, which recommends two: one Identify per shard, each with its id.
    await fake.waitForRequest((r) => r.path === '/gateway/bot');
    await fake.waitForOp(2, 2);
    expect(fake.identifiedShards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // Commands are registered once, by shard 0, not by every shard.
    const commands = (r: { method: string; path: string }) =>
      r.method === 'PUT' &&
      r.path === `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`;
    await fake.waitForRequest(commands);
    // A message sent before a shard is ready would be its gateway's and no one's: on a busy
    // machine the second shard may still be starting when the first has registered the commands.
    await logged(bot, 'every shard is ready', 1);

    for (const guild of GUILDS) await answeredIn(guild);
    expect(fake.requests.filter(commands)).toHaveLength(1);

    // The parent's health check reports Discord connected once every shard is ready.
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { surfaces: unknown }).surfaces).toEqual({
      discord: 'connected',
    });
    // Its /metrics sums what the shards counted: one question answered in each shard's guild.
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain(
      `qcon_questions_total{surface="discord",kind="talks"} ${GUILDS.length}`,
    );

    // A shard process that dies is started again by discord.js, and its guilds are answered again.
    const [victim] = shardProcesses(bot.child.pid ?? 0);
    process.kill(Number(victim), 'SIGKILL');
    const again = (await fake.waitForOp(2, 3)).d.shard as [number, number];
    expect(await fake.waitForClosed(1)).toEqual([1006]);
    // The new shard answers once it runs (two shards, the parent, the new shard), and SIGTERM
    // stops it gracefully from then on.
    await logged(bot, '"msg":"running: discord"', 4);
    const guild = GUILDS.find((g) => shardOf(g.id, 2) === again[0]);
    if (guild) await answeredIn(guild);
    expect(shardProcesses(bot.child.pid ?? 0)).toHaveLength(2);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    // Every shard closed its gateway connection itself (1000) before the parent exited.
    expect((await fake.waitForClosed(3)).slice(1)).toEqual([1000, 1000]);
    const { stderr } = bot.output();
    expect(stderr).toContain('shard process died; discord.js starts it again');
    expect(stderr).toContain('every shard is ready');
    expect(stderr).toContain('stopped');
    expect(stderr).not.toContain(TOKEN);
  }, 120_000); // four process starts: room for a slow or busy machine (a loaded 2-core one took 50 s)

  it('fails to start, naming DISCORD_TOKEN, when Discord refuses the token, and spawns no shard', async () => {
    const strict = await FakeDiscord.start({ token: `${TOKEN}-another`, shards: 2 });
    try {
      const refused = run(['adapters/qcon.js', 'start'], {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: strict.apiUrl,
        DISCORD_SHARDS: '2',
      });
      // A refused token is a configuration problem: exit 2, one line, no stack trace.
      expect(await refused.exited).toBe(2);
      expect(refused.output().stderr).toContain('DISCORD_TOKEN was refused by Discord');
      expect(refused.output().stderr).not.toMatch(/^\s+at |"stack"/m);
      expect(strict.connections).toHaveLength(0);
    } finally {
      await strict.close();
    }
  });
});
