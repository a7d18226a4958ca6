import { describe, expect, it } from 'vitest';
import { slackPlatform } from '../../../adapters/slack/config.ts';
import manifest from '../../../adapters/slack/manifest.json' with { type: 'json' };
import { loadConfig } from '../../../src/config.ts';

/** A team installs the app from the manifest: it must ask for exactly what the listeners use. */
describe('Slack app manifest', () => {
  it('declares the default slash command', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }, [
      slackPlatform,
    ]);
    expect(config.ok && config.config.slack?.command).toBe('/qcon');
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/qcon']);
  });

  it('subscribes to the events the bot answers and enables buttons and Socket Mode', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('asks for the least scopes: commands, posting (also to public channels on Share), mentions, DMs', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'chat:write.public',
      'commands',
      'im:history',
    ]);
  });
});
