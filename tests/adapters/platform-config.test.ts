import { describe, expect, it } from 'vitest';
import { discordPlatform } from '../../adapters/discord/config.ts';
import { slackPlatform } from '../../adapters/slack/config.ts';
import { loadConfig } from '../../src/config.ts';

/** Each platform's own variables, merged with the core's by the composition root. */
const PLATFORMS = [slackPlatform, discordPlatform];
const load = (env: Record<string, string>) => loadConfig(env, PLATFORMS);
const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEd.fake-discord-token-for-tests-only';

describe('platform configuration', () => {
  it('configures no platform when none of their variables is set', () => {
    const result = load({});
    expect(result.ok && result.config.slack).toBeUndefined();
    expect(result.ok && result.config.discord).toBeUndefined();
  });

  it('lists every problem of the core and of each platform at once, each naming its variable', () => {
    const result = load({
      LOG_LEVEL: 'loud',
      PORT: '99999',
      RATE_LIMIT: 'lots',
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      SLACK_APP_TOKEN: 'nope',
      DISCORD_TOKEN: 'short',
      DISCORD_GUILD_ID: 'my-server',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const name of [
      'LOG_LEVEL',
      'PORT',
      'RATE_LIMIT',
      'SLACK_BOT_TOKEN',
      'SLACK_APP_TOKEN',
      'DISCORD_TOKEN',
      'DISCORD_GUILD_ID',
    ]) {
      expect(
        problems.some((p) => p.startsWith(name) || p.includes(`${name} `)),
        name,
      ).toBe(true);
    }
    expect(problems.join('\n')).not.toContain('xoxp-user-token');
  });

  it('reads Slack settings under config.slack, Socket Mode when an app token is given', () => {
    const result = load({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-x' });
    expect(result.ok && result.config.slack).toEqual({
      botToken: 'xoxb-1-2-abc',
      appToken: 'xapp-1-x',
      command: '/qcon',
      port: 3000,
    });
  });

  it('asks for a Slack mode when only the bot token is given', () => {
    const result = load({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(
        /SLACK_APP_TOKEN \(Socket Mode\) nor SLACK_SIGNING_SECRET \(HTTP mode\)/,
      ),
    ]);
  });

  it('takes DISCORD_SHARDS as auto or a number of shards, and names it when it is neither', () => {
    const shards = (value: string) => {
      const result = load({ DISCORD_TOKEN: TOKEN, DISCORD_SHARDS: value });
      return result.ok ? result.config.discord?.shards : result.problems;
    };
    expect(shards('auto')).toBe('auto');
    expect(shards('2')).toBe(2);
    for (const bad of ['0', '-1', 'two', '1.5'])
      expect(shards(bad)).toEqual([
        expect.stringMatching(/^DISCORD_SHARDS must be auto .* such as 2$/),
      ]);
    const result = load({ DISCORD_SHARDS: '2' });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^DISCORD_SHARDS is set but DISCORD_TOKEN is not/),
    ]);
  });
});
