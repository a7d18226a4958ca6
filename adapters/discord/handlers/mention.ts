import type { Message } from 'discord.js';
import type { Asker } from '../../../src/surface.ts';
import { renderMessage } from '../render-embeds.ts';
import { destinationFor, respond, type Sink } from '../respond.ts';

/**
 * Messages: in a server only those that mention the bot by its user mention (Discord delivers
 * their content without the MessageContent intent; @everyone, @here and roles do not count), and
 * every DM. Bots, this one included, are never answered, so two bots cannot talk in circles.
 */
export function mentionHandler(asker: Asker, sink: Sink) {
  return async (message: Message): Promise<void> => {
    if (message.author.bot) return;
    const question = questionIn(message.content, message.client.user.id, message.inGuild());
    if (question === undefined) return;
    // The channel (a thread is one) or the DM: where a follow-up ("who gave it?") is read.
    const answer = await asker.ask(question, {
      surface: 'discord',
      user: message.author.id,
      place: message.channelId,
    });
    await respond(
      destinationFor({ kind: 'mention', message }, answer),
      renderMessage(answer),
      sink,
    );
  };
}

/** The question a message asks the bot, or undefined when it does not address the bot. */
export function questionIn(content: string, botId: string, inGuild: boolean): string | undefined {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const question = content.replace(mention, ' ').trim();
  if (inGuild && question === content.trim()) return undefined;
  return question;
}
