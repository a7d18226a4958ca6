import type { ChatInputCommandInteraction } from 'discord.js';
import type { Logger } from '../../../src/log.ts';
import type { Asker } from '../../../src/surface.ts';
import { QCON_COMMAND } from '../commands.ts';
import { renderMessage } from '../render-embeds.ts';
import { respond } from '../respond.ts';

/** `/qcon query:<text> [private]`: the core answers at once, well inside the 3 s window. */
export function commandHandler(asker: Asker, logger: Logger) {
  return async (interaction: ChatInputCommandInteraction): Promise<void> => {
    if (interaction.commandName !== QCON_COMMAND.name) return;
    const query = interaction.options.getString('query') ?? '';
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await respond(
      { kind: 'interaction', interaction, ephemeral },
      renderMessage(asker.ask(query)),
      logger,
    );
  };
}
