import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { buildSummary, type DraftNote } from '../../../src/content/summary.ts';
import { CONTENT_DIR } from '../../helpers.ts';

type Tree = string | [string, Tree[]];
const note = (tree: Tree): DraftNote => {
  const [text, children] = typeof tree === 'string' ? [tree, []] : tree;
  return { text, prose: text.replace(/\S+\.\S+\/\S*/g, ''), children: children.map(note) };
};
const summary = (...trees: Tree[]) => buildSummary(trees.map(note));

/** What a summary a person reads must never do. */
function flaws(text: string): string[] {
  const found: string[] = [];
  if (text.length > 300) found.push('longer than 300');
  if (/[:;,]\s*[.…]?$/.test(text)) found.push('ends on a label');
  if (/\?\s*$/.test(text)) found.push('ends on an unanswered question');
  if (/https?:\/\//.test(text)) found.push('shows a URL scheme');
  if (/\.[a-z]{2,}\/\S*[?#]/i.test(text)) found.push('shows a tracking fragment or query');
  if (text !== '' && text.replace(/\S+\.[a-z]{2,}\S*/gi, '').replace(/\W+/g, '') === '')
    found.push('is a bare URL');
  if (text !== '' && !/[.!?…]$/.test(text)) found.push('ends mid-sentence');
  return found;
}

describe('summaries of real notes', () => {
  const dirs = [
    CONTENT_DIR,
    fileURLToPath(new URL('../../fixtures/relevance', import.meta.url)),
    fileURLToPath(new URL('../../fixtures/second-event', import.meta.url)),
  ];
  it.each(dirs)('every talk in %s has a summary worth reading', async (dir) => {
    const { library } = await loadContent(dir);
    expect(library.talks.length).toBeGreaterThan(0);
    for (const talk of library.talks) {
      expect(flaws(talk.summary), `${talk.id}: ${talk.summary}`).toEqual([]);
      expect(talk.summary.length, talk.id).toBeGreaterThan(20);
    }
  });

  it('says what the shipped talks were about, labels with their points', async () => {
    const { library } = await loadContent(CONTENT_DIR);
    const byId = new Map(library.talks.map((t) => [t.id, t.summary]));
    expect(byId.get('implementing-infrastructure-as-code')).not.toMatch(/challenges\.$/);
    expect(byId.get('container-mgmt-at-netflix')).toMatch(/^Running container on AWS/);
    expect(byId.get('container-mgmt-at-netflix')).toMatch(/Why\? \(Amazon service/);
    expect(byId.get('security-in-cloud-environments')).not.toContain('#.f0lazahyo');
    expect(byId.get('security-in-cloud-environments')).toMatch(/^Detecting secrets in source code/);
    expect(byId.get('learnings-from-a-culture-first-startup')).not.toContain(
      'How do we know how to build a good culture',
    );
  });
});

describe('summaries of made-up notes', () => {
  it('takes a label with its points, or not at all', () => {
    expect(summary(['Motivations:', ['speed to market', 'fewer outages at night']])).toBe(
      'Motivations: speed to market; fewer outages at night.',
    );
    expect(summary('We moved every service to one cluster', 'Challenges:')).toBe(
      'We moved every service to one cluster.',
    );
    expect(summary(['Why?', ['the old tool was too slow']])).toBe(
      'Why? the old tool was too slow.',
    );
  });

  it("puts the author's TL;DR first, without its label, and ends a bracketed sentence once", () => {
    expect(
      summary('Eva compared three TSDBs', 'TL;DR: high cardinality is fine if you pay per query'),
    ).toBe('High cardinality is fine if you pay per query. Eva compared three TSDBs.');
    expect(summary('(Slides only; the demo failed.)')).toBe('(Slides only; the demo failed.)');
  });

  it('leaves out questions nobody answers', () => {
    expect(summary('Caching is hard to get right', 'How do we know what to cache')).toBe(
      'Caching is hard to get right.',
    );
    expect(summary('How cryptocurrency is stored at the exchange')).toBe(
      'How cryptocurrency is stored at the exchange.',
    );
  });

  it('keeps prose that opens with a question or a label word: the next sentence answers it', () => {
    expect(
      summary('How do you diff two structured documents? Annie walked through tree diffs.'),
    ).toBe('How do you diff two structured documents? Annie walked through tree diffs.');
    expect(summary('Goals matter less than habits. She showed why with three teams.')).toBe(
      'Goals matter less than habits. She showed why with three teams.',
    );
    expect(
      summary(['Why now? Three reasons:', ['disks got much cheaper', 'networks got much faster']]),
    ).toBe('Why now? Three reasons: disks got much cheaper; networks got much faster.');
  });

  it('shows links without tracking parts, never as the whole summary', () => {
    expect(
      summary('Detecting secrets in code: https://eng.example.com/post?utm_source=x#.f0lazahyo'),
    ).toBe('Detecting secrets in code: eng.example.com/post.');
    expect(
      summary(
        'A long read on this: https://blog.example.org/2016/04/25/a-very-long-slug-of-a-blog-post-title',
      ),
    ).toBe('A long read on this: blog.example.org.');
    expect(summary('https://example.com/only-a-link')).toBe('');
  });

  it('keeps whole sentences within 300 characters, whole words when one is longer', () => {
    const points = Array.from(
      { length: 12 },
      (_, i) => `Point ${i} makes a fairly long claim about systems`,
    );
    const text = summary(...points);
    expect(text.length).toBeLessThanOrEqual(300);
    for (const sentence of text.split(/(?<=\.) /))
      expect(points.map((p) => `${p}.`)).toContain(sentence);
    const long = summary(`${'word '.repeat(100)}end`);
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long).toMatch(/word…$/);
  });

  it('leaves out a "Notes" label: its points are the summary', () => {
    expect(summary(['Notes', ['Kubernetes should be boring', 'most teams need no mesh yet']])).toBe(
      'Kubernetes should be boring. most teams need no mesh yet.',
    );
  });

  it('puts the key message first', () => {
    expect(summary('Some context first', ['Key takeaway:', ['ship small changes']])).toMatch(
      /^Key takeaway: ship small changes\. Some context first\.$/,
    );
  });
});

describe('the talk’s links at the end of a paragraph', () => {
  it('are no part of the summary, whether an address or only the words of a link', () => {
    expect(summary('Zod schemas shared between client and server. 👉 Recording')).toBe(
      'Zod schemas shared between client and server.',
    );
    expect(summary('Pure functions are trivially testable. youtu.be/abcdEFGhijk')).toBe(
      'Pure functions are trivially testable.',
    );
    expect(summary('Wide events, not three pillars. Video: youtu.be/abcdEFGhijk')).toBe(
      'Wide events, not three pillars.',
    );
    // Labelled in any language, or "at" an address.
    expect(
      summary('Wie man die CI schnell hält. Aufzeichnung: https://www.youtube.com/watch?v=x1'),
    ).toBe('Wie man die CI schnell hält.');
    expect(summary('Elle va changer le métier. La vidéo : https://youtu.be/abc')).toBe(
      'Elle va changer le métier.',
    );
    expect(summary('No allocator in the hot path. Slides at kristoff.it/talks/zig.pdf')).toBe(
      'No allocator in the hot path.',
    );
    // An address that is what was said stays: "where to look" is the point here.
    expect(summary('Detecting secrets in source code: eng.lyft.com')).toBe(
      'Detecting secrets in source code: eng.lyft.com.',
    );
  });
});
