import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { Logger } from '../../../src/log.ts';
import type { Asker } from '../../../src/surface.ts';
import { parseCustomId } from '../custom-id.ts';
import { renderMessage } from '../render-embeds.ts';
import { respond } from '../respond.ts';

/**
 * Clicks on our buttons and menus: the custom_id says what to ask, and the answer replaces the
 * message it was clicked on (callback type 7), so paging does not flood the channel.
 */
export function componentHandler(asker: Asker, logger: Logger) {
  return async (interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> => {
    const action = parseCustomId(interaction.customId);
    if (!action) return;
    let message: ReturnType<typeof renderMessage>;
    if (action.kind === 'page') {
      message = renderMessage(asker.ask(action.query, { page: action.page }));
    } else {
      const question = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
      if (question === undefined) return;
      message = renderMessage(asker.ask(question), action.from ? { from: action.from } : {});
    }
    await respond({ kind: 'update', interaction }, message, logger);
  };
}
