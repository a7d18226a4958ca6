import { isMap, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentProblem } from '../model.ts';

/** Author-made synonyms: a word or phrase → the words it also means. See content/README.md. */
export type Synonyms = Record<string, string[]>;

/** The file beside the notes whose `synonyms:` apply to every event. */
export const SYNONYMS_FILE = 'synonyms.yaml';

const synonymsSchema = z.record(
  z.string().min(1).max(100),
  z.union([z.string().min(1).max(100), z.array(z.string().min(1).max(100)).max(50)]),
);

/** A `synonyms:` value from front matter or synonyms.yaml, checked; problems name file and line. */
export function readSynonyms(
  value: unknown,
  file: string,
  line: number,
): { synonyms: Synonyms; problems: ContentProblem[] } {
  const parsed = synonymsSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? `synonyms.${issue.path.join('.')}` : 'synonyms';
    return {
      synonyms: {},
      problems: [{ file, line, message: `${at}: ${issue?.message ?? 'not a map of words'}` }],
    };
  }
  const synonyms: Synonyms = {};
  for (const [word, also] of Object.entries(parsed.data))
    synonyms[word.toLowerCase()] = (Array.isArray(also) ? also : [also]).map((w) =>
      w.toLowerCase(),
    );
  return { synonyms, problems: [] };
}

/** content/synonyms.yaml: a YAML map with one key, `synonyms:`. */
export function parseSynonymsFile(
  text: string,
  file: string,
): { synonyms: Synonyms; problems: ContentProblem[] } {
  const lines = new LineCounter();
  // Aliases are refused outright: a few bytes of aliases can expand to gigabytes.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? 1;
    return {
      synonyms: {},
      problems: [{ file, line, message: `not valid YAML: ${error.message.split('\n')[0]}` }],
    };
  }
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 0 });
  } catch (failure) {
    return {
      synonyms: {},
      problems: [{ file, line: 1, message: `not valid YAML: ${(failure as Error).message}` }],
    };
  }
  if (root == null) return { synonyms: {}, problems: [] };
  if (!isMap(doc.contents) || typeof root !== 'object' || !('synonyms' in root))
    return {
      synonyms: {},
      problems: [{ file, line: 1, message: 'expected a map with one key, synonyms:' }],
    };
  const node = doc.contents.get('synonyms', true) as { range?: [number] } | undefined;
  const line = node?.range ? lines.linePos(node.range[0]).line : 1;
  return readSynonyms((root as { synonyms: unknown }).synonyms, file, line);
}
