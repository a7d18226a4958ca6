import { type ButtonInteraction, MessageFlags, type StringSelectMenuInteraction } from 'discord.js';
import type { Asker } from '../../../src/surface.ts';
import { questionOf, shareOf } from '../carried-questions.ts';
import { EXPIRED, parseCustomId } from '../custom-id.ts';
import { type RenderOptions, renderMessage } from '../render-embeds.ts';
import { destinationFor, isPrivate, respond, type Sink } from '../respond.ts';

/**
 * Clicks on our buttons and menus: the custom_id says what to ask (a long question by its key,
 * found on the message clicked), and the answer replaces the message it was clicked on (callback
 * type 7), so paging does not flood the channel. "Share in channel" posts the answer anew, for
 * everyone, saying who shared it. A question found on the message is asked like a typed one.
 */
export function componentHandler(asker: Asker, sink: Sink) {
  return async (interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> => {
    const action = parseCustomId(interaction.customId);
    if (!action) return;
    const carried = action.kind === 'open' ? action.from : action;
    const list = carried && questionOf(carried, interaction.message);
    if (carried && !list) {
      // A key whose question the message does not show (a message made before they were
      // shown): say so to the clicker alone, and leave the message clicked on as it was.
      const to = { kind: 'interaction', interaction, ephemeral: true } as const;
      await respond(to, { content: EXPIRED, embeds: [], components: [] }, sink);
      return;
    }
    const who = { surface: 'discord', user: interaction.user.id, place: interaction.channelId };
    if (action.kind === 'share' && list) {
      const answer = await asker.ask(list.query, { ...who, page: list.page });
      const to = destinationFor({ kind: 'share', interaction }, answer);
      const message = renderMessage(answer);
      const by = `<@${interaction.user.id}> shared this`;
      const shared = to.kind === 'interaction' && !to.ephemeral;
      await respond(
        to,
        shared ? { ...message, content: `${by}\n${message.content}`.trim() } : message,
        sink,
      );
      return;
    }
    const asked =
      action.kind === 'page'
        ? list
        : interaction.isStringSelectMenu() && interaction.values[0] !== undefined
          ? { query: interaction.values[0], page: 1 }
          : undefined;
    if (!asked) return;
    const answer = await asker.ask(asked.query, { ...who, page: asked.page });
    const to = destinationFor({ kind: 'click', interaction }, answer);
    const wasPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
    const options: RenderOptions = {
      ...(action.kind === 'open' && list ? { from: list } : {}),
      ...(isPrivate(to, wasPrivate) ? { share: shareOf(answer, asked) } : {}),
    };
    await respond(to, renderMessage(answer, options), sink);
  };
}
