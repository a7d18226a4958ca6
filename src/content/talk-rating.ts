import type { Talk, TalkRating } from '../model.ts';
import { SERIES_PART } from './section-names.ts';
import type { DraftNote } from './summary.ts';

/**
 * The author's own rating of a talk, where a line or heading of its notes gives one and says
 * nothing else: "### Impression ⭐⭐⭐⭐☆", "Rating: 4/5", "★★★☆☆", "**My score: 7/10**",
 * "Score: 3 of 5", "Note : 4/5". A star before other words ("⭐ [Team Topologies](…) by …", a
 * book of a reading list) and a number without a rating word ("4/5" alone) are no rating.
 */

const STAR = String.raw`[★⭐✩✪✭✮✯☆]\uFE0F?`;
const FILLED = /[★⭐✪✭✮✯]/gu;
/** A word that names a rating, in the languages notes are written in. */
const RATING_WORD = String.raw`(?:(?:my|our|overall|personal|final)\s+)*(?:ratings?|scores?|grades?|verdict|stars|note|notation|bewertung|wertung|punkte|valutazione|voto|puntuaci[oó]n|calificaci[oó]n|valoraci[oó]n|nota|avalia[cç][aã]o)`;
/** A short label before stars: "Impression", "Overall", "My rating", "Verdict". */
const LABEL = String.raw`(?:[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,2})`;
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d)?)`;
const OUT_OF = String.raw`\s*(?:\/|out\s+of|of|sur|von|de|su|uit)\s*`;

/** A label that says stars are a rating even where no empty star gives the scale. */
const RATED_LABEL = new RegExp(
  String.raw`^(?:${RATING_WORD}|(?:my\s+|overall\s+)?(?:impressions?|opinion|take|avis|meinung|fazit|eindruck))$`,
  'iu',
);

/** "Impression ⭐⭐⭐⭐☆", "Rating: ★★★☆☆", "★★★☆☆" (stars, nothing after them). */
const STARS_LINE = new RegExp(
  String.raw`^(${LABEL})?\s*[:：\-–—]?\s*((?:${STAR}\s?){1,10})(?:\s*\(?${NUMBER}${OUT_OF}(\d{1,3})\)?)?\s*$`,
  'iu',
);
/** "Rating: 4/5", "My score: 7/10", "Score: 3 of 5", "Note : 4/5", "Rating: 4/5 stars". */
const NUMBER_LINE = new RegExp(
  String.raw`^(${RATING_WORD})\s*[:：\-–—]?\s*${NUMBER}${OUT_OF}(\d{1,3})(?:\s*(?:stars?|points?|punkte|étoiles|estrellas))?\s*[.!]?\s*$`,
  'iu',
);

/** What a line rates, or undefined where it is no rating line. */
export function ratingOf(text: string): TalkRating | undefined {
  const line = text.replace(/[*_`]/g, '').trim();
  if (line.length > 80) return undefined;
  const numbered = NUMBER_LINE.exec(line);
  if (numbered?.[2] && numbered[3]) return scaled(numbered[2], numbered[3]);
  const starred = STARS_LINE.exec(line);
  if (!starred?.[2]) return undefined;
  // "Impression ⭐⭐⭐⭐☆ (4/5)": the number the author wrote is the rating.
  if (starred[3] && starred[4]) return scaled(starred[3], starred[4]);
  const stars = [...starred[2].matchAll(new RegExp(STAR, 'gu'))].length;
  const filled = starred[2].match(FILLED)?.length ?? 0;
  // "⭐⭐⭐⭐": four of five, where no empty star says the scale.
  // A word and one star ("Highlights ⭐") is decoration; a rating has a scale or a rating word.
  // Two stars alone ("⭐⭐") may be a rating or a flourish: three at least are read as one.
  const label = starred[1]?.trim();
  const rated = label ? RATED_LABEL.test(label) : filled >= 3;
  if (stars === filled && !rated) return undefined;
  const scale = stars > filled ? stars : 5;
  if (filled === 0 || filled > scale || scale < 3) return undefined;
  return { score: filled, scale };
}

/** The scales people rate out of: "2 of 3" or "7/12" is a count, never a rating. */
const SCALES = new Set([4, 5, 10, 20, 100]);

function scaled(score: string, scale: string): TalkRating | undefined {
  const given = Number(score.replace(',', '.'));
  const of = Number(scale);
  if (!SCALES.has(of) || !(given >= 0 && given <= of)) return undefined;
  return { score: given, scale: of };
}

/** Lines under a talk's heading looked at for its rating, at most. */
const SPAN = 150;
/** A Markdown heading: its level and its text. */
const HEADING = /^ {0,3}(#{1,6})\s+(.*)$/;
/** A line's marks before its words: a quote, a list item, a heading, bold around it. */
const LINE_MARKS = /^\s*(?:>\s*)*(?:[-*+•]\s+|\d{1,3}[.)]\s+|#{1,6}\s+)?/;
/** "Hacking the human brain ⭐⭐⭐⭐⭐ – Troy Hunt": a run of stars in a talk's own heading. */
const STARS_IN_HEADING = new RegExp(String.raw`(?:^|\s)((?:${STAR}\s?){2,10})(?=\s|$)`, 'u');
/** "— Sofie Dahl (Gridly) 4/5", "Title (8/10)": a number out of 5, 10 or 100 ending the heading. */
const NUMBER_AFTER_HEADING = new RegExp(
  String.raw`\s[-–—:|,]?\s*\(?${NUMBER}\s*(?:\/|out\s+of)\s*(5|10|100)\)?\s*$`,
  'iu',
);

/**
 * Each talk's rating as its author wrote it in the post: in the talk's heading (a run of stars,
 * "4/5" at its end) or on a line of its own under it ("### Impression ⭐⭐⭐⭐☆", "**Rating**:
 * ⭐⭐⭐⭐", "My score: 7/10"), before the next talk or a heading as high as its own. Read from
 * the post's lines, as every shape of post writes them; a talk read from a table row or a list
 * item looks only at the lines nested under it.
 */
export function rateTalks(talks: Talk[], markdown: string): void {
  if (talks.length === 0 || !MAY_RATE.test(markdown)) return;
  const lines = markdown.split('\n');
  const starts = [...new Set(talks.map((talk) => talk.source.line))].sort((a, b) => a - b);
  const next = new Map(starts.map((line, index) => [line, starts[index + 1] ?? Infinity]));
  /** Each table row's header line, found once per table. */
  const headers = new Map<number, number>();
  for (const talk of talks) {
    const rating = ratingUnder(
      lines,
      talk.source.line,
      next.get(talk.source.line) ?? Infinity,
      headers,
    );
    if (rating) talk.rating = rating;
  }
}

/**
 * Whether a post may rate anything: a star, a rating word before a number out of another
 * ("Score: 3 of 5"), or a number out of 5, 10 or 100 ("4/5", "(8/10)"). A dated link
 * ("/2019/05/") rates nothing; a post without any of these is not split into lines again.
 */
const MAY_RATE = new RegExp(
  String.raw`[★⭐✩✪✭✮✯☆]|${RATING_WORD}[\s:：*_\x60\-–—]{0,6}${NUMBER}${OUT_OF}\d|(?<![\d/])\d{1,3}(?:[.,]\d)?\s*(?:\/|out\s+of)\s*(?:5|10|100)(?![\d/])`,
  'iu',
);

function ratingUnder(
  lines: string[],
  line: number,
  next: number,
  headers: Map<number, number>,
): TalkRating | undefined {
  const own = lines[line - 1];
  if (own === undefined) return undefined;
  if (/^\s*\|/.test(own)) return ratingInRow(lines, line, headers);
  const heading = HEADING.exec(own);
  const inHeading = ratingInHeading((heading?.[2] ?? own.replace(LINE_MARKS, '')).trim());
  if (inHeading) return inHeading;
  const level = heading?.[1]?.length;
  const indent = /^\s*/.exec(own)?.[0].length ?? 0;
  const last = Math.min(next - 1, line + SPAN, lines.length);
  for (let at = line; at < last; at++) {
    const text = lines[at] as string;
    const under = HEADING.exec(text);
    if (under && (level === undefined || (under[1]?.length ?? 0) <= level)) return undefined;
    // A list item's own lines: those nested under it, before a blank line ends them.
    if (
      level === undefined &&
      (text.trim() === '' || (/^\s*/.exec(text)?.[0].length ?? 0) <= indent)
    )
      return undefined;
    const rating = ratingOf(text.replace(LINE_MARKS, ''));
    if (rating) return rating;
  }
  return undefined;
}

/** A table's column of the author's ratings: "Rating", "My score", "Stars", "Note", "Impression". */
const RATING_COLUMN = new RegExp(
  String.raw`^(?:${RATING_WORD}|(?:my\s+|overall\s+)?(?:impressions?|opinion|verdict|avis|fazit|eindruck))$`,
  'iu',
);
/** "4/5", "8 / 10", "4.5/5": a score alone in a rating column. */
const BARE_SCORE = new RegExp(String.raw`^${NUMBER}\s*(?:\/|out\s+of)\s*(\d{1,3})$`, 'iu');

/**
 * A talk read from a table row ("| Coroutines under the hood | Roman Elizarov | ⭐⭐⭐⭐ |"): the
 * cell of the column headed as a rating ("Rating", "Score", "Stars"), where the table has one.
 */
function ratingInRow(
  lines: string[],
  line: number,
  headers: Map<number, number>,
): TalkRating | undefined {
  const header = tableHeader(lines, line - 1, headers);
  if (header === line - 1) return undefined;
  const column = cells(lines[header] as string).findIndex((cell) =>
    RATING_COLUMN.test(cell.replace(/[*_\x60]/g, '').trim()),
  );
  if (column < 0) return undefined;
  const cell = (cells(lines[line - 1] as string)[column] ?? '').replace(/[*_\x60]/g, '').trim();
  const bare = BARE_SCORE.exec(cell);
  if (bare?.[1] && bare[2]) return scaled(bare[1], bare[2]);
  return ratingOf(`Rating: ${cell}`);
}

/** The index of the first line of the table the row at `at` is in, each row's kept in `headers`. */
function tableHeader(lines: string[], at: number, headers: Map<number, number>): number {
  const known = headers.get(at);
  if (known !== undefined) return known;
  let top = at;
  while (top > 0 && !headers.has(top - 1) && /^\s*\|/.test(lines[top - 1] ?? '')) top--;
  const header = top > 0 && headers.has(top - 1) ? (headers.get(top - 1) as number) : top;
  for (let row = top; row <= at; row++) headers.set(row, header);
  return header;
}

/** A table row's cells, without the pipes at its ends. */
function cells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

function ratingInHeading(text: string): TalkRating | undefined {
  const tail = text.slice(-40);
  const numbered = NUMBER_AFTER_HEADING.exec(tail);
  // "Kubernetes deep dive (Part 2/5)": the part of a series, no rating.
  if (numbered?.[1] && numbered[2] && !SERIES_PART.test(tail.slice(0, numbered.index)))
    return scaled(numbered[1], numbered[2]);
  const starred = STARS_IN_HEADING.exec(text.length > 300 ? '' : text);
  return starred?.[1] ? ratingOf(starred[1]) : undefined;
}

/** Notes deeper than this under a talk are the talk's content, not the author's word on it. */
const DEPTH = 2;

/**
 * The notes as a summary reads them: a rating line alone left out, a rating heading over the
 * author's words kept as its label ("Impression ⭐⭐⭐⭐☆" over "✅ Catchy speech": "Impression").
 */
export function withoutRatings(notes: DraftNote[], depth = 0): DraftNote[] {
  if (depth > DEPTH || !notes.some((note) => hasRating(note, depth))) return notes;
  return notes.flatMap((note) => {
    if (!ratingOf(note.text)) {
      const children = withoutRatings(note.children, depth + 1);
      return children === note.children ? [note] : [{ ...note, children }];
    }
    if (note.children.length === 0) return [];
    const label = STARS_LINE.exec(note.text.replace(/[*_`]/g, '').trim())?.[1]?.trim() ?? '';
    return [{ ...note, text: label, prose: label }];
  });
}

function hasRating(note: DraftNote, depth: number): boolean {
  return (
    ratingOf(note.text) !== undefined ||
    (depth < DEPTH && note.children.some((child) => hasRating(child, depth + 1)))
  );
}
