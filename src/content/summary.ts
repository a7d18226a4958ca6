import type { NoteNode } from '../model.ts';
import { trimEndOf } from '../text.js';
import { isWhiteSpace, SPACELESS_LETTERS, truncate } from '../text.ts';
import { TAGS_LINE } from './field-lines.ts';

export const SUMMARY_MAX = 300;

/** A bullet while parsing: `prose` is its text without the links, to tell points from link lists. */
export interface DraftNote extends NoteNode {
  prose: string;
  children: DraftNote[];
}

const KEY_POINT =
  /^(key (message|takeaway|point|lesson|insight)s?|takeaways?|conclusions?|tl;?dr|bottom line)\b/i;
/** Points that head others by name ("Lesson: …"), kept in the author's order. */
const NAMED_POINT = /^(lessons?( learned| learnt)?|motivations?|problems?|solutions?|goals?)\b/i;
/** A question as people write it: an interrogative, then the verb ("How do we know …"). */
const QUESTION =
  /^(how|what|why|who|when|where|which)\s+(do|does|did|is|are|was|were|can|could|should|would|will|to\s+\w+\s+(?:a|an|the)\b)\b/i;
const LINK_LIST =
  /^(additional |more |useful |further |other )?(links|resources|references|reading|see also)\b/i;
/** "Q&A", "Questions from the audience": what was asked after the talk, not what it said. */
const QUESTIONS_PART =
  /^(q\s*&\s*a|q\s*and\s*a|(audience |open )?questions( and answers| from the (audience|floor))?|ama)\s*(:|$)/i;
/**
 * "Q: mypy or pyright?", "A: Both.", "Pytanie z sali: …": a question from the floor and its
 * answer say what was asked, not what the talk was about.
 */
const QA_LINE =
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:q|a|question|answer|q\s*&\s*a|pytanie(?: z sali)?|odpowied[zź]|вопрос(?: из зала)?|ответ|frage|antwort|pregunta|respuesta|pergunta|resposta|question du public|réponse|audience question|question from the (?:audience|floor)|domanda(?: dal pubblico)?|risposta)\s*[:：]|^(?:someone|somebody|one person|a person) (?:from|in) the (?:audience|room|crowd) asked\b/iu;

/**
 * An address after a sentence's end, alone or labelled in any words (`Video: youtu.be/…`,
 * `Slides: https://…`, `Aufzeichnung: …`, `La vidéo : …`, `Slides at …`), up to the end or the
 * next sentence. Without a scheme or `www.` it needs a path: a bare host ("… on prometheus.io.")
 * may be what was said.
 */
const LONE_URL =
  /([.!?])\s+(?:\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}(?:\s*[:：]|\s+(?:at|on|here))\s*)?(?:https?:\/\/|www\.|[\w-]+(?:\.[\w-]+)+\/)\S*?[.,;]?(?=\s*$|\s+\p{Lu})/gu;
const LINK_WORDS_AT_END =
  /([.!?])(?:\s+(?:\p{Extended_Pictographic}|[→➡▶►]|\u{FE0F})*\s*(?:[Rr]ecording|[Vv]ideo|[Ss]lides|[Dd]eck|[Ww]atch(?: it)?(?: here)?|[Ll]ink)[.!]?)+\s*$/u;
/** A URL in the text, with or without its scheme. */
const URL = /\b(?<![\w-]\.)(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/[^\s)\]]*)?/gi;

/**
 * A short summary in the author's words: the "Key message"/"Takeaway" points (the author's own
 * word on what the talk was about), then the points in the author's order — the opening one, which
 * says what the talk was about, first — as whole sentences within `max`.
 * A label ("Motivations:", "Why?") comes with its points or not at all; a question nobody answers,
 * a bullet that is only a link, and tracking parts of URLs are left out.
 */
/** The speaker's bio as a part of the notes: "BIO:", "Bio", "About the speaker". */
const BIO_PART =
  /^(?:bio|biography|speaker bio|about the speakers?|about (?:him|her|them))\b\s*:?/i;

/**
 * "Metadata", "Talk details:", "Length 27:00, watched on …", "Duration: 00:43:27": facts, no
 * notes; nor is who wrote the notes up ("Summary by: Ann", a shared template's "Summary By:
 * [YOUR NAME HERE]").
 */
const FACTS_PART =
  /^(?:(?:meta ?data|(?:talk |session |video )?(?:details|info|facts))\s*:?$|(?:length|duration|runtime|dauer|durée|duración|duração)\s*:?\s*\d{1,2}:\d{2}\b|watched (?:on|in)\b|(?:summary|summarized|summarised|notes|notes taken|write-?up|recap|written up)\s+by\s*:)/i;

/**
 * "Su twitter @theBConnolly", "Twitter: @jdoe", "Follow her on Mastodon: @ana@…": where to find
 * the speaker, not what the talk said; left out, and cut off before the notes that follow it
 * ("Su twitter @ritalobo, nos habló de mutantes.").
 */
const PROFILE = String.raw`(?:(?:(?:his|her|their|my|su|sa|son|seu|sua|ihr|sein|suo|il suo|la sua)\s+)?(?:twitter|x|mastodon|linkedin|github|bluesky|bsky|threads|instagram|website|blog|homepage)(?:\s+(?:handle|account|profile|perfil|compte|profil))?|(?:follow|find|s[íi]gue(?:l[oa]|me)?|suivez(?:-l[ea])?|folgt|segui(?:l[oa])?)\s+(?:(?:him|her|them|me|us)\s+)?(?:on|at|en|sur|auf|su|in|no|na)\s+(?:twitter|x|mastodon|linkedin|github|bluesky|bsky|threads|instagram))\s*[:：\-–—]?\s*(?:@[\w.@-]{1,60}|(?:https?:\/\/)?(?:[\w-]{1,60}\.){1,5}[a-z]{2,12}(?:\/\S{0,200}?)?(?=[.,;!]?(?:\s|$)))`;
const PROFILE_ONLY = new RegExp(String.raw`^${PROFILE}\s*[.!]?$`, 'iu');
const PROFILE_LEAD = new RegExp(String.raw`^${PROFILE}\s*(?:[,;]|[.!](?=\s))\s*(?=\S)`, 'iu');

/** The text without a lead naming where to find the speaker, its first letter a capital. */
function withoutProfileLead(text: string): string {
  const lead = PROFILE_LEAD.exec(text);
  if (!lead) return text;
  const rest = text.slice(lead[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const factsOnly = (note: DraftNote): boolean =>
  FACTS_PART.test(note.text) ||
  PROFILE_ONLY.test(note.text.trim()) ||
  (note.children.length === 0 && OWN_SUMMARY.test(trimEndOf(note.text, ':')));

export function buildSummary(notes: DraftNote[], max = SUMMARY_MAX): string {
  // Notes of one or two words ("Drivers first") still say more than no summary at all.
  const all = notes.some(isPoint) ? notes.filter(isPoint) : notes.filter(isShortPoint);
  // "Additional links for …" heads a list of links, "Q&A" the audience's questions: they say
  // what the notes link to or what was asked, not what the talk was about. Kept only when there
  // is nothing else.
  // "#wasm #web": the author's tags are searched, but say nothing in a summary; nor do the
  // audience's questions and their answers ("Q: …", "A: …").
  const talkPoints = all.filter(
    (note) =>
      !LINK_LIST.test(note.text) &&
      !QUESTIONS_PART.test(note.text) &&
      !QA_LINE.test(note.text) &&
      !TAGS_LINE.test(note.text),
  );
  // "BIO: Full-stack developer at Typist…" where the description was code alone: who the
  // speaker is says nothing of the talk, even with nothing else.
  // "### Metadata" over "- Venue: GOTO", "- Length 27:00, watched on 2021-09-07": the talk's
  // facts and the author's log, not what it was about, even with nothing else; nor is a
  // template's "### Summary" left empty.
  const points = (talkPoints.length > 0 ? talkPoints : all).filter(
    (n) => !BIO_PART.test(n.text) && !factsOnly(n),
  );
  // The author's own summary ("### Abstract") is the summary; else their key points first.
  const own = points.filter((n) => OWN_SUMMARY.test(n.text) && n.children.length > 0);
  const ordered =
    own.length > 0
      ? own
      : [
          ...points.filter((n) => KEY_POINT.test(n.text)),
          ...points.filter((n) => !KEY_POINT.test(n.text)),
        ];
  const sentence = (point: DraftNote, keep = FIRST_POINTS) => {
    const said = withoutProfileLead(
      describe(point, 0, ordered.length === 1, keep).replace(STARS, ''),
    );
    return said === '' || bareUrl(said) ? '' : endSentence(said);
  };
  const sentences = ordered.map((point) => sentence(point)).filter((said) => said !== '');
  const chosen: string[] = [];
  let length = 0;
  for (const point of ordered) {
    // "Kubernetes:" over nine long points, opening the notes: the label with as many of its first
    // points as fit, rather than a later, smaller part of the notes in its place (a later label
    // too long whole is left out, as before).
    const least = chosen.length === 0 ? 1 : FIRST_POINTS;
    for (let keep = FIRST_POINTS; keep >= least; keep--) {
      const said = sentence(point, keep);
      const added = (chosen.length > 0 ? 1 : 0) + said.length;
      if (said !== '' && length + added <= max) {
        chosen.push(said);
        length += added;
        break;
      }
      if (said === '' || point.children.length === 0) break;
    }
    // The first point alone longer than a summary: its first sentences, cut where one ends (or
    // at a word), rather than a later, smaller point in its place.
    if (chosen.length === 0 && point === ordered[0]) {
      const cut = cutToFit(sentence(point, 0), max);
      if (cut) {
        chosen.push(cut);
        length += cut.length;
      }
    }
  }
  if (chosen.length === 0 && sentences[0]) return truncate(sentences[0], max);
  // Only a question over a few short bullets ("blameless postmortems"): those bullets say more
  // than no summary at all.
  if (chosen.length === 0) {
    const short = notes
      .filter(
        (note) =>
          isShortPoint(note) &&
          !/[?:]\s*$/.test(note.text) &&
          !QUESTION.test(note.text) &&
          !factsOnly(note),
      )
      .map((note) => endSentence(trimEndOf(cleanUrls(note.text), ':;,')))
      .filter((sentence) => !bareUrl(sentence));
    return truncate(short.join(' '), max);
  }
  return chosen.join(' ');
}

/** `text` cut to `max` after its last whole sentence that fits, else at a word. */
function cutToFit(text: string, max: number): string {
  if (text === '' || text.length <= max) return text;
  const ends = [...text.slice(0, max + 1).matchAll(/[.!?…。．｡！？](?=\s|$)/gu)];
  const end = ends.at(-1)?.index;
  return end !== undefined && end >= max / 3 ? text.slice(0, end + 1) : truncate(text, max);
}

/** "★★★★☆ — must watch": the author's rating before their words, no words of the summary. */
const STARS = /^\s*(?:[★☆⭐✩✪✭✮✯]\uFE0F?\s*)+(?:\(?\d(?:\.\d)?\s*\/\s*5\)?)?\s*(?:[—–:|-]\s*)?/u;

/** A point says something beyond its links: at least three words of prose. */
export function isPoint(note: DraftNote): boolean {
  return words(note.prose, 3) >= 3 || hasProseChildren(note);
}

function isShortPoint(note: DraftNote): boolean {
  return /\p{L}{2}/u.test(note.prose) && note.children.length === 0;
}

function hasProseChildren(note: DraftNote): boolean {
  return words(note.prose, 1) >= 1 && note.children.some(isPoint);
}

/** A word: a run of letters, or one character of a script written without spaces (日本語). */
const WORD = new RegExp(`[${SPACELESS_LETTERS}]|\\p{L}+`, 'gu');

/** How many words (runs of letters) the text has, counted up to `enough`: no array per call. */
function words(text: string, enough: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < enough && WORD.exec(text)) count++;
  return count;
}

/**
 * A label heads the bullets under it ("Motivations:", "Why?", "What works for us"): short, or
 * ending in a colon or question mark.
 */
function isLabel(note: DraftNote, text: string): boolean {
  // "How do you diff two documents? Annie walked through tree diffs." is prose that opens
  // with a question: a label is one sentence, or ends in a colon over its points.
  if (MORE_SENTENCES.test(text))
    return note.text.trimEnd().endsWith(':') && note.children.some(isPoint);
  return (
    /[:?]/.test(note.text.trimEnd().slice(-1)) ||
    QUESTION.test(text) ||
    KEY_POINT.test(text) ||
    NAMED_POINT.test(text) ||
    (spaceRuns(text, 4) <= 3 && note.children.some(isPoint))
  );
}

/** A sentence's end followed by another sentence ("… documents? Annie walked …"). */
const MORE_SENTENCES = /[.!?…]['"”’)\]]*\s+["'“‘(]?[\p{Lu}\p{N}]/u;

/**
 * How many runs of white space the text has, counted up to `enough`: `text.split(/\s+/)` has one
 * piece more, without making them.
 */
function spaceRuns(text: string, enough: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length && runs < enough; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

/** How many of its points a label brings into the summary at most. */
const FIRST_POINTS = 3;

/** One point as a sentence: a label with (up to `keep` of) its points, or its own words. */
function describe(note: DraftNote, depth: number, only = false, keep = FIRST_POINTS): string {
  const text = trimEndOf(cleanUrls(note.text), ':;,');
  const label = isLabel(note, text);
  // The only point of a talk brings its first points along, when it has any.
  if (!label && !(only && note.children.some(isPoint))) return text;
  const children =
    depth < 2
      ? note.children
          .filter(isPoint)
          .map((child) => trimEndOf(describe(child, depth + 1), '.;,'))
          .filter((child) => child !== '' && !bareUrl(child))
          .slice(0, depth === 0 ? keep : 2)
      : [];
  // "Key takeaway: optimise for the next maintainer" says its point after the label itself;
  // "TL;DR: …" is the author's summary, which the label adds nothing to.
  if (children.length === 0) {
    if (label && !saysItself(text)) return '';
    const said = depth === 0 ? text.replace(SUMMARY_LABEL, '') : text;
    return said === text ? text : said.charAt(0).toUpperCase() + said.slice(1);
  }
  // "### Summary" over the author's summary: its words are the summary, the label adds nothing.
  if (depth === 0 && (OWN_SUMMARY.test(text) || /^(?:(?:my |raw )?notes)$/i.test(text))) {
    return children.map(endSentence).join(' ');
  }
  const head = text.replace(/\?+$/, '?');
  if (depth > 0) return `${head} (${children.join(', ')})`;
  return head.endsWith('?') ? `${head} ${children.join('; ')}` : `${head}: ${children.join('; ')}`;
}

/** "### Summary", "### Abstract": a section that is the author's summary of the talk. */
const OWN_SUMMARY = /^(?:summary|abstract|description|tl;?dr|overview|in short)$/i;

const SUMMARY_LABEL = /^(?:tl;?dr|in short|in a nutshell|short version)\s*:\s*(?=\S)/i;

function saysItself(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon === -1 || colon > 60) return false;
  return words(text.slice(colon + 1), 2) >= 2;
}

/** Longest URL path shown; a longer one is cut to its site ("eng.lyft.com"). */
const URL_PATH_MAX = 30;

/** URLs shown without scheme, tracking fragment or query string; long ones as their site. */
function cleanUrls(text: string): string {
  // Every URL the pattern finds has a dot: without one, there is none to clean (most bullets).
  if (!text.includes('.')) return text;
  // "… trivially testable. https://youtu.be/…": an address as a sentence of its own is where
  // to find more, not something said ("Secrets: eng.lyft.com" keeps its address).
  const linked = text.includes('/') ? text.replace(LONE_URL, '$1') : text;
  // "… and server. 👉 Recording": the words of a link to the talk's recording, not said.
  const said = LINK_WORDS_AT_END.test(linked) ? linked.replace(LINK_WORDS_AT_END, '$1') : linked;
  return said.replace(URL, (url) => {
    const bare = url
      .replace(/^https?:\/\//i, '')
      .replace(/[?#].*$/, '')
      .replace(/\/$/, '');
    const slash = bare.indexOf('/');
    return slash >= 0 && bare.length - slash > URL_PATH_MAX ? bare.slice(0, slash) : bare;
  });
}

const ADDRESS_LABEL =
  /^(?:[\p{L}. -]{1,30}['’]s\s+)?(?:code|source(?: code)?|repo(?:sitory)?|github|website|web site|homepage|home page|blog|site|paper|docs|documentation|demo|examples?|links?|more|details)\s*[:：]\s*(?=\S)/iu;

function bareUrl(text: string): boolean {
  if (!text.includes('.')) return /^[\s,;:()]*$/.test(text);
  // "Code: github.com/lea/css", "Lea's website: leabrandt.dev": a label over an address.
  // "Centralized log analysis: prometheus.io" says what was said, and stays.
  const unlabelled = text.replace(ADDRESS_LABEL, '');
  return unlabelled.replace(URL, '').replace(/[\s.,;:()]+/g, '') === '';
}

const CLOSERS = '\'"”’)]';
// "।" (Devanagari), "؟" and "۔" (Arabic script) end a sentence as "." does.
const ENDS = '.!?…。．｡！？।॥؟۔';
const SPACELESS_END = new RegExp(`[${SPACELESS_LETTERS}]$`, 'u');

function endSentence(text: string): string {
  // "…でした。", "…吗？": a sentence ended in its own script's way needs no "."; nor does one
  // ended inside its quotes or brackets ("(… too tired.)").
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end--;
  if (end > 0 && ENDS.includes(text.charAt(end - 1))) return text;
  return SPACELESS_END.test(text) ? `${text}。` : `${text}.`;
}
