import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Whole snapshots kept in the cache folder: the newest few, for replicas on older content. */
const KEEP_SNAPSHOTS = 4;
const SUFFIX = '.snapshot';

export function snapshotPath(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}${SUFFIX}`);
}

/** Written to a temporary name and renamed, so a reader never sees half a snapshot. */
export async function writeSnapshot(cacheDir: string, key: string, bytes: Uint8Array) {
  try {
    await mkdir(cacheDir, { recursive: true });
    const path = snapshotPath(cacheDir, key);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
    await pruneSnapshots(cacheDir);
  } catch {
    // A cache that cannot be written (read-only disk) only costs the next start some time.
  }
}

async function pruneSnapshots(cacheDir: string): Promise<void> {
  // Snapshots of the earlier format (`.json`) are pruned as well.
  const names = (await readdir(cacheDir)).filter(
    (name) => name.endsWith(SUFFIX) || name.endsWith('.json'),
  );
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      time: (await stat(join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? 0,
    })),
  );
  dated.sort((a, b) => b.time - a.time);
  await Promise.all(
    dated.slice(KEEP_SNAPSHOTS).map(({ name }) => rm(join(cacheDir, name), { force: true })),
  );
}
