import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionOf } from '../../../adapters/discord/carried-questions.ts';
import { parseCustomId } from '../../../adapters/discord/custom-id.ts';
import { type DiscordMessage, renderMessage } from '../../../adapters/discord/render-embeds.ts';
import { Bot } from '../../../src/bot.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import type { Surface } from '../../../src/surface.ts';
import { FakeDiscord } from '../../fakes/discord/fake-discord.ts';
import {
  autocompletePayload,
  BOT_USER,
  CHANNEL_ID,
  commandPayload,
  componentPayload,
  messagePayload,
  postedMessage,
} from '../../fakes/discord/payloads.ts';
import { shippedBot } from '../../helpers.ts';
import { botOf, notes } from '../notes-bot.ts';
import { callbackOf, replyTo, startSurface, TOKEN } from './harness.ts';
import { expectWithinLimits } from './limits-check.ts';

/** Hostile notes and questions, through the renderer and the real client against the fake. */
let fake: FakeDiscord;
let surface: Surface;

beforeAll(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
  ({ surface } = await startSurface(fake, await shippedBot()));
});

afterAll(async () => {
  await surface?.stop();
  await fake?.close();
});

/** Discord's own tokens: mentions (pills), a timestamp, a command link, a custom emoji. */
const TOKENS =
  '<@1200000000000000002> <@&1700000000000000007> <#1500000000000000005> <t:1700000000:R> </qcon:1234567890> <:blob:123456789012345678>';

/** A `<` that Discord would read: not after an odd run of backslashes. */
const LIVE_TOKEN = /(?<!\\)(?:\\\\)*<(?:@|#|t:|\/|a?:\w)/;

function textsOf(message: DiscordMessage): string[] {
  return [
    message.content,
    ...message.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

describe('Discord red team', () => {
  it('shows mentions, timestamps, command links and emoji from the notes as written', () => {
    const { event, talks } = parseNotes(
      [
        '---',
        'event:',
        `  name: "Token Conf ${TOKENS.replace(/"/g, '')}"`,
        '---',
        '## Talks',
        '',
        `### Tokens everywhere by Ann (Acme)`,
        `* Key takeaway: ${TOKENS}`,
        `* [see ${TOKENS}](https://example.com/a) and \\${TOKENS}`,
        ...Array.from(
          { length: 26 },
          (_, i) => `* [ref ${i} ${TOKENS}](https://example.com/r${i})`,
        ),
      ].join('\n'),
      'tokens.md',
      'tokens',
    );
    const bot = new Bot({ events: [event], talks });
    for (const question of ['list', 'talk tokens everywhere', 'events', 'who spoke about tokens']) {
      const message = renderMessage(bot.ask(question));
      expectWithinLimits(message);
      for (const text of textsOf(message)) expect(text).not.toMatch(LIVE_TOKEN);
    }
    const detail = renderMessage(bot.ask('talk tokens everywhere')).embeds[0]?.description;
    expect(detail).toContain('\\<t:1700000000:R>');
    expect(detail).toContain('\\<@&1700000000000000007>');
  });

  it('echoes a question with such tokens as typed, not as a date or an emoji', async () => {
    const message = messagePayload(
      `<@${BOT_USER.id}> <t:1700000000:R> kubernetes <:blob:123456789012345678>`,
      {
        mentions: [BOT_USER],
      },
    );
    fake.dispatch('MESSAGE_CREATE', message);
    const reply = (await fake.waitForRequest(replyTo(message.id))).body;
    const sent = { content: reply.content ?? '', embeds: reply.embeds ?? [], components: [] };
    expect(JSON.stringify(sent)).toContain('t:1700000000:R');
    for (const text of textsOf(sent)) expect(text).not.toMatch(LIVE_TOKEN);
  });

  it('never offers a typed question cut to 100 characters as a choice', async () => {
    const typed = `kubernetes ${'and security '.repeat(25)}in production`;
    const interaction = autocompletePayload(typed);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = (await fake.waitForRequest(callbackOf(interaction.id))).body;
    const choices = callback.data.choices as { name: string; value: string }[];
    for (const choice of choices) {
      expect(choice.value.length).toBeLessThanOrEqual(100);
      // Picking it would replace the 300 characters typed with their beginning.
      expect(typed.startsWith(choice.value.replace(/…$/, ''))).toBe(false);
    }
  });

  it('shares a long typed question with invisible characters and doubled spaces, from the message alone', async () => {
    const typed =
      'talk  lessons learned on ubers\u200b journey into microservices by emily reinhold from uber at qcon new york 2016';
    const interaction = commandPayload(typed, true);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const first = (await fake.waitForRequest(callbackOf(interaction.id))).body.data;
    const cleaned = typed.replace('\u200b', '').replace('  ', ' ');
    expect(first.embeds[0].footer?.text).toBe(`Asked: ${cleaned}`);
    const share = first.components
      .flatMap((r: { components: { label?: string; custom_id?: string }[] }) => r.components)
      .find((c: { label?: string }) => c.label === 'Share in channel');
    const click = componentPayload(
      { ...postedMessage(CHANNEL_ID, first), flags: 64 },
      share?.custom_id ?? '',
    );
    fake.dispatch('INTERACTION_CREATE', click);
    const shared = (await fake.waitForRequest(callbackOf(click.id))).body;
    expect(shared.data.flags ?? 0).toBe(0);
    expect(shared.data.embeds[0].title).toBe('Lessons learned on Ubers journey into microservices');
  });

  it('escapes @everyone and @here from the notes and the question, also once hidden characters are gone', () => {
    const bot = botOf(
      notes(
        [
          '### Pings by Ann (Acme)',
          '* Key takeaway: @\u2060everyone and @\u202ehere should read this',
          '* Then @everyone, twice',
        ].join('\n'),
      ),
    );
    const detail = renderMessage(bot.ask('talk pings')).embeds[0]?.description ?? '';
    expect(detail).toContain('\\@everyone and \\@here should read this');
    expect(detail).toContain('Then \\@everyone, twice');
    const none = renderMessage(bot.ask('@everyone @here zzzqqq'));
    for (const text of textsOf(none)) expect(text).not.toMatch(/(?<!\\)@(everyone|here)/);
  });

  it('answers Share under help, whose question is empty', () => {
    const message = renderMessage(
      { kind: 'help', stats: { talks: 1, events: 1 }, commands: [], examples: [] },
      { share: { query: '', page: 1 } },
    );
    const share = message.components
      .flatMap((r) => r.components)
      .find((c) => 'label' in c && c.label === 'Share in channel');
    const id = share && 'custom_id' in share ? share.custom_id : '';
    expect(parseCustomId(id)).toEqual({ kind: 'share', page: 1, query: '' });
  });

  it('sends a question with half a surrogate pair as U+FFFD, and finds it again by its key', () => {
    const asked = `\ud83d ${'microservices and culture '.repeat(5)}`.trim();
    const message = renderMessage({
      kind: 'talks',
      query: asked,
      scope: { kind: 'search', words: asked },
      hits: [],
      total: 12,
      page: 1,
      pageCount: 3,
      first: 1,
    });
    const strings = JSON.stringify(message);
    expect(strings).not.toMatch(/\\ud83d/);
    expect(message.embeds.at(-1)?.footer?.text).toBe(`Asked: \ufffd${asked.slice(1)}`);
    const next = message.components
      .flatMap((r) => r.components)
      .find((c) => 'label' in c && c.label === 'Next');
    const action = parseCustomId(next && 'custom_id' in next ? next.custom_id : '');
    const found = action?.kind === 'page' ? questionOf(action, message) : undefined;
    expect(found?.query).toBe(`\ufffd${asked.slice(1)}`);
  });

  it('shows help examples from the notes in code spans whole, or not at all', () => {
    const message = renderMessage({
      kind: 'help',
      stats: { talks: 2, events: 1 },
      commands: [],
      examples: ['talks by Ann\u202e <@&1700000000000000007>', `talks by ${'Bob '.repeat(40)}`],
    });
    const value = message.embeds[0]?.fields?.[0]?.value;
    expect(value).toBe('`talks by Ann <@&1700000000000000007>`');
  });

  it('finds a question again when Discord hands the footer back composed (NFC)', () => {
    const decomposed = `cafe\u0301 ${'microservices and culture '.repeat(5)}`.trim();
    const message = renderMessage({
      kind: 'talks',
      query: decomposed,
      scope: { kind: 'search', words: decomposed },
      hits: [],
      total: 12,
      page: 1,
      pageCount: 3,
      first: 1,
    });
    const composed = {
      embeds: message.embeds.map((e) => ({
        footer: { text: e.footer?.text.normalize('NFC') ?? '' },
      })),
    };
    const next = message.components
      .flatMap((r) => r.components)
      .find((c) => 'label' in c && c.label === 'Next');
    const action = parseCustomId(next && 'custom_id' in next ? next.custom_id : '');
    expect(action?.kind).toBe('page');
    const found = action?.kind === 'page' ? questionOf(action, composed) : undefined;
    expect(found?.query.normalize('NFC')).toBe(decomposed.normalize('NFC'));
  });
});
