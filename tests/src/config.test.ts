import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig, type PlatformConfig } from '../../src/config.ts';
import { createLogger, REDACT_PATHS, withoutUrlTokens } from '../../src/log.ts';

describe('configuration from the environment', () => {
  it('needs nothing: the bundled content, info logs, 10 questions per 30 s, memory, 10 s shutdown', () => {
    const result = loadConfig({});
    expect(result.ok && result.config).toMatchObject({
      logLevel: 'info',
      rateLimit: { questions: 10, seconds: 30 },
      shutdownMs: 10_000,
    });
    expect(result.ok && result.config.redisUrl).toBeUndefined();
  });

  it('lists every problem at once, each naming the variable and what to put there', () => {
    const result = loadConfig({
      LOG_LEVEL: 'loud',
      HEALTH_PORT: '99999',
      RATE_LIMIT: 'lots',
      REDIS_URL: 'http://localhost:6379',
      SHUTDOWN_TIMEOUT: 'soon',
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const name of ['LOG_LEVEL', 'HEALTH_PORT', 'RATE_LIMIT', 'REDIS_URL', 'SHUTDOWN_TIMEOUT'])
      expect(
        problems.some((p) => p.startsWith(name)),
        name,
      ).toBe(true);
  });

  it('reads REDIS_URL and SHUTDOWN_TIMEOUT in seconds or milliseconds', () => {
    const config = (env: Record<string, string>) => {
      const result = loadConfig(env);
      return result.ok ? result.config : result.problems;
    };
    expect(config({ REDIS_URL: 'redis://:pw@cache:6380/2' })).toMatchObject({
      redisUrl: 'redis://:pw@cache:6380/2',
    });
    expect(config({ REDIS_URL: 'rediss://cache' })).toMatchObject({ redisUrl: 'rediss://cache' });
    expect(config({ SHUTDOWN_TIMEOUT: '3s' })).toMatchObject({ shutdownMs: 3000 });
    expect(config({ SHUTDOWN_TIMEOUT: '4' })).toMatchObject({ shutdownMs: 4000 });
    expect(config({ SHUTDOWN_TIMEOUT: '2500ms' })).toMatchObject({ shutdownMs: 2500 });
  });

  it("knows no platform: each adds its variables, checked with the core's, under its own key", () => {
    // The core alone accepts any platform variable: it is not its business.
    expect(loadConfig({ SLACK_BOT_TOKEN: 'nope' }).ok).toBe(true);
    const chat: PlatformConfig = {
      key: 'chatty',
      read: (env) =>
        env.CHATTY_TOKEN === undefined
          ? { ok: true }
          : /^c-/.test(env.CHATTY_TOKEN)
            ? { ok: true, settings: { token: env.CHATTY_TOKEN } }
            : { ok: false, problems: ['CHATTY_TOKEN must start with c-'] },
    };
    const read = (env: Record<string, string>) => loadConfig(env, [chat]);
    expect(read({}).ok && 'chatty' in read({})).toBe(false);
    expect(read({ CHATTY_TOKEN: 'c-1' })).toMatchObject({
      ok: true,
      config: { chatty: { token: 'c-1' } },
    });
    expect(read({ CHATTY_TOKEN: 'x', LOG_LEVEL: 'loud' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^LOG_LEVEL/), 'CHATTY_TOKEN must start with c-'],
    });
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

describe('Discord interaction tokens in logged URLs', () => {
  it('are replaced wherever the URL appears in a line', () => {
    const token = Buffer.from('interaction:1:secret-part-of-the-token').toString('base64url');
    const line = JSON.stringify({
      err: {
        url: `https://discord.com/api/v10/interactions/1234567890123456789/${token}/callback`,
        stack: `DiscordAPIError: Unknown\n at /webhooks/1100000000000000001/${token}/messages/@original`,
      },
    });
    const clean = withoutUrlTokens(line);
    expect(clean).not.toContain(token);
    expect(clean).toContain('/interactions/1234567890123456789/[redacted]/callback');
    expect(clean).toContain('/webhooks/1100000000000000001/[redacted]/messages/@original');
    expect(createLogger('info', { pretty: false })).toBeDefined();
  });
});
