import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A title opens with the name of a thing that starts with a dot (".NET"): the marks before a
 * title (a bullet, a dash, an emoji, an ellipsis) go, the dot of the name stays.
 */
describe('a title that opens with a dotted name', () => {
  it('keeps the dot, after whatever marks came before it', () => {
    const parsed = post(
      '# Dotnetdays 2025',
      '',
      '## .NET 9 on Linux',
      'By Ada Quill',
      '',
      '- native AOT',
      '- trimming',
      '',
      '## - .NET MAUI in practice',
      'By Ben Okafor',
      '',
      '- one codebase',
      '- four targets',
      '',
      '## 🎤 .NET Aspire for the rest of us',
      'By Chen Wei',
      '',
      '- local orchestration',
      '- dashboards',
      '',
      '## ...and then the build was green',
      'By Dana Ruiz',
      '',
      '- a story of flaky tests',
      '- retries',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual([
      '.NET 9 on Linux',
      '.NET MAUI in practice',
      '.NET Aspire for the rest of us',
      'and then the build was green',
    ]);
  });
});
