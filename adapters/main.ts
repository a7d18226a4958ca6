import { config as loadDotenv } from 'dotenv';
import { runCli } from '../src/cli.ts';
import { chat } from './console/chat.ts';
import { renderText } from './console/render-text.ts';

/**
 * The composition root: the one place that knows every adapter. The core (src/) stays free of
 * platforms; this file hands it the surfaces and the terminal renderer.
 */
loadDotenv({ quiet: true });

const code = await runCli(process.argv.slice(2), {
  renderText,
  chat,
  // Bolt and discord.js load only when `start` runs them, not for `qcon ask`.
  surfaces: async () => [
    (await import('./slack/index.ts')).slackSurface,
    (await import('./discord/index.ts')).discordSurface,
  ],
});
process.exitCode = code;
