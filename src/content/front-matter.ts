import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { ContentProblem, Speaker } from '../model.ts';
import { talkId } from './talk-id.ts';

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

/** A talk's facts as written: `speaker:` for one speaker, `speakers:` for a list. */
const talkFactsFields = z.strictObject({
  official_title: z.string().min(1).optional(),
  speaker: speakerSchema.optional(),
  speakers: z.array(speakerSchema).optional(),
  description: z.url().optional(),
  slides: z.url().optional(),
  video: z.url().optional(),
  date: dateLike.optional(),
  time: z.string().optional(),
  track: z.string().optional(),
  room: z.string().optional(),
  /** `company: AWS` beside `speaker:`: the company of the talk's speakers that name none. */
  company: z.string().min(1).optional(),
});

/** The facts with one list of speakers, however they were written, each with the talk's company. */
function oneSpeakerList({
  speaker,
  company,
  ...facts
}: z.infer<typeof talkFactsFields>): Omit<z.infer<typeof talkFactsFields>, 'speaker' | 'company'> {
  const speakers = facts.speakers ?? (speaker === undefined ? undefined : [speaker]);
  if (company === undefined) return speakers ? { ...facts, speakers } : facts;
  const of = (entry: z.infer<typeof speakerSchema>) => {
    const person = toSpeaker(entry);
    return person.company ? person : { ...person, company };
  };
  return { ...facts, speakers: speakers ? speakers.map(of) : [{ company }] };
}

const talkFactsSchema = talkFactsFields.transform(oneSpeakerList);

/** A talk of a `talks:` list: its facts, with the title (or id) that names it. */
const listedTalkSchema = talkFactsFields
  .extend({
    title: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
  })
  .refine((talk) => talk.title !== undefined || talk.id !== undefined, {
    message: 'each talk of the list needs a title (or an id)',
  });

const talkMapSchema = z.record(z.string(), talkFactsSchema);
const talkListSchema = z.array(listedTalkSchema).transform(keyedByTitle);

/** The list as the map it stands for: each talk's facts under the id its title gives. */
function keyedByTitle(list: z.infer<typeof listedTalkSchema>[]): Record<string, TalkFacts> {
  const keyed: Record<string, TalkFacts> = {};
  for (const { title, id, ...facts } of list)
    keyed[id ?? talkId(title ?? '')] = oneSpeakerList(facts);
  return keyed;
}

interface EventFacts {
  name?: string;
  dates?: string;
  author?: string;
  source?: string;
  place?: string;
}

/**
 * An author as blogs write one: `Jo Writer`, `{ name: Jo Writer, twitter: jo }` (Hugo, Jekyll
 * themes), or a list of either.
 */
const personName = z.union([
  z.string(),
  z.looseObject({ name: z.string() }).transform((person) => person.name),
]);
const authorSchema = z.union([
  personName,
  z.array(personName).transform((names) => names.join(', ')),
]);

const frontMatterSchema = z.looseObject({
  // The blog's own keys, in whatever shape its platform writes them: one the bot cannot read is
  // left out rather than refusing the file's talks.
  title: z
    .union([z.string(), z.number().transform(String)])
    .optional()
    .catch(undefined),
  author: authorSchema.optional().catch(undefined),
  tags: z
    .union([z.array(z.coerce.string()), z.string()])
    .optional()
    .catch(undefined),
  // `event: KubeCon EU 2025` names the event as `event: { name: … }` does. Keys the bot does not
  // use (`location:`) are left alone; `url:` is the event's page, as `source:` is.
  event: z
    .union([
      z
        .string()
        .min(1)
        // `event: "[[AI Engineer Paris 2025]]"`: an Obsidian note links the event's page.
        .transform(
          (name) =>
            ({ name: name.replace(/^\[\[([^[\]|]+)(?:\|[^[\]]*)?\]\]$/, '$1') }) as EventFacts,
        ),
      z
        .looseObject({
          name: z.string().min(1).optional(),
          dates: dateLike.optional(),
          author: authorSchema.optional(),
          source: z.url().optional(),
          url: z.url().optional(),
          // `event: { location: Lisbon }`: where it was, as a top-level `location:` says.
          location: z.unknown().optional(),
          city: z.unknown().optional(),
          venue: z.unknown().optional(),
          place: z.unknown().optional(),
        })
        .transform(({ name, dates, author, source, url, ...where }): EventFacts => {
          const facts: EventFacts = {};
          const place = placeIn(where);
          if (place !== undefined) facts.place = place;
          if (name !== undefined) facts.name = name;
          if (dates !== undefined) facts.dates = dates;
          if (author !== undefined) facts.author = author;
          if ((source ?? url) !== undefined) facts.source = source ?? url;
          return facts;
        }),
    ])
    .optional(),
  // Keyed by talk id, or a list, each talk named by its title (or id), as authors also write it.
  // Either is checked on its own, so a problem is told at its place ("talks.2"), not as a union.
  talks: z
    .unknown()
    .transform((value, ctx): Record<string, TalkFacts> | undefined => {
      if (value === undefined || value === null) return undefined;
      const result = Array.isArray(value)
        ? talkListSchema.safeParse(value)
        : talkMapSchema.safeParse(value);
      if (result.success) return result.data;
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    })
    .optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type TalkFacts = z.output<typeof talkFactsSchema>;

/**
 * Parse YAML front matter; `firstLine` is the file line of the YAML's first line, so problems
 * point where the author has to look.
 */
export interface ParsedFrontMatter {
  data: FrontMatter;
  problems: ContentProblem[];
  talkLines: LineLookup;
  /** File line of a top-level key (for problems in values read elsewhere, like `synonyms:`). */
  keyLines: LineLookup;
}

/** Where a key stands, looked up only when a problem is told (a `Map` is one). */
export interface LineLookup {
  get(key: string): number | undefined;
}

/**
 * Front matter that reads cleanly is read by js-yaml, about four times faster than `yaml`
 * (archives carry hundreds of `talks:` facts per file: with `yaml` they cost as much as
 * tokenizing the Markdown). Where keys stand is then found only if a problem needs it, and
 * everything else — a YAML error, a value the schema refuses, anchors and aliases — is read
 * by `yaml`, which tells each problem at its line.
 */
export function parseFrontMatter(
  yamlText: string,
  file: string,
  firstLine: number,
): ParsedFrontMatter {
  const quick = lowerKeys(quickLoad(yamlText));
  if (quick !== undefined) {
    const result = frontMatterSchema.safeParse(quick);
    if (result.success) {
      let located: ParsedFrontMatter | undefined;
      const locate = () => {
        located ??= fullParse(yamlText, file, firstLine);
        return located;
      };
      return {
        data: result.data,
        problems: [],
        talkLines: { get: (key) => locate().talkLines.get(key) },
        // A top-level key stands at the start of its line: found there without `yaml`'s parse
        // (a page per talk asks where its `title:` is; the parse cost that page ~10 % of its read).
        keyLines: { get: (key) => keyLine(yamlText, key, firstLine) ?? locate().keyLines.get(key) },
      };
    }
  }
  return fullParse(yamlText, file, firstLine);
}

/**
 * The file line of a top-level `key:` of YAML that reads cleanly: a line starting with the key,
 * bare or quoted, then a colon (a nested key or a block scalar's text is indented). Undefined
 * where none starts so (a flow mapping, a key written another way): `yaml` then finds it.
 */
function keyLine(yamlText: string, key: string, firstLine: number): number | undefined {
  let start = 0;
  for (let line = firstLine; start < yamlText.length; line++) {
    const end = yamlText.indexOf('\n', start);
    const text = yamlText.slice(start, end < 0 ? yamlText.length : end);
    if (text.startsWith(key) || text.startsWith(`"${key}"`) || text.startsWith(`'${key}'`)) {
      const quoted = text[0] === '"' || text[0] === "'";
      const rest = text.slice(key.length + (quoted ? 2 : 0));
      if (/^[ \t]*:(?:\s|$)/.test(rest)) return line;
    }
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

/**
 * `Title: "ThingMonk 2017"`, `Date: 2017-10-20` (Pelican's keys, kept under `---` by blogs that
 * moved to Hugo): a key written with a capital is the same key, where the lower-case one is not
 * there too. Only the keys the bot reads; the map is copied, never changed.
 */
function lowerKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const map = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of CAPITAL_KEYS) {
    const lower = key.toLowerCase();
    if (map[key] === undefined || map[lower] !== undefined) continue;
    copy ??= { ...map };
    copy[lower] = map[key];
  }
  return copy ?? value;
}

const CAPITAL_KEYS = ['Title', 'Date', 'Author', 'Tags', 'Event', 'Talks', 'Draft'];

function quickLoad(yamlText: string): unknown {
  // Anchors and aliases only through `yaml`, which refuses aliases: a few bytes of `*a` can
  // stand for gigabytes.
  if (yamlText.includes('&') || yamlText.includes('*')) return undefined;
  try {
    const value = load(yamlText, { schema: CORE_SCHEMA });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function fullParse(yamlText: string, file: string, firstLine: number): ParsedFrontMatter {
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
  const result = frontMatterSchema.safeParse(lowerKeys(value) ?? {});
  const talks = doc.get('talks', true);
  if (isMap(talks)) {
    for (const pair of talks.items) {
      const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      if (key?.range) talkLines.set(String(key.value), lineAt(key.range[0]));
    }
  } else if (isSeq(talks)) {
    // "- title: …": each talk of the list is found at its item, by the id its title gives.
    for (const item of talks.items) {
      if (!isMap(item) || !item.range) continue;
      const id = item.get('id');
      const title = item.get('title');
      const key = typeof id === 'string' ? id : typeof title === 'string' ? talkId(title) : '';
      if (key) talkLines.set(key, lineAt(item.range[0]));
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

/** `location:` (or `city:`, `venue:`, …) as a string, or a map of its `city` or `name`. */
export function placeIn(meta: Record<string, unknown>): string | undefined {
  for (const key of ['location', 'city', 'venue', 'place', 'where']) {
    const value = meta[key];
    if (typeof value === 'string' && value.trim() !== '' && value.length <= 120)
      return value.trim();
    if (value && typeof value === 'object') {
      const inner = value as Record<string, unknown>;
      const named = inner.city ?? inner.name;
      if (typeof named === 'string' && named.trim() !== '') return named.trim();
    }
  }
  return undefined;
}
