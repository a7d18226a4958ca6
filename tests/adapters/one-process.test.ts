import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/fake-discord.ts';
import { BOT_USER, messagePayload } from '../fakes/discord/payloads.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from '../fakes/slack/fake-slack.ts';
import { slashCommand } from '../fakes/slack/payloads.ts';
import { CONTENT_DIR, freePort } from '../helpers.ts';
import { replyTo, TOKEN } from './discord/harness.ts';
import { run } from './discord/run.ts';
import { visibleText } from './slack/harness.ts';

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let slack: FakeSlack;
let discord: FakeDiscord;
let content: string;
beforeAll(async () => {
  [slack, discord] = await Promise.all([FakeSlack.start(), FakeDiscord.start({ token: TOKEN })]);
  content = await mkdtemp(join(tmpdir(), 'qcon-one-process-'));
  await cp(CONTENT_DIR, content, { recursive: true });
});
afterAll(async () => {
  await Promise.all([
    slack?.close(),
    discord?.close(),
    rm(content, { recursive: true, force: true }),
  ]);
});

describe('npm start with Slack and Discord configured', () => {
  it('runs both in one process on one live index, reports health, survives a broken edit, and stops on SIGTERM', async () => {
    const healthPort = await freePort();
    const health = `http://127.0.0.1:${healthPort}`;
    const bot = run(['adapters/qcon.js', 'start'], {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      CONTENT_DIR: content,
      CACHE_DIR: 'off',
      HEALTH_PORT: String(healthPort),
      HEALTH_HOST: '127.0.0.1',
    });
    try {
      const status = await until('a healthy process', async () => {
        const response = await fetch(`${health}/healthz`);
        const body = (await response.json()) as { surfaces: Record<string, string> };
        return response.status === 200 &&
          Object.values(body.surfaces).every((state) => state === 'connected')
          ? body
          : undefined;
      });
      expect(status).toMatchObject({
        status: 'ok',
        index: { talks: 10, events: 1 },
        surfaces: { 'slack (Socket Mode)': 'connected', discord: 'connected' },
      });
      const log = bot.output().stderr;
      expect(log).toMatch(/content: 10 talks from 1 event/);
      expect(log).toMatch(/running: slack \(Socket Mode\), discord/);
      expect(log).toMatch(/"startupMs":\d+/);

      // The answer comes in the acknowledgement.
      expect(
        visibleText(await slack.send('slash_commands', slashCommand(slack, 'netflix', 'one-1'))),
      ).toContain('Container mgmt at Netflix');
      const mention = messagePayload(`<@${BOT_USER.id}> netflix`, { mentions: [BOT_USER] });
      discord.dispatch('MESSAGE_CREATE', mention);
      expect(JSON.stringify((await discord.waitForRequest(replyTo(mention.id))).body)).toContain(
        'Container mgmt at Netflix',
      );

      // A broken file: logged with file and line, and both surfaces keep answering the others.
      await writeFile(join(content, 'broken.md'), '---\ntitle: [unclosed\n---\n## Same\n* a\n');
      await until('the problem in the log', async () =>
        /broken\.md:\d+: front matter is not valid YAML/.test(bot.output().stderr)
          ? true
          : undefined,
      );
      expect(
        visibleText(await slack.send('slash_commands', slashCommand(slack, 'coinbase', 'one-2'))),
      ).toContain('Cryptocurrency key storage');

      // The next good edit is picked up by both surfaces.
      await writeFile(
        join(content, 'broken.md'),
        '## Serverless at scale\n* cold starts matter a lot\n',
      );
      await until('the reload', async () =>
        (bot.output().stderr.match(/content reloaded/g) ?? []).length >= 2 ? true : undefined,
      );
      const second = messagePayload(`<@${BOT_USER.id}> serverless`, { mentions: [BOT_USER] });
      discord.dispatch('MESSAGE_CREATE', second);
      expect(JSON.stringify((await discord.waitForRequest(replyTo(second.id))).body)).toContain(
        'Serverless at scale',
      );

      const metrics = await (await fetch(`${health}/metrics`)).text();
      expect(metrics).toContain('qcon_questions_total{surface="slack",kind="talks"} 2');
      expect(metrics).toContain('qcon_questions_total{surface="discord",kind="talks"} 2');
      expect(metrics).toContain('qcon_content_reloads_total{result="ok"} 2');
    } finally {
      bot.child.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    const log = bot.output().stderr;
    expect(log).toContain('stopped');
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(TOKEN);
    // A whole process started, and two reloads: a machine busy with other tests took over 20 s.
  }, 60_000);
});
