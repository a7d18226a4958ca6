// Plain JavaScript: the `qcon` command reads this before it knows whether it needs tsx.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where bundles are kept. */
export const BUNDLES = join(ROOT, 'node_modules', '.cache', 'qcon-bot-threads');

/**
 * The name of a checkout's bundles of an entry: checkouts sharing one node_modules (a linked
 * folder, git worktrees) each keep their own, where one manifest per entry had each start
 * replace the other's, and every thread of both went through tsx again.
 */
export function bundleName(source, root = ROOT) {
  return `${entryName(source)}.${sha256(Buffer.from(root)).slice(0, 8)}`;
}

/** `src/content/parse-worker.ts` → `src-content-parse-worker`: the start of its bundles' names. */
export function entryName(source) {
  return source.replace(/\.ts$/, '').replace(/[\\/]/g, '-');
}

/** Whether code runs from bundles at all: `QCON_THREAD_BUNDLES=off` runs every file through tsx. */
export function bundlesOn() {
  return process.env.QCON_THREAD_BUNDLES !== 'off';
}

/**
 * The bundle of `source` (a path in the project) in `folder`, when it is there and every source
 * file in it still has the bytes it was made from; else null (none, another project's, stale).
 */
export function currentBundle(folder, source) {
  if (!bundlesOn()) return null;
  try {
    const manifest = JSON.parse(readFileSync(join(folder, `${bundleName(source)}.json`), 'utf8'));
    if (manifest.root !== ROOT) return null;
    for (const [file, hash] of Object.entries(manifest.inputs))
      if (sha256(readFileSync(join(ROOT, file))) !== hash) return null;
    const bundle = join(folder, manifest.bundle);
    // Pruned by another process (see `prune` in thread-bundle.ts): none.
    return existsSync(bundle) ? bundle : null;
  } catch {
    return null;
  }
}

export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}
