import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../fixtures/threads/young-space-main.ts', import.meta.url));

describe('threads of a bot started as `npm start` starts it', () => {
  // `--max-semi-space-size=2` keeps the answering thread small; V8 applied it to every thread
  // over the thread's own limits, and a 10k first build spent a quarter of its parse collecting.
  it('get the young generation they ask for, not the answering thread’s 2 MB semi-spaces', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--max-semi-space-size=2', '--import', 'tsx', MAIN],
      { timeout: 60_000 },
    );
    // Two semi-spaces: at most 4 MB under the flag, 32 MB for the 48 MB asked for.
    expect(Number(stdout.trim())).toBeGreaterThan(16 * 2 ** 20);
  }, 60_000);
});
