import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { FORM, form, postSigned, visibleText } from './harness.ts';

const SERVER = fileURLToPath(new URL('./http-surface-process.ts', import.meta.url));
const UPLOADS = 250;
const REQUEST_TIMEOUT_MS = 2000;

let fake: FakeSlack;
let child: ChildProcess;
let port: number;

beforeAll(async () => {
  fake = await FakeSlack.start();
  // With the flags `npm start` uses: V8's young generation capped as in production, so the
  // numbers are about what connections hold, not how far V8 lets its nursery grow.
  child = spawn(
    process.execPath,
    ['--max-semi-space-size=2', '--import', 'tsx', SERVER, fake.apiUrl],
    {
      env: {
        ...process.env,
        SLACK_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        SLACK_HEADERS_TIMEOUT_MS: '1000',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout as never }), 'line')) as [
    string,
  ];
  port = (JSON.parse(line) as { port: number }).port;
});

afterAll(async () => {
  child?.stdin?.end();
  if (child && child.exitCode === null) await once(child, 'exit');
  await fake?.close();
});

/** The server process's resident memory in bytes, from /proc (Linux). */
function rss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/**
 * One slow upload: the headers of a 100 KB body, then a trickle of bytes. Half claim a signature
 * (a fresh timestamp, a made-up signature), so the server has to read their bodies; half do not.
 */
function slowUpload(i: number): { socket: Socket; closed: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  const signed = i % 2 === 0;
  socket.write(
    [
      'POST /slack/events HTTP/1.1',
      'Host: 127.0.0.1',
      `Content-Type: ${FORM}`,
      'Content-Length: 100000',
      ...(signed
        ? [
            `X-Slack-Request-Timestamp: ${Math.floor(Date.now() / 1000)}`,
            `X-Slack-Signature: v0=${'0'.repeat(64)}`,
          ]
        : []),
      '',
      'text=',
    ].join('\r\n'),
  );
  const trickle = setInterval(() => socket.writable && socket.write('a'.repeat(100)), 200);
  // Not events.once: that rejects on the 'error' (EPIPE, reset) a refused upload is expected to see.
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      clearInterval(trickle);
      resolve();
    }),
  );
  return { socket, closed };
}

describe.skipIf(process.platform !== 'linux')('Slack over HTTP: slow uploads', () => {
  it(`holds ${UPLOADS} slow unsigned uploads in a few MB, cuts them off, and keeps answering`, async () => {
    // Warm: the first answers allocate what every later one reuses.
    for (let i = 0; i < 30; i += 1) {
      await postSigned(port, form(slashCommand(fake, 'netflix', `warm-${i}`)), FORM);
    }
    await sleep(300);
    const pid = child.pid as number;
    const before = rss(pid);
    const uploads = Array.from({ length: UPLOADS }, (_, i) => slowUpload(i));
    let peak = before;
    const started = performance.now();
    while (performance.now() - started < REQUEST_TIMEOUT_MS + 500) {
      peak = Math.max(peak, rss(pid));
      await sleep(100);
    }
    // Every slow upload is closed by the server: refused at once, or at the request timeout.
    await Promise.all(uploads.map((u) => u.closed));
    const tookMs = performance.now() - started;
    expect(tookMs).toBeLessThan(REQUEST_TIMEOUT_MS + 3000);
    const grewMb = (peak - before) / 2 ** 20;
    process.stderr.write(
      `slow uploads: server RSS grew ${grewMb.toFixed(1)} MB at most, all closed in ${Math.round(tookMs)} ms\n`,
    );
    expect(grewMb).toBeLessThan(5);
    const after = await postSigned(port, form(slashCommand(fake, 'netflix', 'after')), FORM);
    expect(visibleText(await after.json())).toContain('Container mgmt at Netflix');
  });
});
