import { PRONOUNS } from './company-words.ts';
import { isGivenName } from './given-names.ts';
import { remembered } from './memo.ts';
import { PLACE_WORD, withoutRating } from './section-names.ts';
import { parseSpeakerText } from './speaker-names.ts';
import { commonWordsOnly } from './subtitle-dash.ts';

/**
 * What authors put around a talk's title, wherever they write it (heading, bold line, linked
 * bullet): a time, a day, a room, their count of the talks, the kind and length of the session, a
 * language code, quotes, emoji, the words of the talk's links. `heading-title.ts` splits what is
 * left into title and speakers.
 */

/** "Day 1, …", "Day 2 – …", "[Day 2] …": a day before the title of one talk. */
export const DAY_PREFIX =
  /^(?:\[(day\s*\d{1,2})\]|\((day\s*\d{1,2})\)|(day\s*\d{1,2})\s*[,:–—|·-])\s*(?=\S)/i;

/**
 * "[Security] Title", "[Backend] …": the author's tag for the talk's track or theme, in brackets
 * before the title (a link's text is followed by its address, and is no tag).
 */
const TAG_PREFIX = /^\[([\p{L}][\p{L}\p{N} &/+.'-]{0,30})\](?![([:])\s+(?=\S)/u;

/**
 * "Title (when the agile manifesto isn't enough track)", "Title [Cloud Track]", "Title — Data
 * track": the talk's track named after its title ("… on track", "fast track" are words of it).
 */
const TRACK_AFTER =
  /\s+(?:\(([^()]{1,60}?)\s+track\)|\[([^[\]]{1,60}?)\s+track\]|[—–]\s+([\p{L}\p{N} &/+.'-]{1,40}?)\s+track)$/iu;
const NOT_A_TRACK = /(?:^|\s)(?:on|off|back|fast|right|wrong|the|a|race|inside)$/i;

function trackAfter(title: string): string | undefined {
  if (!/track[)\]]?$/i.test(title.slice(-7))) return undefined;
  const match = TRACK_AFTER.exec(title);
  const track = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return track && !NOT_A_TRACK.test(track) ? track : undefined;
}

/** The tag before a title ("[Security] …" → "Security"), or its track after it. */
export function titleTag(title: string): string | undefined {
  if (!title.startsWith('[')) return trackAfter(title);
  if (DAY_PREFIX.test(title)) return undefined;
  const tag = TAG_PREFIX.exec(title)?.[1]?.trim();
  // "[EN]", "[45 min]", "[Beginner]": the session's language, length or level, not its track.
  if (!tag || /^\p{L}{2}$/u.test(tag) || ONE_DECORATION.test(`[${tag}]`)) return undefined;
  return tag;
}

/** "Keynote:", "Quickie -": the kind of session, not part of its title. */
export const KIND_PREFIX =
  /^(?:(?:(?:the |our |an? )?(?:opening |closing |morning |afternoon |evening |final |day \d+ )?(?:keynote(?: speaker| speech| address)?|panel(?: discussion|discussie|gesprek)?|podiumdiscussie|fireside chat)(?: d['’](?:ouverture|apertura|clôture|cl[oô]ture)| de (?:cl[oô]ture|apertura|cierre|abertura|encerramento)| di (?:apertura|chiusura))?|(?:charla|palestra) rel[áâ]mpago|talk lampo|(?:prelekcja|wykład) (?:otwierając[ay]|zamykając[ay]|inauguracyjn[ya])|table ronde|tavola rotonda|mesa redonda|podiumsdiskussion|painel|panel dyskusyjny|dyskusja panelowa|quickie|lightning(?: talk)?|tools[- ]in[- ]action|hands-on lab|deep dive|universit[ée]|ignite|workshop|taller|oficina|atelier|tutorial|sponsor(?:ed)? (?:talk|session|keynote)|abertura|encerramento|apertura|clausura)(?:\s*(?:#|no\.\s*)?\d{1,2})?\s*[:|–—-]\s+|(?:主题演讲|主旨演讲|圆桌讨论|圆桌|闪电演讲|基調講演|パネルディスカッション|ライトニングトーク|açılış konuşması|kapanış konuşması|açılış sunumu|ana konuşma|الكلمة الافتتاحية|الكلمة الختامية|الكلمة الرئيسية|मुख्य वक्तव्य|मुख्य भाषण|कीनोट|panel tartışması|حلقة نقاش|جلسة نقاش|جلسة حوارية|पैनल(?: चर्चा)?|atölye|ورشة عمل|ورشة|कार्यशाला)\s*[:：]\s*)(?=\S)/iu;
/** "Talk — Title", "Academic Talk — Title", "Tech Talk — Title": a label, the title after it. */
const TALK_DASH =
  /^(?:(?:academic|tech(?:nical)?|industry|invited|research|short|main|featured|guest|community|student)\s+)?(?:talk|session|presentation)\s+[-–—]\s+(?=\S)/i;

/**
 * "Talk: Title", "Session: Title": a label for what follows (only with a colon: "Talk – Jane");
 * "Anna's pick: "Title"": a colleague's pick, before a quoted title.
 */
export const TALK_LABEL =
  /^(?:(?:talk|session|presentation|vortrag|conférence|charla|ponencia|palestra|sessão|sesión|prelekcja|wykład|lezing|intervento|доклад)\s*:\s+(?=\S)|\p{L}[\p{L}-]+['’]s?\s+(?:pick|favou?rite|choice|highlight)\s*:\s+(?=["“«„]))/iu;

/**
 * A talk's title without what authors put around it, wherever it was written (heading, bold
 * line, linked bullet): "3. Fuzzing everything" (the author's numbering), "Talk 1: …", a leading
 * emoji or bullet, quotes around the whole title, "Keynote:" / "Talk:" before it, a final period.
 */
// (At the end, looked for only where a run can start: tried from every mark of a heading of
// 40,000 `*`, the pattern took 4 s.)
const EMPTY_RUNS = /^(?:(?:\*{4}|_{4})\s*)+|(?<!\s|\*{4}|_{4})(?:\s*(?:\*{4}|_{4}))+$/g;

/** " — slide notes", " – my notes", " (notes)": the page is the author's notes of the talk. */
const NOTES_AFTER =
  /(?<=\S)(?:\s+[—–|-]|:)\s+(?:(?:my|slide|raw|quick|live|talk|session|some|personal)(?:[- ]by[- ]slide)?\s+)?notes$|(?<=\S)\s+\((?:(?:my|slide|raw|personal)\s+)?notes\)$/iu;

/** "Shameless plug:", "Self-promotion:", "My own talk:", "Autopromo :", "Eigenwerbung:". */
const PLUG_PREFIX =
  /^(?:(?:a |my )?(?:shameless |obligatory )?(?:self[- ])?(?:plug|promotion|promo)|my own talk|eigenwerbung|werbung in eigener sache|autopromo(?:tion|ción|ção|zione)?|(?:petite |un peu de )?pub perso|宣伝|自己宣伝|自荐|广告)\s*[:：]\s*(?=\S)/iu;

const NEVER = /(?!)/;
/** The site a page's title ends with, after a dash or a bar. */
const SITE_AFTER =
  /(?<=\S)\s+[—–|-]\s+(?:YouTube|Vimeo|Speaker ?Deck|SlideShare|InfoQ|Google Slides)$/i;
/** A cheap look at the end before `NOTES_AFTER` is tried at every position of a long title. */
const endsInNotes = (text: string): boolean => /notes\)?\.?\s*$/i.test(text.slice(-9));

export function cleanTitle(text: string): string {
  return cleanedTitle(text);
}

const cleanedTitle = remembered(readTitle);

function readTitle(text: string): string {
  const track = trackAfter(text.trim());
  const title = withoutDecorations(
    withoutRating(track ? text.trim().replace(TRACK_AFTER, '') : text),
  )
    .trim()
    // "## **** **3\. Title**": a Google Docs export's empty bold run, no word of the title.
    .replace(EMPTY_RUNS, '')
    .replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '')
    .replace(/^(?:(?:\d{1,3}|[IVX]{1,4})[.)/]|#\d{1,3})\s+(?=\S)/, '')
    // "一、Title", "（二）Title", "2.1 Title": a Chinese ordinal, or a document's section number
    // ("2.66 Million" is a number the title says; so is "1.2 or 1,2?", "2.0 is not 2", words in
    // lower case after it).
    .replace(
      /^(?:[一二三四五六七八九十]{1,3}\s*[、,，.]|（[一二三四五六七八九十]{1,3}）|\d{1,2}(?:\.\d{1,2}){1,3}\.?)(?!\d)\s*(?=\S)(?!(?:million|billion|trillion|thousand|hundred|percent|times)\b)/iu,
      (found: string, _at: number, whole: string) =>
        /^\d/.test(found) && /^\p{Ll}/u.test(whole.slice(found.length)) ? found : '',
    )
    // "Day 1, Room 2: Title": the day is the talk's day (see ShapeReader), not its title.
    .replace(DAY_PREFIX, '')
    .replace(TAG_PREFIX, '')
    // "Shameless plug: Title", "Eigenwerbung: Title": the author's own talk, said so before it.
    .replace(PLUG_PREFIX, '')
    // "【基調講演】Title": the kind in lenticular brackets (kept as the talk's kind).
    .replace(/^【[^】]{1,20}】\s*/u, '')
    // "Matz - In Defense of GVL - Keynote": the kind after the last dash (kept as the talk's kind).
    .replace(KIND_AFTER_DASH, '')
    // "Looking back at seven years, a keynote": the kind after a comma (kept as the talk's kind).
    .replace(KIND_AFTER_COMMA, '')
    // "Talk 1: …", "Session 2 – …": the author's count of the talks (not "Talk 2 – Jane Doe").
    // A title with a subtitle after its dash ("Multi-Agent Systems — The Case of Credit
    // Scoring") or a phrase ("Forty Hours of Hacking") is no one's name, though it reads as a
    // name and a company: only people called by a given name are.
    .replace(COUNT_PREFIX, (prefix, _offset, whole: string) =>
      namesPeople(whole.slice(prefix.length)) ? prefix : '',
    )
    // "“Designing Dashboards” — slide notes", "Title (my notes)": what the page is, after the title.
    .replace(endsInNotes(text) ? NOTES_AFTER : NEVER, '')
    // "The Elusive Attribute by Chris Salzberg - YouTube": a page's title pasted as a link's text.
    .replace(SITE_AFTER, '')
    .replace(/^,,(?=.+''$)/, '„')
    // "¿Ha muerto el SSR?": Spanish opens a question (and an exclamation) with its mark; a name
    // that opens with a dot (".NET 8 on Linux", ".NET MAUI") keeps it, as do a shebang, a
    // decorator, a hashtag and a prompt ("#!/usr/bin/python", "@cache", "#100DaysOfCode", "$ ls").
    .replace(
      /^(?:(?!(?<=^|\s)(?:\.\p{L}|#!\/|[#@]\p{L}|\$ ?\p{L}))[^\p{L}\p{N}"'“‘«„([*_¿¡「『《])+(?=(?<=\s)(?:\.\p{L}|#!\/|[#@]\p{L}|\$ ?\p{L})|[\p{L}\p{N}"'“‘«„¿¡「『《])/u,
      '',
    );
  const plain = unquoted(title);
  // "Talk - Gateway API migration stories" (a note's name in a vault): a label before a dash
  // too, where what follows is no one's name ("Talk – Jane Doe" names its speaker).
  const dashed = TALK_DASH.exec(plain);
  const kind =
    KIND_PREFIX.exec(plain) ??
    TALK_LABEL.exec(plain) ??
    (dashed && !parseSpeakerText(plain.slice(dashed[0].length)) ? dashed : null);
  const rest = kind ? unquoted(plain.slice(kind[0].length)) : plain;
  return withoutTrailingMarks(kind ? capitalised(rest) : rest);
}

/** “…”, «…», „…“ (German, Polish: „…”), ,,…'' (typed on a keyboard without them): the title inside. */
function unquoted(title: string): string {
  // Most titles have no quote first: no pattern run for them.
  return QUOTE_FIRST.test(title.charAt(0))
    ? title.replace(/^["“«„]\s*([^"“”«»„]+?)\s*(?:["”»“]|'')$/, '$1')
    : title;
}
const QUOTE_FIRST = /["“«„]/;

/**
 * "Panel: the future of Java tooling": what followed the colon starts the title now, so it
 * starts with a capital ("npm in anger", "iOS …", "node --run …" keep their own spelling).
 */
function capitalised(title: string): string {
  // "node --run is all you need": a command with its flags keeps its case.
  return /^\p{Ll}+\b(?![.\-/])(?!\s+--?\p{L})/u.test(title) &&
    !/^(?:npm|pnpm|git|gRPC|eBPF|jq|k8s|kubectl|dbt|jbang|htmx|uv|ruff|nix|curl|ffmpeg|tmux|n?vim|zsh|sqlc|jOOQ|pytest|mypy|pyright|rustc|rustup|pip|conda|helm|kustomize|sqlite)\b/i.test(
      title,
    )
    ? title.charAt(0).toUpperCase() + title.slice(1)
    : title;
}

const KIND_ALONE =
  /^(?:(?:opening |closing |morning |afternoon |evening |final |day \d+ )?(?:keynote|panel(?: discussion)?|fireside chat)|lightning talks?)$/i;

/**
 * "Matz - In Defense of GVL - Keynote", "Title – Jane Roe – Workshop": the kind after the
 * heading's last dash, once its speaker and title are said.
 */
const KIND_AFTER_DASH =
  /\s+[-–—|]\s+((?:opening |closing )?(?:keynote|panel(?: discussion)?|workshop|tutorial|lightning talk))\s*$/i;

/**
 * "…, a keynote", "…, the closing keynote", "…, a lightning talk": the kind after a comma. The
 * words before the comma are looked at only at a comma and only so far: looked for everywhere, a
 * heading of 80,000 letters without a space took 14 s.
 */
const KIND_AFTER_COMMA =
  /,(?<=\S\s{1,20}\S{1,80},)\s+(?:a|an|the|his|her|their)\s+((?:opening |closing |short |great )?(?:keynote|panel(?: discussion)?|workshop|tutorial|lightning talk|talk|presentation|session))\s*$/i;

/** "The future of async — panel": a heading whose one dash parts only its kind of session. */
export function dashesKindOnly(heading: string): boolean {
  const kindless = heading.replace(KIND_AFTER_DASH, '');
  return kindless !== heading && !/\s[–—|-]\s/.test(kindless);
}

/** The heading without the kind after its last dash, where a dash still parts the rest. */
export function withoutKindAfterDash(heading: string): string {
  const kindless = heading.replace(KIND_AFTER_DASH, '');
  return kindless !== heading && /\s[–—|-]\s/.test(kindless) ? kindless : heading;
}

/** "Keynote", "Opening keynote", "Closing panel": a title that only says what kind of session. */
export const isKindAlone = (title: string): boolean => KIND_ALONE.test(title.trim());

/** The kinds of session a title may be marked with, as answers name them. */
const KINDS: [RegExp, string][] = [
  [
    /keynote|abertura|encerramento|apertura|clausura|(?:prelekcja|wykład) (?:otwieraj|zamykaj|inaugur)|主题演讲|主旨演讲|基調講演|açılış konuşması|kapanış konuşması|açılış sunumu|ana konuşma|الكلمة الافتتاحية|الكلمة الختامية|الكلمة الرئيسية|मुख्य वक्तव्य|मुख्य भाषण|कीनोट/i,
    'Keynote',
  ],
  [
    /panel|painel|table ronde|tavola rotonda|mesa redonda|podiumsdiskussion|圆桌|パネル|panel tartışması|حلقة نقاش|جلسة نقاش|جلسة حوارية|पैनल(?: चर्चा)?/i,
    'Panel',
  ],
  [/fireside/i, 'Fireside chat'],
  [/sponsor/i, 'Sponsor talk'],
  [/lightning|ignite|rel[áâ]mpago|talk lampo|闪电演讲|ライトニングトーク/i, 'Lightning talk'],
  [/quickie/i, 'Quickie'],
  [/workshop|hands[- ]on|taller|oficina|atelier|atölye|ورشة عمل|ورشة|कार्यशाला/i, 'Workshop'],
  [/tutorial/i, 'Tutorial'],
  [/tools[- ]in[- ]action/i, 'Tools in action'],
  // Devoxx's three-hour "Université" is its deep dive.
  [/deep dive|universit[ée]/i, 'Deep dive'],
];
const KIND_WORD =
  /keynote|podiumdiscussie|rel[áâ]mpago|talk lampo|abertura|encerramento|apertura|clausura|prelekcja|wykład|panel|painel|fireside|lightning|ignite|quickie|workshop|taller|oficina|atelier|hands[- ]on|tutorial|tools[- ]in[- ]action|deep dive|universit[ée]|sponsor|table ronde|tavola rotonda|mesa redonda|podiumsdiskussion|主题演讲|主旨演讲|圆桌|闪电演讲|基調講演|パネル|ライトニングトーク|açılış konuşması|kapanış konuşması|açılış sunumu|ana konuşma|الكلمة الافتتاحية|الكلمة الختامية|الكلمة الرئيسية|मुख्य वक्तव्य|मुख्य भाषण|कीनोट|panel tartışması|حلقة نقاش|جلسة نقاش|جلسة حوارية|पैनल(?: चर्चा)?|atölye|ورشة عمل|ورشة|कार्यशाला/i;

/**
 * The kind of session a title is marked with and `cleanTitle` drops: "Keynote: …", "Closing
 * panel: …", "Title (Lightning talk, 10 min)", "[Workshop] Title". A title that only has the word
 * ("Panel data in pandas") is of no kind.
 */
export function sessionKind(text: string): string | undefined {
  if (!KIND_WORD.test(text)) return undefined;
  const time = TIME_PREFIX.exec(text.trim());
  const rest = time ? text.trim().slice(time[0].length) : text.trim();
  const marks: string[] = [];
  const prefixed = KIND_PREFIX.exec(
    rest
      .replace(COUNT_PREFIX, '')
      .replace(/^[^\p{L}\p{N}]+/u, '')
      // "一、主题演讲：《…》": a Chinese ordinal before the kind.
      .replace(/^[一二三四五六七八九十]{1,3}\s*[、,，.]\s*/u, '')
      .replace(/^(?:\d{1,3}[.)/]|\d{1,2}(?:\.\d{1,2}){1,3}\.?)\s+/, ''),
  );
  if (prefixed) marks.push(prefixed[0]);
  // "【基調講演】Title": the kind in lenticular brackets.
  const bracketed = /^【([^】]{1,20})】/u.exec(rest);
  if (bracketed?.[1]) marks.push(bracketed[1]);
  // "Keynote", "Closing panel": a title that is only the kind of session is of that kind.
  const alone = KIND_ALONE.exec(cleanTitle(rest));
  if (alone) marks.push(alone[0]);
  for (const decoration of rest.matchAll(DECORATION)) marks.push(decoration[0]);
  // "Kafka Streams | Deep Dive | Track A": the kind as a part of its own between bars.
  if (rest.includes(' | '))
    marks.push(...rest.split(/\s+\|\s+/).filter((part) => KIND_PART.test(part.trim())));
  const after = KIND_AFTER_DASH.exec(rest) ?? KIND_AFTER_COMMA.exec(rest);
  if (after?.[1]) marks.push(after[1]);
  for (const mark of marks) {
    const kind = KINDS.find(([word]) => word.test(mark));
    if (kind) return kind[1];
  }
  return undefined;
}

const KIND_PART =
  /^(?:(?:opening |closing )?keynote|deep[- ]dive|workshop|tutorial|hands[- ]on(?: lab)?|panel(?: discussion)?|fireside chat|lightning talk|quickie)$/i;

const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * "Observability at scale 🎥", "Hacking the brain ⭐⭐⭐⭐": the author's marks after a title, not
 * part of it. One pass from the end (a regular expression would backtrack on long runs).
 */
function withoutTrailingMarks(title: string): string {
  let end = title.length;
  let marked = false;
  while (end > 0) {
    const code = title.codePointAt(end - 1) ?? 0;
    // A surrogate pair ends here: its whole code point is the one before it.
    const at = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? end - 2 : end - 1;
    const char = String.fromCodePoint(title.codePointAt(at) ?? 0);
    if (PICTOGRAPH.test(char)) marked = true;
    else if (!/\s|\u{FE0F}|\u{200D}/u.test(char)) break;
    end = at;
  }
  return marked && end > 0 ? title.slice(0, end).trimEnd() : title;
}

/**
 * "Title ([slides](…), [video](…))", "[Title](…) – video": the words of the heading's links, not
 * part of its title.
 */
export function withoutLinkWords(heading: string): string {
  return heading.replace(LINK_WORDS, '');
}

/** The words a link is named by when it is named only by its kind: "slides", "video". */
const LINK_WORD = '(?:slides?|video|recording|pdf|deck|links?|abstract|watch|youtube)';
const DASHED_WORD = '(?:slides?|video|recording|deck|pdf)';
const LINK_WORDS = new RegExp(
  String.raw`\s*(?:\(${LINK_WORD}(?:\s*(?:,|&|and|\/)\s*${LINK_WORD}){0,4}\)|\s[–—-]\s*${DASHED_WORD}(?:\s*(?:,|&|and|\/)\s*${DASHED_WORD}){0,3})\s*$`,
  'i',
);
/** A link's whole text is such a word. */
export const LINK_KIND_TEXT = new RegExp(`^${LINK_WORD}$`, 'i');

/**
 * "Talk 3:", "Chapitre 2 :", "Room 2 ·" and, between dots or bars only, a place of a few words: "Main hall ·",
 * "Salle Bleue |" ("The Green Room: …" keeps its words).
 */
export const COUNT_PREFIX =
  /^(?:(?:part|teil|partie|parte|deel|bölüm|भाग)\s*\d{1,2}\s*(?:\/|of|von|de|di|van)\s*\d{1,2}|(?:talk|session|presentation|slot|paper|poster|chapter|chapitre|cap[ií]tulo|capitolo|kapitel|hoofdstuk|rozdział|charla|ponencia|vortrag|conférence|palestra|intervento|sessione|sesión|sessão|prelekcja|wykład|oturum|sesi|chuyên đề|phiên|bài nói|доклад|выступление|발표|講演|セッション)\s*(?:#|no\.\s*|n[°º]\s*|№\s*)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?|(?:room|hall|stage|track)\s+[\p{L}\d]{1,12})\s*[:.|·•–—-]\s*(?=\S)|^(?:[\p{L}\d]+\s+){0,2}(?:room|hall|stage|track|auditorium|theat(?:re|er)|ballroom|salle|saal|sala|aula)(?:\s+[\p{L}\d]{1,12})?\s*[|·•]\s*(?=\S)/iu;

/**
 * What a heading says of a session besides its title and speakers: its length, level and kind,
 * and a sponsor's slot ("(gold sponsor)", "(Sponsored by Acme)"), which is no company either.
 * "(in German)" stays part of the title; a language code in brackets ("[EN]") does not.
 */
const DECORATION_WORD = String.raw`\d{1,3}\s*(?:min(?:ute)?s?|m|h|hrs?|hours?)|beginner|intermediate|advanced|expert|all levels|level\s*\d{1,3}|lightning(?:\s+talk)?|keynote|workshop|panel(?:\s+discussion)?|tutorial|talk|session|demo|live\s+coding|hands[- ]on(?:\s+lab)?|quickie|bof|(?:(?:platinum|gold|silver|bronze|diamond|premium|headline|title|community)\s+)?sponsor(?:ed)?(?:\s+(?:talk|session|slot))?|sponsored\s+by\s+[^()[\]]{1,40}`;
const DECORATION = new RegExp(
  String.raw`\s*[(\[]\s*(?:${DECORATION_WORD})(?:\s*[,·/|;]\s*(?:${DECORATION_WORD}))*\s*[)\]]|\s*\(\s*${PLACE_WORD}\s*\)$|\s*\[(?:en|fr|de|es|it|pt|nl|pl|ja|zh|ko|ru|sv|da|no|fi)\]`,
  'giu',
);

/** One decoration and nothing else: "[Intermediate]". */
const ONE_DECORATION = new RegExp(`^(?:${DECORATION.source})$`, 'iu');

/**
 * "(Lightning talk, 5 min)" as a line of its own under a heading: the session's facts, as after
 * a title; the kind it names, or '' for a length or level alone. Undefined for anything else.
 */
export function sessionLine(text: string): string | undefined {
  const line = text.trim().replace(/\.$/, '');
  if (line.length > 80) return undefined;
  // "Keynote", "Conférence", "Tools-in-Action" alone on the line under the title: a Devoxx
  // page's format, as its programme names it.
  if (line.length <= 24 && BARE_KIND.test(line))
    return KINDS.find(([word]) => word.test(line))?.[1] ?? '';
  return ONE_DECORATION.test(line) ? (sessionKind(line) ?? '') : undefined;
}

/** A session's format named alone, without brackets. */
const BARE_KIND =
  /^(?:(?:opening |closing )?keynote|conf[ée]rence|quickie|tools[- ]in[- ]action|hands[- ]on lab|universit[ée]|bof|lightning talk|workshop|atelier)$/i;

/**
 * "Signals in depth (45 min)", "Type-safe APIs [Intermediate]", "(Lightning talk, 10 min)",
 * "[EN]", a speaker's "(she/her)": facts of the session or the speaker, not part of its title,
 * and no company.
 */
function withoutDecorations(heading: string): string {
  if (!heading.includes('(') && !heading.includes('[')) return heading;
  return heading.replace(DECORATION, '').replace(PRONOUNS, '');
}

/**
 * "10:30", "10:30am", "9.00 - 9.45", "14h00", "09:50 ~ 10:45" (Korean and Japanese posts part a
 * range with a tilde): a time slot before the title. A slot alone ("11:15 - 12:00") is no time
 * before a title "12:00"; "2.66 Million" is a number, no time (minutes run to 59).
 */
export const TIME_PREFIX =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+(?=\d))?(\d{1,2}[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?(?:\s*[-–—~〜～]\s*\d{1,2}[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?)?)\s*(?:[-–—:|·•~〜～]\s*)?(?=\S)(?!\d{1,2}[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?\s*$)/i;

/**
 * "Jane Doe", "Zbyněk Roubalík (Red Hat)", "Ana Lima and Bo Chen": people. A phrase with words in
 * lower case ("Forty Hours of Hacking") is people only when each is called by a given name.
 */
function namesPeople(text: string): boolean {
  if (/\s[—–-]\s/.test(text)) return false;
  const people = parseSpeakerText(text);
  if (!people) return false;
  // "Talk 3 - Cost Dashboards That Work": words in common use, no one's name.
  if (commonWordsOnly(text.trim().split(/\s+/))) return false;
  const phrase =
    /\s(?!(?:and|und|et|y|e|i|&|van|von|de|da|di|del|der|den|le|la|du|dos|das)\s)\p{Ll}+\s/u;
  const outside = text.replace(/\([^()]*\)/g, ' ');
  return (
    !phrase.test(` ${outside} `) ||
    people.every((person) => isGivenName(person.name?.split(/\s+/)[0] ?? ''))
  );
}

/** "Jenna Zeigen...": a heading trailing off, as some authors end every heading. */
export const TRAILING_OFF = /\s*(?:\.{2,}|…)$/u;
