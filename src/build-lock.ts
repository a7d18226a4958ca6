import { mkdir, open, rm, stat, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

/**
 * Replicas that share a cache folder and start together on notes with no snapshot yet (a deploy
 * of three, systemd instances on one machine) would each parse and index the whole archive at
 * once, sharing the cores: each took as long as all of them. The first takes this lock, builds
 * and writes the snapshot; the others wait for that snapshot and start from it.
 *
 * The lock is a file created exclusively beside the snapshot; its holder touches it while it
 * builds, so one that died (killed, out of memory) is known by a lock left untouched, which the
 * next replica takes over. Anything going wrong here only costs the time saved.
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
      return {
        async release() {
          clearInterval(timer);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { release: async () => {} };
      // Held: by a live builder unless it was left untouched.
      const touched = (await stat(path).catch(() => undefined))?.mtimeMs;
      if (touched !== undefined && Date.now() - touched < STALE_MS) return undefined;
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
    const touched = (await stat(`${snapshot}.lock`).catch(() => undefined))?.mtimeMs;
    if (touched === undefined) return exists(snapshot);
    if (Date.now() - touched >= STALE_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}
