import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { DEFAULT_LIMITS, readLimits } from '../../../adapters/slack/receiver-limits.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { countingBot, FORM, form, postSigned, startSurface, visibleText } from './harness.ts';

let fake: FakeSlack;
let surface: SlackSurface;

beforeAll(async () => {
  fake = await FakeSlack.start();
  surface = await startSurface(fake, 'http', (await countingBot()).asker, undefined, undefined, {
    limits: { maxConnections: 5 },
  });
});

afterAll(async () => {
  await fake?.close();
});

/** A connection that has sent the start of a signed-looking request and keeps trickling its body. */
function slowUpload(): { socket: Socket; closed: Promise<boolean> } {
  const socket = connect(surface.port as number, '127.0.0.1');
  socket.on('error', () => {});
  socket.write(
    `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: ${FORM}\r\nContent-Length: 50000\r\n` +
      `X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}\r\nX-Slack-Signature: v0=00\r\n\r\ntext=`,
  );
  const trickle = setInterval(() => socket.writable && socket.write('a'), 100);
  const closed = new Promise<boolean>((resolve) => {
    socket.once('close', () => {
      clearInterval(trickle);
      resolve(true);
    });
    setTimeout(() => resolve(false), 500);
  });
  return { socket, closed };
}

describe('Slack over HTTP: connection cap and stopping', () => {
  it('closes connections past the cap as they arrive', async () => {
    const uploads = Array.from({ length: 10 }, () => slowUpload());
    const closed = await Promise.all(uploads.map((u) => u.closed));
    // The 5 within the cap stay open (still uploading); the rest are closed at once.
    expect(closed.filter(Boolean).length).toBeGreaterThanOrEqual(5);
    expect(closed.filter((c) => !c).length).toBeGreaterThan(0);
    for (const upload of uploads) upload.socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answer = await postSigned(surface.port, form(slashCommand(fake, 'uber', 'cap')), FORM);
    expect(visibleText(await answer.json())).toContain('Uber');
  });

  it('stops within seconds while a slow upload is still sending', async () => {
    const { socket } = slowUpload();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    try {
      await surface.stop();
    } finally {
      socket.destroy();
    }
    expect(performance.now() - started).toBeLessThan(4000);
  });
});

describe('receiver limits from the environment', () => {
  it('takes positive whole numbers, and keeps the default with a warning for anything else', () => {
    const warnings: string[] = [];
    const limits = readLimits((line) => warnings.push(line), {
      SLACK_MAX_BODY_BYTES: '65536',
      SLACK_MAX_CONNECTIONS: 'lots',
      SLACK_CLOCK_SKEW_SECONDS: '-5',
    });
    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxBodyBytes: 65536 });
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toContain('SLACK_MAX_CONNECTIONS');
  });
});
