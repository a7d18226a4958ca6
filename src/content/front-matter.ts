import { isMap, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentProblem, Speaker } from '../model.ts';
import { readSimpleYaml } from './simple-yaml.ts';

/**
 * The front matter of a notes file: the blog's own keys (title, author, tags) plus two optional
 * keys for facts the notes do not carry — `event` and `talks` (keyed by talk id). See content/README.md.
 */
const speakerSchema = z.union([
  z.string().min(1),
  z.strictObject({
    name: z.string().min(1).optional(),
    company: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
  }),
]);

const dateLike = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

const talkFactsSchema = z.strictObject({
  official_title: z.string().min(1).optional(),
  speakers: z.array(speakerSchema).optional(),
  description: z.url().optional(),
  slides: z.url().optional(),
  video: z.url().optional(),
  date: dateLike.optional(),
  time: z.string().optional(),
  track: z.string().optional(),
});

const frontMatterSchema = z.looseObject({
  title: z.string().optional(),
  author: z.string().optional(),
  tags: z.union([z.array(z.coerce.string()), z.string()]).optional(),
  event: z
    .strictObject({
      name: z.string().min(1).optional(),
      dates: dateLike.optional(),
      author: z.string().optional(),
      source: z.url().optional(),
    })
    .optional(),
  talks: z.record(z.string(), talkFactsSchema).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type TalkFacts = z.infer<typeof talkFactsSchema>;

/**
 * Parse YAML front matter; `firstLine` is the file line of the YAML's first line, so problems
 * point where the author has to look.
 */
export interface ParsedFrontMatter {
  data: FrontMatter;
  problems: ContentProblem[];
  talkLines: Map<string, number>;
  /** File line of a top-level key (for problems in values read elsewhere, like `synonyms:`). */
  keyLines: Map<string, number>;
}

export function parseFrontMatter(
  yamlText: string,
  file: string,
  firstLine: number,
): ParsedFrontMatter {
  const simple = readSimpleYaml(yamlText);
  if (simple) {
    const result = frontMatterSchema.safeParse(simple.value);
    const line = (lines: Map<string, number>) =>
      new Map([...lines].map(([key, at]) => [key, firstLine + at]));
    // Problems are told by the full parser below, which knows where every value stands.
    if (result.success) {
      return {
        data: result.data,
        problems: [],
        talkLines: line(simple.talkLines),
        keyLines: line(simple.keyLines),
      };
    }
  }
  const lineCounter = new LineCounter();
  const talkLines = new Map<string, number>();
  const keyLines = new Map<string, number>();
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const failed = (problems: ContentProblem[]): ParsedFrontMatter => ({
    data: {},
    talkLines,
    keyLines,
    problems,
  });
  let doc: ReturnType<typeof parseDocument>;
  let value: unknown;
  try {
    doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      return failed(
        doc.errors.map((error) => ({
          file,
          line: lineAt(error.pos[0]),
          message: `front matter is not valid YAML: ${yamlMessage(error.message)}`,
        })),
      );
    }
    // Aliases are refused outright: a few bytes of `*a` can expand to gigabytes.
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    const message = error instanceof RangeError ? 'nested too deeply' : (error as Error).message;
    const alias = /^[^#\n]*[\s[{,:-]\*[\w-]/m.exec(yamlText);
    return failed([
      {
        file,
        line: alias ? lineAt(alias.index) : firstLine,
        message: `front matter is not valid YAML: ${alias ? 'aliases (*name) are not allowed' : message}`,
      },
    ]);
  }
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (key?.range) keyLines.set(String(key.value), lineAt(key.range[0]));
    }
  }
  const result = frontMatterSchema.safeParse(value ?? {});
  const talks = doc.get('talks', true);
  if (isMap(talks)) {
    for (const pair of talks.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (key?.range) talkLines.set(String(key.value), lineAt(key.range[0]));
    }
  }
  if (result.success) return { data: result.data, problems: [], talkLines, keyLines };
  return failed(
    result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true) as
        | { range?: [number, number, number] }
        | undefined;
      const at = issue.path.length > 0 ? issue.path.join('.') : 'front matter';
      return {
        file,
        line: node?.range ? lineAt(node.range[0]) : firstLine,
        message: `front matter ${at}: ${issue.message}`,
      };
    }),
  );
}

function yamlMessage(message: string): string {
  return /call stack/i.test(message) ? 'nested too deeply' : (message.split('\n')[0] ?? message);
}

/** "Kief Morris (ThoughtWorks)" or `{name, company}` — both are how authors write it. */
export function toSpeaker(entry: string | Speaker): Speaker {
  if (typeof entry !== 'string') return entry;
  const match = /^(.+?)\s*\(([^()]+)\)$/.exec(entry.trim());
  return match?.[1] && match[2]
    ? { name: match[1].trim(), company: match[2].trim() }
    : { name: entry.trim() };
}
