import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord.js';
import { MAX_QUESTION } from '../../src/query/parse-request.ts';

/** The slash commands as plain data: what `discord:register` sends and what the handlers answer. */
export const QCON_COMMAND = {
  name: 'qcon',
  type: ApplicationCommandType.ChatInput,
  description: 'Ask about conference talks: words, a topic, a speaker, "talk <ref>" or "help"',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'query',
      description: 'Words, a talk title, a topic or a speaker; "help" lists what I understand',
      required: true,
      autocomplete: true,
      max_length: MAX_QUESTION,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the answer',
      required: false,
    },
  ],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
} as const;

export const COMMANDS = [QCON_COMMAND] as const;
