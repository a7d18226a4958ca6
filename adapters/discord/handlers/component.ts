import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { Answer } from '../../../src/answer.ts';
import type { Asker } from '../../../src/surface.ts';
import { parseCustomId } from '../custom-id.ts';
import { renderMessage } from '../render-embeds.ts';
import { respond, type Sink } from '../respond.ts';

/**
 * Clicks on our buttons and menus: the custom_id says what to ask, and the answer replaces the
 * message it was clicked on (callback type 7), so paging does not flood the channel.
 */
export function componentHandler(asker: Asker, sink: Sink) {
  return async (interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> => {
    const action = parseCustomId(interaction.customId);
    if (!action) return;
    const who = { surface: 'discord', user: interaction.user.id };
    let answer: Answer;
    let message: ReturnType<typeof renderMessage>;
    if (action.kind === 'page') {
      answer = await asker.ask(action.query, { ...who, page: action.page });
      message = renderMessage(answer);
    } else {
      const question = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
      if (question === undefined) return;
      answer = await asker.ask(question, who);
      message = renderMessage(answer, action.from ? { from: action.from } : {});
    }
    if (answer.kind === 'error' && answer.reason === 'rate-limited') {
      // Keep the list as it is; tell only the clicker to wait.
      await respond({ kind: 'interaction', interaction, ephemeral: true }, message, sink);
      return;
    }
    await respond({ kind: 'update', interaction }, message, sink);
  };
}
