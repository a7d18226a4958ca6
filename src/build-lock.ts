import { rmSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/**
 * Replicas that share a cache folder and start together on notes with no snapshot yet (a deploy
 * of three, systemd instances on one machine) would each parse and index the whole archive at
 * once, sharing the cores: each took as long as all of them. The first takes this lock, builds
 * and writes the snapshot; the others wait for that snapshot and start from it.
 *
 * The lock is a file created exclusively beside the snapshot, naming its holder (pid and host); the
 * holder touches it while it builds and removes it when it exits. One that died (killed, out of
 * memory) is known by a lock left untouched, or by its pid gone on this host, and the next
 * replica takes it over. Anything going wrong here only costs the time saved.
 */
export interface BuildLock {
  release(): Promise<void>;
}

/** A lock untouched for this long is left by a process that died. */
export const STALE_MS = 30_000;
const TOUCH_MS = 5_000;

/** The lock on building `snapshot`, or undefined while another process holds it. */
export async function takeBuildLock(snapshot: string): Promise<BuildLock | undefined> {
  const path = `${snapshot}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await mkdir(dirname(path), { recursive: true });
      const file = await open(path, 'wx');
      await file.writeFile(`${process.pid}@${hostname()}\n`);
      await file.close();
      const timer = setInterval(() => {
        const now = new Date();
        utimes(path, now, now).catch(() => {});
      }, TOUCH_MS);
      timer.unref();
      // Stopped while building (SIGTERM, an exception): the others need not wait it out.
      const onExit = () => rmSync(path, { force: true });
      process.once('exit', onExit);
      return {
        async release() {
          clearInterval(timer);
          process.off('exit', onExit);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { release: async () => {} };
      // Held: by a live builder unless it was left untouched or its process is gone.
      if (await isLive(path)) return undefined;
      await rm(path, { force: true });
    }
  }
  return undefined;
}

/**
 * Waits while another process holds the lock on building `snapshot`: true once the snapshot is
 * there, false when the lock was released without one (that build had errors, which are never
 * cached) or left untouched, or after `limitMs`.
 */
export async function awaitBuild(
  snapshot: string,
  options: { limitMs?: number; everyMs?: number } = {},
): Promise<boolean> {
  const { limitMs = 10 * 60_000, everyMs = 100 } = options;
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (await exists(snapshot)) return true;
    const lock = `${snapshot}.lock`;
    if (!(await exists(lock))) return exists(snapshot);
    if (!(await isLive(lock))) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

/** Whether a lock's holder is building: it touched it lately, and is running if on this host. */
async function isLive(lock: string): Promise<boolean> {
  const touched = (await stat(lock).catch(() => undefined))?.mtimeMs;
  if (touched === undefined || Date.now() - touched >= STALE_MS) return false;
  const [pid, host] = (await readFile(lock, 'utf8').catch(() => '')).trim().split('@');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return true;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    // EPERM: running, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
