import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED } from '../../../adapters/discord/custom-id.ts';
import type { Bot } from '../../../src/bot.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import {
  CHANNEL_ID,
  commandPayload,
  componentPayload,
  postedMessage,
} from '../../fakes/discord/payloads.ts';
import { freePort, shippedBot } from '../../helpers.ts';
import { numberedTitles } from '../notes-bot.ts';
import { callbackOf, TOKEN } from './harness.ts';
import { run } from './run.ts';

/**
 * A question too long for a custom_id (100 characters) rides as a key, and the message shows the
 * question. Two `qcon start` processes, as two replicas or one before and after a restart: one
 * answers the question, the other the clicks, knowing nothing but what the click brings.
 */
const LONG_QUESTION =
  'talks about microservices or containers or culture or security or learning or cloud or ' +
  'netflix or uber or docker or devops or infrastructure or lyft or buffer, I am preparing an ' +
  'internal summary for my team and would love to see every one of them, so please list all ' +
  'of them with their speakers and companies and slides and videos where the notes have them, ' +
  'because we want to pick what to watch together at our next lunch and learn session on ' +
  'friday but not netflix';

let fake: FakeDiscord;
let bot: Bot;
const processes: ReturnType<typeof run>[] = [];

beforeAll(async () => {
  [fake, bot] = await Promise.all([FakeDiscord.start({ token: TOKEN }), shippedBot()]);
  for (let i = 0; i < 2; i++) {
    const healthPort = await freePort();
    processes.push(
      run(['adapters/qcon.js', 'start'], {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        RATE_LIMIT: '1000/1s',
        CACHE_DIR: 'off',
        HEALTH_PORT: String(healthPort),
        HEALTH_HOST: '127.0.0.1',
      }),
    );
    // One at a time, so connection 0 is the first process and 1 the second.
    await fake.waitForOp(2, i + 1);
    await connected(healthPort);
  }
}, 60_000);

afterAll(async () => {
  for (const p of processes) p.child.kill('SIGTERM');
  await Promise.all(processes.map((p) => p.exited));
  await fake?.close();
});

type Data = {
  content: string;
  flags?: number;
  embeds: { title?: string; footer?: { text: string } }[];
  components: {
    components: { custom_id?: string; label?: string; options?: { value: string }[] }[];
  }[];
};

async function command(query: string, to: 0 | 1): Promise<Data> {
  const interaction = commandPayload(query, true);
  fake.dispatch('INTERACTION_CREATE', interaction, to);
  return (await fake.waitForRequest(callbackOf(interaction.id))).body.data;
}

/** A click on a message the bot sent privately (ephemeral: flag 64, as Discord sends it back). */
async function click(message: Data, customId: string, to: 0 | 1, values?: string[]) {
  const clicked = { ...postedMessage(CHANNEL_ID, message), flags: message.flags ?? 0 };
  const interaction = componentPayload(clicked, customId, values);
  fake.dispatch('INTERACTION_CREATE', interaction, to);
  return (await fake.waitForRequest(callbackOf(interaction.id))).body as {
    type: number;
    data: Data;
  };
}

const idOf = (data: Data, label: string) =>
  data.components.flatMap((r) => r.components).find((c) => c.label === label)?.custom_id ?? '';

describe('Discord: long questions across processes', () => {
  it('pages and shares a 466-character question from a process that never saw it', async () => {
    const first = await command(LONG_QUESTION, 0);
    expect(first.flags).toBe(64);
    expect(first.embeds.at(-1)?.footer?.text).toBe(`Asked: ${LONG_QUESTION}`);
    const next = idOf(first, 'Next');
    expect(next.length).toBeLessThanOrEqual(100);
    const page2 = await click(first, next, 1);
    expect(page2.type).toBe(7);
    expect(page2.data.content).toContain('Page 2 of 2');
    expect(page2.data.embeds.map((e) => e.title)).toEqual(
      numberedTitles(await bot.ask(LONG_QUESTION, { page: 2 })),
    );
    // The last words leave the Netflix talk out; a cut question would list it here.
    expect(JSON.stringify(page2.data.embeds)).not.toContain('Netflix');
    const shared = await click(page2.data, idOf(page2.data, 'Share in channel'), 0);
    expect(shared.type).toBe(4);
    expect(shared.data.flags ?? 0).toBe(0);
    expect(shared.data.content).toMatch(/^<@\d+> shared this\n.*Page 2 of 2/s);
    // The public copy pages too: it shows the question its buttons carry by key.
    expect(shared.data.embeds.at(-1)?.footer?.text).toBe(`Asked: ${LONG_QUESTION}`);
  });

  it('opens a talk from the long list and goes back to it, each click on another process', async () => {
    const list = await command(LONG_QUESTION, 1);
    const menu = list.components.flatMap((r) => r.components).find((c) => c.options);
    const choice = menu?.options?.[0]?.value ?? '';
    const talk = await click(list, menu?.custom_id ?? '', 0, [choice]);
    expect(talk.type).toBe(7);
    expect(talk.data.embeds[0]?.footer?.text).toContain(`From the list: ${LONG_QUESTION}`);
    const back = await click(talk.data, idOf(talk.data, 'Back to the list'), 1);
    expect(back.data.content).toContain('Page 1 of 2');
    expect(back.data.embeds.map((e) => e.title)).toEqual(
      numberedTitles(await bot.ask(LONG_QUESTION)),
    );
  });

  it('asks nothing when the message does not show the question of the key: expired, to the clicker', async () => {
    const first = await command(LONG_QUESTION, 0);
    const next = idOf(first, 'Next');
    const other = `Asked: ${LONG_QUESTION.replace('not netflix', 'not uber')}`;
    for (const footer of [undefined, { text: other }]) {
      const embeds = first.embeds.map((e) => ({ ...e, footer }));
      const refused = await click({ ...first, embeds }, next, 1);
      expect(refused.type).toBe(4);
      expect(refused.data.flags).toBe(64);
      expect(refused.data.content).toBe(EXPIRED);
    }
  });
});

async function connected(port: number): Promise<void> {
  const end = performance.now() + 30_000;
  while (performance.now() < end) {
    const body = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.json() as Promise<{ surfaces?: Record<string, string> }>)
      .catch(() => undefined);
    if (body?.surfaces?.discord === 'connected') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the bot did not connect');
}
