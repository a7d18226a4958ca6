import type { ChatInputCommandInteraction } from 'discord.js';
import type { Asker } from '../../../src/surface.ts';
import { QCON_COMMAND } from '../commands.ts';
import { renderMessage } from '../render-embeds.ts';
import { destinationFor, respond, type Sink } from '../respond.ts';

/** `/qcon query:<text> [private]`: the core answers at once, well inside the 3 s window. */
export function commandHandler(asker: Asker, sink: Sink) {
  return async (interaction: ChatInputCommandInteraction): Promise<void> => {
    if (interaction.commandName !== QCON_COMMAND.name) return;
    const query = interaction.options.getString('query') ?? '';
    const wanted = interaction.options.getBoolean('private') ?? false;
    const answer = await asker.ask(query, { surface: 'discord', user: interaction.user.id });
    const to = destinationFor({ kind: 'command', interaction, private: wanted }, answer);
    const shared = to.kind === 'interaction' && to.ephemeral;
    await respond(to, renderMessage(answer, shared ? { share: { query, page: 1 } } : {}), sink);
  };
}
