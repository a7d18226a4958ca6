import type { ContentProblem } from '../model.ts';
import { type FrontMatter, type LineLookup, parseFrontMatter } from './front-matter.ts';
import { type FrontMatterBlock, splitFrontMatter } from './front-matter-block.ts';
import { simpleMeta } from './simple-meta.ts';

/** A notes file's front matter as read: its facts, where each stands, and whether it is a draft. */
export interface ReadFrontMatter {
  block: FrontMatterBlock | undefined;
  meta: FrontMatter;
  /** Lines of the `talks:` keys, for messages that point at them. */
  factLines: LineLookup;
  /** Lines of the top-level keys. */
  keyLines: LineLookup;
  /** `draft: true`: a post its author has not published; a warning says so. */
  draft?: true;
}

/** YAML, Hugo's TOML or an outliner's page properties at the top of `text`; problems are added. */
export function readFrontMatter(
  text: string,
  file: string,
  problems: ContentProblem[],
): ReadFrontMatter {
  const block = splitFrontMatter(text);
  let meta: FrontMatter = {};
  let factLines: LineLookup = new Map<string, number>();
  let keyLines: LineLookup = new Map<string, number>();
  if (block?.toml || block?.properties || block?.elixir || block?.pelican) {
    // The title and a talk page's facts: `title = "…"` in TOML, `speaker:: …` in page
    // properties, `title: "…",` in an Elixir map.
    const kind = block.toml
      ? 'toml'
      : block.elixir
        ? 'elixir'
        : block.pelican
          ? 'pelican'
          : 'properties';
    meta = simpleMeta(block.yaml, kind) as FrontMatter;
  } else if (block) {
    const parsed = parseFrontMatter(block.yaml, file, block.yamlLine);
    meta = parsed.data;
    factLines = parsed.talkLines;
    keyLines = parsed.keyLines;
    problems.push(...parsed.problems);
  }
  const read = { block, meta, factLines, keyLines };
  // `draft: true` (Hugo, Jekyll, Astro, Eleventy): a post its author has not published yet.
  const draft = (meta as { draft?: unknown }).draft;
  if (draft !== true && draft !== 'true') return read;
  problems.push({
    file,
    line: keyLines.get('draft') ?? draftLine(block),
    message: DRAFT,
    severity: 'warning',
  });
  return { ...read, draft: true };
}

/** The warning at a draft's `draft: true`; `assembleContent` says whether its talks are read. */
export const DRAFT = 'is a draft (`draft: true`)';

/** The line of `draft = true` in a TOML front matter or `draft:: true` in page properties. */
function draftLine(block: { yaml: string; yamlLine: number } | undefined): number {
  const at = block?.yaml.split('\n').findIndex((line) => /^draft\s*(?:=|::)/i.test(line)) ?? -1;
  return block && at >= 0 ? block.yamlLine + at : 1;
}
