import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/content/front-matter-block.ts';
import { parseMarkdown } from '../../../src/content/markdown.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';

describe('the tokenizer module', () => {
  it('reads a long file in chunks exactly as it would read it whole', () => {
    const talk = (i: number) =>
      [
        `## Talk ${i} by Jane Doe`,
        `* [Slides][s${i}] and [Video][v${i}]`,
        '```',
        `# not a heading ${i}`,
        '```',
        `* ${'word '.repeat(200)}`,
        '',
      ].join('\n');
    const body = Array.from({ length: 600 }, (_, i) => talk(i)).join('\n');
    const definitions = Array.from(
      { length: 600 },
      (_, i) => `[s${i}]: https://x.example/s${i}.pdf\n[v${i}]: https://youtu.be/v${i}`,
    ).join('\n');
    const markdown = `${body}\n${definitions}\n`;
    expect(markdown.length).toBeGreaterThan(600_000);
    const { talks, problems } = parseNotes(markdown, 'n.md', 'n');
    expect(problems).toEqual([]);
    expect(talks).toHaveLength(600);
    const last = talks[599];
    expect(last?.source.line).toBe(599 * 7 + 1);
    expect(last?.links.map((l) => [l.kind, l.url])).toEqual([
      ['slides', 'https://x.example/s599.pdf'],
      ['video', 'https://youtu.be/v599'],
    ]);
    expect(last?.notes.map((n) => n.text)).toContain('# not a heading 599');
    const whole = parseMarkdown(talk(599), 599 * 7).nodes.map((n) => [n.type, n.line]);
    const fromChunks = parseMarkdown(markdown).nodes.filter((n) => n.line > 599 * 7);
    expect(fromChunks.slice(0, whole.length).map((n) => [n.type, n.line])).toEqual(whole);
  });

  it('never cuts a long file inside an HTML comment, and takes only definitions CommonMark counts', () => {
    const filler = (i: number) => `## Talk ${i}\n* ${'word '.repeat(400)}\n`;
    const markdown = [
      ...Array.from({ length: 130 }, (_, i) => filler(i)),
      // A draft commented out, past the first chunk's length: its headings are no talks.
      '<!--',
      ...Array.from({ length: 130 }, (_, i) => `## Draft ${i}\n* not yet\n`),
      '-->',
      '## Linked talk',
      '* [Slides][quoted] and [Video][fenced]',
      '',
      '> [quoted]: https://x.example/slides.pdf',
      '',
      '```',
      '[fenced]: https://x.example/video',
      '```',
      ...Array.from({ length: 130 }, (_, i) => filler(130 + i)),
    ].join('\n');
    expect(markdown.length).toBeGreaterThan(2 * 256 * 1024);
    const { talks } = parseNotes(markdown, 'n.md', 'n');
    expect(talks.filter((t) => t.title.startsWith('Draft'))).toEqual([]);
    expect(talks).toHaveLength(261);
    const linked = talks.find((t) => t.title === 'Linked talk');
    expect(linked?.links.map((l) => l.url)).toEqual(['https://x.example/slides.pdf']);
  });

  it('never cuts a long file inside a ::: box, whose headings are its title, not talks', () => {
    const filler = (i: number) => `## Talk ${i}\n* ${'word '.repeat(400)}\n`;
    const box = (i: number) => `## Box heading ${i}\nInside the box.\n`;
    const markdown = [
      ...Array.from({ length: 130 }, (_, i) => filler(i)),
      '::: {.callout-note}',
      ...Array.from({ length: 200 }, (_, i) => box(i)),
      ':::',
      ...Array.from({ length: 130 }, (_, i) => filler(130 + i)),
    ].join('\n');
    expect(markdown.length).toBeGreaterThan(2 * 256 * 1024);
    const { talks } = parseNotes(markdown, 'n.md', 'n');
    expect(talks.filter((t) => t.title.startsWith('Box'))).toEqual([]);
    expect(talks).toHaveLength(260);
    expect(talks[129]?.notes.map((n) => n.text).slice(1, 3)).toEqual([
      'Box heading 0',
      'Inside the box.',
    ]);
  });

  it("reads Jekyll's {% highlight %} blocks as code, and never cuts a long file inside one", () => {
    const filler = (i: number) => `## Talk ${i}\n* ${'word '.repeat(400)}\n`;
    const markdown = [
      '## Profiling in production — Johan Botha',
      '{% highlight bash %}',
      '# then scrape it with the agent',
      '{% endhighlight %}',
      '',
      ...Array.from({ length: 130 }, (_, i) => filler(i)),
      '{% highlight bash linenos %}',
      ...Array.from({ length: 200 }, (_, i) => `## not a heading ${i}\necho ${i}\n`),
      '{%- endhighlight -%}',
      ...Array.from({ length: 130 }, (_, i) => filler(130 + i)),
    ].join('\n');
    expect(markdown.length).toBeGreaterThan(2 * 256 * 1024);
    const { talks } = parseNotes(markdown, 'n.md', 'n');
    expect(talks.filter((t) => t.title.includes('heading'))).toEqual([]);
    expect(talks).toHaveLength(261);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['# then scrape it with the agent']);
    // Code is searchable but no part of a summary.
    expect(talks[0]?.summary).toBe('');
  });

  it('reads a long list in chunks as one list, and never cuts inside an HTML block', () => {
    const items = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `- point ${from + i} ${'word '.repeat(20)}`);
    const markdown = [
      '## One long talk',
      ...items(0, 3000),
      '<div>',
      ...items(3000, 3000),
      '</div>',
      '',
      ...items(6000, 3000),
    ].join('\n');
    expect(markdown.length).toBeGreaterThan(3 * 256 * 1024);
    const { nodes } = parseMarkdown(markdown);
    // A heading, the list, the HTML block (a <div> holds its lines up to a blank line), the list.
    expect(nodes.map((n) => n.type)).toEqual(['heading', 'list', 'html', 'list']);
    expect(nodes[1]?.children).toHaveLength(3000);
    expect(nodes[3]?.children).toHaveLength(3000);
    expect(nodes[3]?.children[2999]?.line).toBe(9004);
  });

  it('cuts the front matter off with the lines it took', () => {
    expect(splitFrontMatter('---\ntitle: x\n---\n## T\n')).toEqual({
      yaml: 'title: x',
      yamlLine: 2,
      body: '## T\n',
      bodyOffset: 3,
    });
    expect(splitFrontMatter('---\n## T\n')).toBeUndefined();
    expect(splitFrontMatter('## T\n---\n')).toBeUndefined();
  });

  it('reads plain text the way the inline parser would, soft and hard breaks, fields and links included', () => {
    const inline = (markdown: string) =>
      parseMarkdown(markdown).nodes[0]?.children.map((n) =>
        n.type === 'text' ? [n.line, n.value] : [n.line, n.type, n.url ?? ''],
      );
    // Plain lines: one text, its soft breaks kept, indentation and trailing blanks dropped.
    expect(inline('one line\ntwo   words\n   three')).toEqual([
      [1, 'one line\ntwo   words\nthree'],
    ]);
    expect(inline('# Title: a talk {#id}')).toEqual([[1, 'Title: a talk {#id}']]);
    // Two spaces before a line break: a hard break between two texts.
    expect(inline('first  \nsecond')).toEqual([
      [1, 'first'],
      [1, 'break', ''],
      [2, 'second'],
    ]);
    // A field on any line of a paragraph is read as one.
    expect(inline('notes here\nspeaker:: Jane Doe')).toEqual([
      [1, 'notes here\nspeaker: Jane Doe'],
    ]);
    // Entities, escapes, bare and mailto addresses.
    expect(inline('Tom &amp; Jerry \\*not bold\\*')).toEqual([[1, 'Tom & Jerry *not bold*']]);
    expect(inline('see https://x.example/a now')).toEqual([
      [1, 'see '],
      [1, 'link', 'https://x.example/a'],
      [1, ' now'],
    ]);
    expect(inline('ask MAILTO:jane@x.example')?.map((n) => n[1])).toEqual(['ask ', 'link']);
    expect(parseMarkdown('#').nodes[0]?.children).toEqual([]);
  });
});
