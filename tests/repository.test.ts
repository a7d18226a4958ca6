import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
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

/** A Markdown file without its fenced code blocks, where links and headings are examples. */
function withoutFences(markdown: string): string {
  return markdown.replace(
    /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm,
    '',
  );
}

/** The text of a Markdown file without code, fenced or inline. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/(`+)[^`\n]*?\1/g, '');
}

/** The anchors GitHub gives a Markdown file's headings (`## Set-up: \`npm start\`` → `#set-up-npm-start`). */
function anchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const found = new Set<string>();
  for (const match of withoutFences(markdown).matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    found.add(slugger.slug((match[1] ?? '').replaceAll('`', '')));
  }
  return found;
}

/**
 * Relative links (`[text](docs/x.md#part)`, `[text]: ../x.md`) in a Markdown file whose file, or
 * whose heading in a Markdown file, does not exist. Links with a scheme (https:, mailto:) are
 * not checked; a link to `#part` alone is checked against the file's own headings.
 */
function brokenLinks(file: string, markdown: string, read: (path: string) => string | undefined) {
  const broken: string[] = [];
  const text = prose(markdown);
  const targets = [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/g)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1] ?? ''),
  ];
  for (const target of targets) {
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const [path = '', anchor] = target.split('#');
    const resolved = path === '' ? file : normalize(join(dirname(file), decodeURI(path)));
    const content = read(resolved);
    if (content === undefined) {
      broken.push(`${file}: ${target} (no such file)`);
    } else if (anchor && resolved.endsWith('.md') && !anchors(content).has(anchor)) {
      broken.push(`${file}: ${target} (no such heading)`);
    }
  }
  return broken;
}

describe('the repository stands on its own', () => {
  it('answers from a fresh clone, with nothing beside it', async () => {
    // A clone of what is committed, alone in a temporary folder: the bundled notes, the code and
    // the installed packages (linked, as `npm ci` would have made them), and nothing else.
    const dir = mkdtempSync(join(tmpdir(), 'qcon-clone-'));
    try {
      const clone = join(dir, 'qcon-bot');
      execFileSync('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
      symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
      const qcon = (args: string[]) =>
        new Promise<{ code: number; stdout: string }>((resolve) => {
          const { CONTENT_DIR: _ignored, ...inherited } = process.env;
          const env = { ...inherited, CACHE_DIR: 'off' };
          execFile('node', ['adapters/qcon.js', ...args], { cwd: clone, env }, (error, stdout) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
          );
        });
      const check = await qcon(['check']);
      expect(check.code).toBe(0);
      expect(check.stdout).toMatch(/qcon-ny-2016\.md: 10 talks/);
      const ask = await qcon(['ask', '--json', 'microservices']);
      expect(ask.code).toBe(0);
      expect(JSON.parse(ask.stdout)).toMatchObject({ kind: 'talks' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('has no tracked file that refers to a path outside the repository', () => {
    const outside = trackedFiles().flatMap((file) =>
      escapingPaths(file, readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('notices a path that climbs out of the repository', () => {
    expect(
      escapingPaths('tests/src/a.test.ts', "read('../../../outside/facts.yaml')"),
    ).toHaveLength(1);
    expect(escapingPaths('tests/src/a.test.ts', "read('../../fixtures/facts.yaml')")).toEqual([]);
  });

  it('has no Markdown link to a file or heading that does not exist', () => {
    const read = (path: string) => {
      const full = join(ROOT, path);
      if (relative(ROOT, full).startsWith('..') || !existsSync(full)) return undefined;
      return path.endsWith('.md') ? readFileSync(full, 'utf8') : '';
    };
    // tests/fixtures holds notes copied as their authors wrote them (images beside a blog post
    // included): test data, not documentation.
    const broken = trackedFiles()
      .filter((file) => file.endsWith('.md') && !file.startsWith('tests/fixtures/'))
      .flatMap((file) => brokenLinks(file, readFileSync(join(ROOT, file), 'utf8'), read));
    expect(broken).toEqual([]);
  });

  it('notices a Markdown link to a missing file or heading, not one in code or with a scheme', () => {
    const files: Record<string, string> = {
      'docs/a.md': '# Title\n\n## Set-up: `npm start`\n',
      'README.md': '',
    };
    const read = (path: string) => files[path];
    const page = [
      '[ok](a.md) [ok](a.md#set-up-npm-start) [ok](#title) [ok](../README.md) [ok](https://x.example/y)',
      '[bad](missing.md) [bad](a.md#nope)',
      '[ref]: ./gone.md',
      '`[code](nowhere.md)`',
      '```',
      '[fenced](nowhere.md)',
      '```',
    ].join('\n');
    expect(brokenLinks('docs/a.md', `# Title\n${page}`, read)).toEqual([
      'docs/a.md: missing.md (no such file)',
      'docs/a.md: a.md#nope (no such heading)',
      'docs/a.md: ./gone.md (no such file)',
    ]);
  });
});

/** Environment variables the product reads: schema keys, `env.X` reads and a limits table's names. */
function variablesRead(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    for (const m of code.matchAll(/\b(?:process\.env|env)\.([A-Z][A-Z0-9_]+)\b/g))
      names.add(m[1] ?? '');
    for (const m of code.matchAll(/\benv\[\s*'([A-Z][A-Z0-9_]+)'\s*\]/g)) names.add(m[1] ?? '');
    // zod schemas of the environment (`SLACK_BOT_TOKEN: optional(…)`) and name tables
    // (`maxBodyBytes: 'SLACK_MAX_BODY_BYTES'`).
    if (/config\.ts$|limits\.ts$/.test(file)) {
      for (const m of code.matchAll(/^\s+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*):\s/gm))
        names.add(m[1] ?? '');
      for (const m of code.matchAll(/:\s*'([A-Z][A-Z0-9]*_[A-Z0-9_]+)',?$/gm))
        names.add(m[1] ?? '');
    }
  }
  // Set by discord.js's ShardingManager for its shard processes, not by an operator.
  for (const internal of ['SHARDS', 'SHARD_COUNT']) names.delete(internal);
  return names;
}

describe('every variable is documented', () => {
  const code = trackedFiles().filter(
    (file) => /^(src|adapters)\//.test(file) && file.endsWith('.ts'),
  );
  const names = [...variablesRead(code)].sort();

  it('finds the variables the code reads', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'CONTENT_DIR',
        'REDIS_URL',
        'SLACK_BOT_TOKEN',
        'SLACK_MAX_BODY_BYTES',
        'SLACK_ACK_BUDGET_MS',
        'DISCORD_SHARDS',
        'PORT',
      ]),
    );
  });

  it('lists each in .env.example and docs/configuration.md', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const docs = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
    expect(names.filter((name) => !new RegExp(`^# ${name}=`, 'm').test(example))).toEqual([]);
    expect(names.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
  });
});
