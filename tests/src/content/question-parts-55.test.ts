import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "## Intro to Meshline" over "### What is Meshline?" and "### Why use Meshline?": the author's
 * own questions about the talk's subject, each answered below. The talk was read as a theme and
 * each question as a talk of its own (or the talk dropped). Invented event, talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'meshday-2031.md', 'x');

describe("the author's questions under a talk's heading", () => {
  it("are that talk's notes, not talks", () => {
    const { talks } = read(
      '# Meshday 2031',
      '',
      '## Intro to Meshline',
      '',
      '### What is Meshline?',
      '',
      'A sidecar that adds mutual TLS and retries without code changes.',
      '',
      '### Why use Meshline?',
      '',
      '- tiny proxy, written in Zig',
      '- one command to install',
      '',
      '## Sharding the control plane at Fjordpay',
      '',
      'Split by namespace, one leader each.',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Intro to Meshline',
      'Sharding the control plane at Fjordpay',
    ]);
    expect(talks[0]?.topic).toBeUndefined();
    expect(talks[0]?.summary).toContain('mutual TLS');
  });

  it('keeps talks titled as questions under a theme when they name their speakers', () => {
    const { talks } = read(
      '# Meshday 2031',
      '',
      '## Meshes',
      '',
      '### Do we still need meshes? - Ada Lund',
      '',
      'Ambient mode makes sidecars optional.',
      '',
      '### Are meshes worth it? - Ola Brandt',
      '',
      'Cost of proxies against the cost of outages.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Do we still need meshes?', 'Are meshes worth it?']);
  });

  it('keeps questions about another subject as talks under a theme', () => {
    const { talks } = read(
      '# Meshday 2031',
      '',
      '## Keynotes',
      '',
      '### Is the sidecar dead?',
      '',
      'Ambient mode makes sidecars optional.',
      '',
      '### Who runs your proxies?',
      '',
      'Platform teams own the data plane now.',
    );
    expect(talks.map((t) => t.title)).toEqual(['Is the sidecar dead?', 'Who runs your proxies?']);
  });
});
