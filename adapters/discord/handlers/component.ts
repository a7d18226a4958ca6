import { type ButtonInteraction, MessageFlags, type StringSelectMenuInteraction } from 'discord.js';
import type { Asker } from '../../../src/surface.ts';
import { EXPIRED, parseCustomId } from '../custom-id.ts';
import { type RenderOptions, renderMessage } from '../render-embeds.ts';
import { destinationFor, isPrivate, respond, type Sink } from '../respond.ts';

/**
 * Clicks on our buttons and menus: the custom_id says what to ask, and the answer replaces the
 * message it was clicked on (callback type 7), so paging does not flood the channel. "Share in
 * channel" posts the answer anew, for everyone, saying who shared it.
 */
export function componentHandler(asker: Asker, sink: Sink) {
  return async (interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> => {
    const action = parseCustomId(interaction.customId);
    if (!action) return;
    if (action.kind === 'expired') {
      // A long question's key this process no longer holds: say so to the clicker alone, and
      // leave the message clicked on as it was.
      const to = { kind: 'interaction', interaction, ephemeral: true } as const;
      await respond(to, { content: EXPIRED, embeds: [], components: [] }, sink);
      return;
    }
    const who = { surface: 'discord', user: interaction.user.id };
    if (action.kind === 'share') {
      const answer = await asker.ask(action.query, { ...who, page: action.page });
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
        ? { query: action.query, page: action.page }
        : interaction.isStringSelectMenu() && interaction.values[0] !== undefined
          ? { query: interaction.values[0], page: 1 }
          : undefined;
    if (!asked) return;
    const answer = await asker.ask(asked.query, { ...who, page: asked.page });
    const to = destinationFor({ kind: 'click', interaction }, answer);
    const wasPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
    const options: RenderOptions = {
      ...(action.kind === 'open' && action.from ? { from: action.from } : {}),
      ...(isPrivate(to, wasPrivate) ? { share: asked } : {}),
    };
    await respond(to, renderMessage(answer, options), sink);
  };
}
