import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { countingBot, FORM, startSurface } from './harness.ts';

let fake: FakeSlack;
let surface: SlackSurface;

beforeAll(async () => {
  fake = await FakeSlack.start();
  surface = await startSurface(fake, 'http', (await countingBot()).asker);
});

afterAll(async () => {
  await fake?.close();
});

describe('Slack over HTTP: stopping', () => {
  it('stops within seconds while a slow upload is still sending', async () => {
    const socket = connect(surface.port as number, '127.0.0.1');
    socket.on('error', () => {});
    socket.write(
      `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: ${FORM}\r\nContent-Length: 50000\r\n` +
        `X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}\r\nX-Slack-Signature: v0=00\r\n\r\ntext=`,
    );
    const trickle = setInterval(() => socket.writable && socket.write('a'), 100);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    try {
      await surface.stop();
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
