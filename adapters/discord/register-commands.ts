import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../../src/config.ts';
import { type DiscordSettings, restOptions } from './client.ts';
import { COMMANDS } from './commands.ts';

/**
 * Registers the slash commands as one bulk overwrite (PUT), so what Discord has is exactly
 * COMMANDS: renamed or removed commands disappear instead of lingering. In one guild the change
 * shows at once (for development); globally it can take up to an hour to reach every client.
 */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId?: string,
): Promise<unknown[]> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  return (await rest.put(route, { body: COMMANDS })) as unknown[];
}

/** `npm run discord:register`: the token says which application; the id is asked of Discord. */
export async function registerFromSettings(settings: DiscordSettings): Promise<string> {
  const rest = new REST(restOptions(settings)).setToken(settings.token);
  const application = (await rest.get(Routes.currentApplication())) as { id: string };
  const registered = await registerCommands(rest, application.id, settings.guildId);
  const names = COMMANDS.map((c) => `/${c.name}`).join(', ');
  return settings.guildId
    ? `Registered ${registered.length} command(s) (${names}) in guild ${settings.guildId}: usable now.`
    : `Registered ${registered.length} command(s) (${names}) globally: may take up to an hour to show.`;
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    process.stderr.write(`discord:register: ${loaded.problems.join('\n  ')}\n`);
    return 2;
  }
  if (!loaded.config.discord) {
    process.stderr.write(
      'discord:register: DISCORD_TOKEN is not set: put the bot token from the Developer Portal (Bot → Reset Token) in .env\n',
    );
    return 2;
  }
  try {
    process.stdout.write(`${await registerFromSettings(loaded.config.discord)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`discord:register: Discord refused: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
