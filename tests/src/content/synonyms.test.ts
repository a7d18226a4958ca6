import { describe, expect, it } from 'vitest';
import { parseSynonymsFile } from '../../../src/content/synonyms.ts';

describe('content/synonyms.yaml', () => {
  it('reads words and the words they also mean, lower-cased, one or many', () => {
    const { synonyms, problems } = parseSynonymsFile(
      'synonyms:\n  K8s: kubernetes\n  sre: [site reliability engineering, reliability]\n',
      'synonyms.yaml',
    );
    expect(problems).toEqual([]);
    expect(synonyms).toEqual({
      k8s: ['kubernetes'],
      sre: ['site reliability engineering', 'reliability'],
    });
  });

  it('names the file and line of a value that is not words', () => {
    const { problems } = parseSynonymsFile('# mine\nsynonyms:\n  k8s: {a: 1}\n', 'synonyms.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'synonyms.yaml', line: 3 });
  });

  it('refuses YAML aliases instead of expanding them', () => {
    const bomb = 'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nsynonyms:\n  k: *b\n';
    const { synonyms, problems } = parseSynonymsFile(bomb, 'synonyms.yaml');
    expect(synonyms).toEqual({});
    expect(problems[0]?.message).toMatch(/alias/i);
  });
});
