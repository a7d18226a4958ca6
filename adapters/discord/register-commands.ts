import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { configure, loadEnvironment } from '../../src/start-up.ts';
import { EXIT } from '../../src/surface.ts';
import { type DiscordSettings, restOptions, startFailure } from './client.ts';
import { COMMANDS } from './commands.ts';
import { discordPlatform } from './config.ts';

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

/** The same start-up path as `npm start` (.env, configuration), reading Discord's variables only. */
async function main(): Promise<number> {
  loadEnvironment();
  const settings = configure([discordPlatform], { name: 'discord:register' });
  if (typeof settings === 'number') return settings;
  const discord = settings.config.discord;
  if (!discord) {
    process.stderr.write(
      'discord:register: DISCORD_TOKEN is not set: put the bot token from the Developer Portal (Bot → Reset Token) in .env\n',
    );
    return EXIT.config;
  }
  try {
    process.stdout.write(`${await registerFromSettings(discord)}\n`);
    return EXIT.ok;
  } catch (error) {
    const failure = startFailure(error);
    process.stderr.write(`discord:register: ${failure.message}\n`);
    return failure.code;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
