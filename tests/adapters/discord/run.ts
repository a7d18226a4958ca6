import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs a command of the project the way a user does, with only the given Discord settings in
 * the environment (the developer's own Slack or Discord variables must not leak in).
 */
export function run(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SLACK|DISCORD)_|^LOG_LEVEL$/.test(name)),
  );
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...clean, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child: child as ChildProcess,
    exited,
    output: () => ({ stdout, stderr }),
  };
}
