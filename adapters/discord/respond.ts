import {
  type APIApplicationCommandOptionChoice,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Message,
  type MessageComponentInteraction,
  MessageFlags,
  RESTJSONErrorCodes,
} from 'discord.js';
import type { Answer } from '../../src/answer.ts';
import type { Logger } from '../../src/log.ts';
import type { Metrics } from '../../src/metrics.ts';
import type { DiscordMessage } from './render-embeds.ts';

/**
 * Everything the bot sends goes through here, so two promises hold everywhere: no answer can
 * ping anyone (not @everyone, a role, a user, nor the person replied to), and a failed send is
 * logged and counted rather than crashing the process.
 */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

export type Destination =
  | { kind: 'reply'; message: Message }
  /** A private message to the author of `message`: for what only they should see. */
  | { kind: 'dm'; message: Message }
  | {
      kind: 'interaction';
      interaction: ChatInputCommandInteraction | MessageComponentInteraction;
      ephemeral: boolean;
    }
  | { kind: 'update'; interaction: MessageComponentInteraction };

/** Where a question came from; with the Answer's `audience`, this decides where the answer goes. */
export type Origin =
  | { kind: 'mention'; message: Message }
  | { kind: 'command'; interaction: ChatInputCommandInteraction; private: boolean }
  /** A button or menu: the answer replaces the message clicked on. */
  | { kind: 'click'; interaction: MessageComponentInteraction }
  /** "Share in channel": the answer is posted for everyone. */
  | { kind: 'share'; interaction: MessageComponentInteraction };

/**
 * The one decision of who sees an answer on Discord. The Answer may say (a rate-limited "Slow
 * down" is for the asker); otherwise: a mention is answered in the channel, `/qcon` as its
 * `private` option says, a click in place, Share for the channel. Private answers to a mention go
 * to the asker's DMs (a reply cannot be ephemeral); a private answer to a click leaves the
 * clicked message as it was.
 */
export function destinationFor(origin: Origin, answer: Answer): Destination {
  const audience = answer.audience;
  switch (origin.kind) {
    case 'mention':
      return { kind: audience === 'asker' ? 'dm' : 'reply', message: origin.message };
    case 'command':
      return {
        kind: 'interaction',
        interaction: origin.interaction,
        ephemeral: audience ? audience === 'asker' : origin.private,
      };
    case 'click':
      return audience === 'asker'
        ? { kind: 'interaction', interaction: origin.interaction, ephemeral: true }
        : { kind: 'update', interaction: origin.interaction };
    case 'share':
      return {
        kind: 'interaction',
        interaction: origin.interaction,
        ephemeral: audience === 'asker',
      };
  }
}

/** Whether the answer will be seen by the asker alone: then it offers "Share in channel". */
export function isPrivate(to: Destination, clickedWasPrivate = false): boolean {
  if (to.kind === 'interaction') return to.ephemeral;
  if (to.kind === 'update') return clickedWasPrivate;
  return to.kind === 'dm';
}

/** Where a failed send is reported: the log, and the platform-error counter an operator graphs. */
export interface Sink {
  logger: Logger;
  metrics?: Metrics;
}

export async function respond(to: Destination, message: DiscordMessage, sink: Sink): Promise<void> {
  const body = { ...message, allowedMentions: NO_MENTIONS };
  try {
    switch (to.kind) {
      case 'reply':
        await to.message.reply(body);
        return;
      case 'dm':
        await to.message.author.send(body);
        return;
      case 'interaction':
        await to.interaction.reply(
          to.ephemeral ? { ...body, flags: MessageFlags.Ephemeral } : body,
        );
        return;
      case 'update':
        await to.interaction.update(body);
        return;
    }
  } catch (error) {
    reportFailure(sink, error, to.kind);
  }
}

/** Autocomplete answers are choices, not messages, but fail the same ways. */
export async function respondChoices(
  interaction: AutocompleteInteraction,
  choices: APIApplicationCommandOptionChoice<string>[],
  sink: Sink,
): Promise<void> {
  try {
    await interaction.respond(choices);
  } catch (error) {
    reportFailure(sink, error, 'autocomplete');
  }
}

/** A Discord API call that failed: logged, and counted in `qcon_platform_api_errors_total`. */
export function reportFailure(sink: Sink, error: unknown, what: string): void {
  sink.metrics?.platformErrors.inc({ surface: 'discord' });
  logFailure(sink.logger, error, what);
}

/**
 * An interaction answered after its 3 s window (10062) or twice, e.g. by a second replica
 * (40060), is a warning: the user simply sees no answer to that one click.
 */
export function logFailure(logger: Logger, error: unknown, what: string): void {
  if (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.UnknownInteraction ||
      error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
  ) {
    logger.warn({ code: error.code, what }, `discord: ${what} not sent: ${error.message}`);
    return;
  }
  logger.error({ err: error, what }, `discord: ${what} failed`);
}
