import { runCli } from '../src/cli.ts';
import { loadEnvironment } from '../src/start-up.ts';
import { renderText } from './console/render-text.ts';
import { consoleSurface } from './console/surface.ts';

/**
 * The composition root: the one place that knows every adapter. The core (src/) stays free of
 * platforms; this file hands it the terminal renderer, the terminal chat and the platforms. A new
 * platform is one adapters/<platform>/ folder with a config.ts (its variables and surface) and
 * one line here.
 */
loadEnvironment();

const code = await runCli(process.argv.slice(2), {
  renderText,
  chat: consoleSurface,
  // Only the variables' schemas load here (for `start`); Bolt and discord.js load when configured.
  platforms: async () => [
    (await import('./slack/config.ts')).slackPlatform,
    (await import('./discord/config.ts')).discordPlatform,
  ],
});
process.exitCode = code;
