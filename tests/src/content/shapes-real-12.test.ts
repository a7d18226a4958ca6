import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { contentFolder } from './folder-fixture.ts';
import { who } from './shape-fixture.ts';

/**
 * Shapes of real notes repositories (R12), each written again with invented conferences, talks
 * and people: a file per talk whose headings are the talk's own parts.
 */

const folder = contentFolder('qcon-real-12-');

describe("a file per talk whose headings below the title are the talk's parts", () => {
  it('is one talk, not a talk per part, and its folder names the conference', async () => {
    await folder.write({
      'fjordconf-2026/ownership-types-mira-holt.md': [
        '# "Ownership Types in Practice" by Mira Holt, Tidewater',
        '',
        '## Borrowing',
        'A borrow ends where its last use is.',
        '',
        '## Lifetimes',
        '* elided in most signatures',
        '* spelled out at module borders',
      ].join('\n'),
      'fjordconf-2026/9_stream_joins.md': [
        '# Stream joins without tears - Anna Brekke',
        '',
        'https://example.org/fjordconf/stream-joins',
        '',
        '## Windows',
        ' - tumbling windows first',
        '',
        '## State stores',
        ' - keep them small',
        '',
        '# Questions',
        ' - Does it scale? Yes, by partition.',
      ].join('\n'),
      'fjordconf-2026/wasm-edges.md': [
        '# Running Wasm at the edges',
        '## Pia Lund',
        '',
        '# intro',
        '- one binary for every node',
        '',
        '# cold starts',
        '- under a millisecond',
      ].join('\n'),
      // The speaker's page on the conference's site, first under the title.
      'fjordconf-2026/fluent-zig.md': [
        '# Becoming fluent in Zig',
        '',
        'https://fjordconf.example/speaker/NoraVik',
        '',
        '## Level 1: make it run',
        '- comptime first',
        '',
        '## Q&A',
        '',
        '### Is it hard?',
        'Not after a week.',
      ].join('\n'),
      // A file of talks whose dashed headings name their speakers stays a file of talks.
      'fjordconf-2026/day-1.md': [
        '# Steven Lind - Reflections on code review',
        '- review less, pair more',
        '',
        '# Carla Rossi - No passwords, no problems',
        '- passkeys',
        '',
        '# Hiroshi Sato - Resolving gem versions',
        '- the resolver',
      ].join('\n'),
    });
    const { library } = await loadContent(folder.dir);
    const talks = [...library.talks].sort((a, b) => a.title.localeCompare(b.title));
    expect(talks.map((t) => t.title)).toEqual([
      'Becoming fluent in Zig',
      'No passwords, no problems',
      'Ownership Types in Practice',
      'Reflections on code review',
      'Resolving gem versions',
      'Running Wasm at the edges',
      'Stream joins without tears',
    ]);
    expect(talks.map(who)).toEqual([
      [],
      ['Carla Rossi'],
      ['Mira Holt @ Tidewater'],
      ['Steven Lind'],
      ['Hiroshi Sato'],
      ['Pia Lund'],
      ['Anna Brekke'],
    ]);
    expect(JSON.stringify(talks[0]?.notes)).toContain('Not after a week');
    expect(JSON.stringify(talks[2]?.notes)).toContain('elided in most signatures');
    expect(JSON.stringify(talks[6]?.notes)).toContain('keep them small');
    expect(library.events.map((e) => e.name)).toEqual(['Fjordconf 2026']);
    // A post of talks stays one when its parts name their speakers, or its title a year.
    const post = parseNotes(
      [
        '# Observability',
        '',
        '## Tracing at scale — Jane Doe (Acme)',
        '- spans',
        '',
        '## Logs are events — Tor Vik (Brightwave)',
        '- structure',
      ].join('\n'),
      'observability.md',
      'observability',
    ).talks;
    expect(post.map((t) => t.title)).toEqual(['Tracing at scale', 'Logs are events']);
    const dated = parseNotes(
      '# Rust Nation 2026\n\n## Borrowing\n- a\n\n## Async\n- b\n',
      'rust-nation-2026.md',
      'rust-nation-2026',
    ).talks;
    expect(dated.map((t) => t.title)).toEqual(['Borrowing', 'Async']);
    // Only the first talk names its speaker: the headings at its level are the next talks.
    const firstNamed = parseNotes(
      [
        '## Profiling in production — Ines Varga',
        '- flame graphs',
        '',
        '## Cache stampedes',
        '- jitter',
        '',
        '## Feature flags at scale',
        '- kill switches',
      ].join('\n'),
      'notes.md',
      'notes',
    ).talks;
    expect(firstNamed.map((t) => t.title)).toEqual([
      'Profiling in production',
      'Cache stampedes',
      'Feature flags at scale',
    ]);
    // Its first line links the talk's page: the headings at its level are its parts.
    const linked = parseNotes(
      [
        '# Columnar joins explained - Maria Strand',
        '',
        'https://fjordconf.example/session/columnar-joins',
        '',
        '## Hash joins',
        '- build side',
        '',
        '# Representation',
        '- arrow batches',
        '',
        '# Scale',
        '- spill to disk',
      ].join('\n'),
      '3_columnar_joins.md',
      'fjordconf',
    ).talks;
    expect(linked.map((t) => [t.title, who(t)])).toEqual([
      ['Columnar joins explained', ['Maria Strand']],
    ]);
  });
});
