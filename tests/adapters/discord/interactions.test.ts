import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED, parseCustomId } from '../../../adapters/discord/custom-id.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import {
  autocompletePayload,
  CHANNEL_ID,
  commandPayload,
  componentPayload,
  postedMessage,
} from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { callbackOf, type memoryLog, startSurface, TOKEN } from './harness.ts';

/** The real discord.js client against the fake Discord: /qcon, autocomplete, buttons, menus. */
let fake: FakeDiscord;
let surface: Surface;
let log: ReturnType<typeof memoryLog>;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  ({ surface, log } = await startSurface(fake, await shippedBot()));
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

async function command(query: string, isPrivate?: boolean) {
  const interaction = commandPayload(query, isPrivate);
  fake.dispatch('INTERACTION_CREATE', interaction);
  return (await fake.waitForRequest(callbackOf(interaction.id))).body;
}

async function click(message: Record<string, unknown>, customId: string, values?: string[]) {
  const interaction = componentPayload(message, customId, values);
  fake.dispatch('INTERACTION_CREATE', interaction);
  return (await fake.waitForRequest(callbackOf(interaction.id))).body;
}

type Component = { custom_id?: string; label?: string; options?: { value: string }[] };
function componentsOf(data: { components: { components: Component[] }[] }): Component[] {
  return data.components.flatMap((row) => row.components);
}

describe('Discord surface: interactions', () => {
  it('answers /qcon in the channel (callback type 4) with embeds, pinging nobody', async () => {
    const callback = await command('microservices');
    expect(callback.type).toBe(4);
    expect(callback.data.embeds).toHaveLength(4);
    expect(callback.data.flags ?? 0).toBe(0);
    expect(callback.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers /qcon private:true only to the user (ephemeral flag 64)', async () => {
    const callback = await command('topics', true);
    expect(callback.type).toBe(4);
    expect(callback.data.flags & 64).toBe(64);
    expect(callback.data.embeds[0].title).toBe('Topics');
  });

  it('offers Share under a private answer, and Share posts it for the channel saying who shared it', async () => {
    const callback = await command('netflix', true);
    expect(callback.data.flags & 64).toBe(64);
    const share = componentsOf(callback.data).find((c) => c.label === 'Share in channel');
    expect(parseCustomId(share?.custom_id ?? '')).toEqual({
      kind: 'share',
      page: 1,
      query: 'netflix',
    });
    const shared = await click(postedMessage(CHANNEL_ID, callback.data), share?.custom_id ?? '');
    expect(shared.type).toBe(4);
    expect(shared.data.flags ?? 0).toBe(0);
    expect(shared.data.content).toMatch(/^<@\d+> shared this/);
    expect(shared.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(shared.data.embeds[0].title).toContain('Container mgmt at Netflix');
    expect(componentsOf(shared.data).map((c) => c.label)).not.toContain('Share in channel');
    // A public answer is already shared.
    const open = await command('netflix');
    expect(componentsOf(open.data).map((c) => c.label)).not.toContain('Share in channel');
  });

  it('autocompletes the query with at most 25 choices (callback type 8)', async () => {
    const interaction = autocompletePayload('uber');
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = (await fake.waitForRequest(callbackOf(interaction.id))).body;
    expect(callback.type).toBe(8);
    const choices = callback.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices).toContainEqual({
      name: 'Talk: Lessons learned on Ubers journey into microservices',
      value: 'talk qcon-ny-2016/lessons-learned-on-ubers-journey-into-microservices',
    });
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('autocompletes an empty query and a very long one within the limits', async () => {
    for (const typed of ['', 'a'.repeat(6000)]) {
      const interaction = autocompletePayload(typed);
      fake.dispatch('INTERACTION_CREATE', interaction);
      const callback = (await fake.waitForRequest(callbackOf(interaction.id))).body;
      expect(callback.data.choices.length).toBeLessThanOrEqual(25);
    }
  });

  it('pages with Next: the click updates the message in place (callback type 7)', async () => {
    const first = await command('list');
    expect(first.data.content).toContain('Page 1 of');
    const next = componentsOf(first.data).find((c) => c.label === 'Next');
    expect(next?.custom_id).toBeDefined();
    const update = await click(postedMessage(CHANNEL_ID, first.data), next?.custom_id ?? '');
    expect(update.type).toBe(7);
    expect(update.data.content).toContain('Page 2 of');
    expect(update.data.allowed_mentions.parse).toEqual([]);
    expect(componentsOf(update.data).map((c) => c.label)).toContain('Previous');
  });

  it('pages and shares a question too long for a custom_id (it rides as a key)', async () => {
    const long =
      'microservices or containers or culture or security or learning or cloud or netflix or uber or docker or devops talks';
    expect(`qcon:page:2:${long}`.length).toBeGreaterThan(100);
    const first = await command(long, true);
    expect(first.data.content).toContain('Page 1 of 2');
    const next = componentsOf(first.data).find((c) => c.label === 'Next');
    const share = componentsOf(first.data).find((c) => c.label === 'Share in channel');
    for (const id of [next?.custom_id, share?.custom_id])
      expect(id?.length).toBeLessThanOrEqual(100);
    const update = await click(postedMessage(CHANNEL_ID, first.data), next?.custom_id ?? '');
    expect(update.type).toBe(7);
    expect(update.data.content).toContain('Page 2 of 2');
    const shared = await click(postedMessage(CHANNEL_ID, first.data), share?.custom_id ?? '');
    expect(shared.type).toBe(4);
    expect(shared.data.flags ?? 0).toBe(0);
    expect(shared.data.content).toMatch(/^<@\d+> shared this\n.*Page 1 of 2/s);
  });

  it('says a list has expired when its key is no longer known, to the clicker alone', async () => {
    const first = await command('list');
    const stale = 'qcon:pagek:2:AAAAAAAAAAAAAAAAAAAAAA';
    const callback = await click(postedMessage(CHANNEL_ID, first.data), stale);
    expect(callback.type).toBe(4);
    expect(callback.data.flags & 64).toBe(64);
    expect(callback.data.content).toBe(EXPIRED);
    expect(EXPIRED).toBe('That list has expired — ask again.');
  });

  it('opens a talk in full from the menu, with a way back to the list', async () => {
    const list = await command('microservices');
    const menu = componentsOf(list.data).find((c) => c.options);
    const uber = menu?.options?.find((o) => o.value.includes('uber'))?.value ?? '';
    const update = await click(postedMessage(CHANNEL_ID, list.data), menu?.custom_id ?? '', [uber]);
    expect(update.type).toBe(7);
    expect(update.data.embeds[0].description).toContain(
      'See also [eng.uber.com/building-tincup](https://eng.uber.com/building-tincup/)',
    );
    const back = componentsOf(update.data).find((c) => c.label === 'Back to the list');
    expect(parseCustomId(back?.custom_id ?? '')).toEqual({
      kind: 'page',
      page: 1,
      query: 'microservices',
    });
  });

  it('logs an expired interaction (10062) and an acknowledged one (40060), and keeps answering', async () => {
    for (const [status, code] of [
      [404, 10062],
      [400, 40060],
    ] as const) {
      const interaction = commandPayload('uber');
      fake.failNext(callbackOf(interaction.id), status, { code, message: 'refused by the fake' });
      fake.dispatch('INTERACTION_CREATE', interaction);
      const line = await log.waitFor((l) => l.code === code);
      expect(line.level).toBe(40); // a warning: nothing the bot could have done better
    }
    const callback = await command('uber');
    expect(callback.type).toBe(4);
  });
});
