import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Files whose `../` strings are on purpose (hostile input, this check's own examples), not references. */
const DELIBERATE = new Set(['tests/bad-input.ts', 'tests/repository.test.ts']);
const TEXT = /\.(ts|js|mjs|cjs|json|md|ya?ml|sh|txt|toml)$|^\.ci\/run$|^\.env\.example$/;

/** Tracked text files, as a fresh clone has them. */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(
      (file) => file && TEXT.test(file) && file !== 'package-lock.json' && !DELIBERATE.has(file),
    );
}

/** Relative paths written in a file (`../x`, `./a/../../b`) that climb above the repository. */
function escapingPaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\.{1,2}\/)*\.\.\/[\w.@-][\w./@-]*/g)) {
    const target = normalize(join(dirname(file), match[0]));
    if (relative('.', target).startsWith('..')) found.push(`${file}: ${match[0]}`);
  }
  return found;
}

describe('the repository stands on its own', () => {
  it('has no tracked file that refers to a path outside the repository', () => {
    const outside = trackedFiles().flatMap((file) =>
      escapingPaths(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('notices a path that climbs out of the repository', () => {
    expect(escapingPaths('tests/src/a.test.ts', "read('../../../shared/facts.yaml')")).toHaveLength(
      1,
    );
    expect(escapingPaths('tests/src/a.test.ts', "read('../../fixtures/facts.yaml')")).toEqual([]);
  });
});
