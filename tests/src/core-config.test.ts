import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { loadCoreConfig } from '../../src/core-config.ts';

describe('the configuration of the content commands (ask, talks, check, chat)', () => {
  it('reads content folder, cache and log level exactly as the full configuration does', () => {
    for (const env of [
      {},
      { CONTENT_DIR: '/notes', CACHE_DIR: '/tmp/cache', LOG_LEVEL: 'debug' },
      { CONTENT_DIR: '', CACHE_DIR: 'off' },
    ]) {
      expect(loadCoreConfig(env)).toEqual(loadConfig(env));
    }
  });

  it('rejects a bad log level with the same message', () => {
    expect(loadCoreConfig({ LOG_LEVEL: 'loud' })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^LOG_LEVEL must be one of fatal, error/)],
    });
    expect(loadConfig({ LOG_LEVEL: 'loud' })).toMatchObject({ ok: false });
  });

  it('knows no platform variable, so a bad token does not stop `qcon ask`', () => {
    expect(loadCoreConfig({ SLACK_BOT_TOKEN: 'nope' }).ok).toBe(true);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'nope' }).ok).toBe(true);
  });
});
