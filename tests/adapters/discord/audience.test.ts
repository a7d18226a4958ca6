import type { ChatInputCommandInteraction, Message, MessageComponentInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { destinationFor } from '../../../adapters/discord/respond.ts';
import type { Answer } from '../../../src/answer.ts';

/**
 * Who sees an answer on Discord is decided in one place. The platform objects are only carried
 * through, so stand-ins do; what matters is where each kind of answer goes.
 */
const message = {} as Message;
const interaction = {} as ChatInputCommandInteraction;
const click = {} as MessageComponentInteraction;
const slowDown: Answer = {
  kind: 'error',
  reason: 'rate-limited',
  audience: 'asker',
  message: 'Slow down a little: you can ask again in 3 seconds.',
};
const talks: Answer = { kind: 'topics', topics: [] };

describe('Discord: who sees an answer', () => {
  it('sends a rate-limited answer to the asker alone, however it was asked', () => {
    expect(destinationFor({ kind: 'mention', message }, slowDown).kind).toBe('dm');
    expect(
      destinationFor({ kind: 'command', interaction, private: false }, slowDown),
    ).toMatchObject({
      kind: 'interaction',
      ephemeral: true,
    });
    // A click keeps the message clicked on, and tells only the clicker.
    expect(destinationFor({ kind: 'click', interaction: click }, slowDown)).toMatchObject({
      kind: 'interaction',
      ephemeral: true,
    });
    expect(destinationFor({ kind: 'share', interaction: click }, slowDown)).toMatchObject({
      kind: 'interaction',
      ephemeral: true,
    });
  });

  it('answers everything else where it was asked', () => {
    expect(destinationFor({ kind: 'mention', message }, talks).kind).toBe('reply');
    for (const wanted of [true, false]) {
      expect(
        destinationFor({ kind: 'command', interaction, private: wanted }, talks),
      ).toMatchObject({
        ephemeral: wanted,
      });
    }
    expect(destinationFor({ kind: 'click', interaction: click }, talks).kind).toBe('update');
    expect(destinationFor({ kind: 'share', interaction: click }, talks)).toMatchObject({
      ephemeral: false,
    });
  });
});
