import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from './helpers.ts';

/** Whether a `redis-server` binary is on the PATH: the Redis tests run only then. */
export const REDIS_SERVER = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const HOW_TO_RUN =
  'redis-server not found: the Redis tests are skipped. Install it (apt-get install redis-server, brew install redis) and run npm test again.';

/**
 * A throwaway Redis on 127.0.0.1: a random port, nothing saved to disk, killed by `stop()`.
 * `restart()` starts it again on the same port (empty), as after a crash.
 */
export async function startRedis() {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = server;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (chunk) => {
        output += chunk;
        if (/Ready to accept connections/i.test(output)) resolve();
      });
      server.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
    });
  };
  const stop = async () => {
    const server = child;
    child = undefined;
    if (!server || server.exitCode !== null) return;
    const exited = once(server, 'exit');
    server.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, restart: start };
}
