import { describe, expect, it } from 'vitest';
import { boltLogger, createScrubber } from '../../../adapters/slack/bolt-logger.ts';
import { capturedLogger } from './harness.ts';

describe('Slack logging', () => {
  it('keeps tokens, the signing secret, response_urls and socket tickets out of log lines', () => {
    const { logger, lines } = capturedLogger();
    const secret = '0123456789abcdef0123456789abcdef';
    const bolt = boltLogger(logger, createScrubber(['xoxb-given', secret]));
    bolt.debug(
      'http request body: {"token":"xoxb-123-456-abcDEF"}',
      { url: 'https://hooks.slack.com/commands/T1/2/s3cr3t' },
      `ws://x/socket?ticket=abc-123&app_id=A1 secret=${secret} xapp-1-A1-2-zz`,
    );
    const line = lines.join('');
    expect(line).toContain('http request body');
    for (const leaked of ['xoxb-', 'xapp-', 's3cr3t', 'abc-123', secret]) {
      expect(line).not.toContain(leaked);
    }
  });
});
