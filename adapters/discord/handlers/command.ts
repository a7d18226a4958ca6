import type { ChatInputCommandInteraction } from 'discord.js';
import { MAX_QUESTION } from '../../../src/query/parse-request.ts';
import type { Asker } from '../../../src/surface.ts';
import { cleanInput } from '../../../src/text.ts';
import { shareOf } from '../carried-questions.ts';
import { QCON_COMMAND } from '../commands.ts';
import { renderMessage } from '../render-embeds.ts';
import { destinationFor, respond, type Sink } from '../respond.ts';

/** `/qcon query:<text> [private]`: the core answers at once, well inside the 3 s window. */
export function commandHandler(asker: Asker, sink: Sink) {
  return async (interaction: ChatInputCommandInteraction): Promise<void> => {
    if (interaction.commandName !== QCON_COMMAND.name) return;
    const query = interaction.options.getString('query') ?? '';
    const wanted = interaction.options.getBoolean('private') ?? false;
    const answer = await asker.ask(query, {
      surface: 'discord',
      user: interaction.user.id,
      place: interaction.channelId,
    });
    const to = destinationFor({ kind: 'command', interaction, private: wanted }, answer);
    const shared = to.kind === 'interaction' && to.ephemeral;
    // As the core reads it (no invisible characters, spaces folded): what a footer shows back.
    const share = shareOf(answer, { query: cleanInput(query, MAX_QUESTION), page: 1 });
    await respond(to, renderMessage(answer, shared ? { share } : {}), sink);
  };
}
