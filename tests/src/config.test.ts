import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { REDACT_PATHS } from '../../src/log.ts';

describe('configuration from the environment', () => {
  it('needs nothing: the bundled content, info logs, 10 questions per 30 s', () => {
    const result = loadConfig({});
    expect(result.ok && result.config).toMatchObject({
      logLevel: 'info',
      rateLimit: { questions: 10, seconds: 30 },
    });
    expect(result.ok && result.config.slack).toBeUndefined();
    expect(result.ok && result.config.discord).toBeUndefined();
  });

  it('lists every problem at once, each naming the variable and what to put there', () => {
    const result = loadConfig({
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

  it('asks for a Slack mode when only the bot token is given', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(
        /SLACK_APP_TOKEN \(Socket Mode\) nor SLACK_SIGNING_SECRET \(HTTP mode\)/,
      ),
    ]);
  });

  it('takes DISCORD_SHARDS as auto or a number of shards, and names it when it is neither', () => {
    const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEd.fake-discord-token-for-tests-only';
    const shards = (value: string) => {
      const result = loadConfig({ DISCORD_TOKEN: token, DISCORD_SHARDS: value });
      return result.ok ? result.config.discord?.shards : result.problems;
    };
    expect(shards('auto')).toBe('auto');
    expect(shards('2')).toBe(2);
    for (const bad of ['0', '-1', 'two', '1.5'])
      expect(shards(bad)).toEqual([
        expect.stringMatching(/^DISCORD_SHARDS must be auto .* such as 2$/),
      ]);
    const result = loadConfig({ DISCORD_SHARDS: '2' });
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^DISCORD_SHARDS is set but DISCORD_TOKEN is not/),
    ]);
  });

  it('turns the snapshot cache off with CACHE_DIR=off', () => {
    const result = loadConfig({ CACHE_DIR: 'off' });
    expect(result.ok && result.config.cacheDir).toBeUndefined();
  });
});

describe('logs', () => {
  it('never show tokens, signing secrets or authorization headers', () => {
    const out: string[] = [];
    const logger = pino(
      { redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
      new Writable({
        write(chunk, _e, done) {
          out.push(String(chunk));
          done();
        },
      }),
    );
    logger.info(
      {
        token: 'xoxb-secret-1',
        headers: { authorization: 'Bot abc.def.ghi' },
        config: { slack: { botToken: 'xoxb-secret-2' } },
      },
      'call',
    );
    logger.info({ request: { headers: { authorization: 'Bearer xoxb-secret-3' } } }, 'call');
    const text = out.join('');
    expect(text).not.toMatch(/xoxb-secret|abc\.def\.ghi/);
    expect(text).toContain('[redacted]');
  });
});
