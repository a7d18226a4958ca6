import { DAY_WORD, type DayInfo, dayOf, type EventDates } from './day-date.ts';

/**
 * A post's title without the day of the conference it ends with, the day's own subtitle too:
 * "GopherCon EU 2024 Day 1", "Jfokus 2016 - Day 2: Talks, talks and some snoring", "Respond
 * 2017 - Day One", "JS Day 2016 - Verona (Day 1)"; after a year, as a day heading writes it:
 * "PyCon 2017 -第二天", "RubyKaigi 2023 1日目", "DEVIEW 2023 2일차", "JSConf 2019 Tag 2". The title
 * stays whole where what is left names no conference (`names`).
 */
export function withoutConferenceDay(title: string, names: (left: string) => boolean): string {
  const dayless = title.replace(ENDING_DAY, '').trimEnd();
  if (dayless !== title && names(dayless)) return dayless;
  const split = yearThenDay(title);
  return split && names(split.name) ? split.name : title;
}

/**
 * The day and what follows it: its subtitle after a colon or dash, or a few words ("KubeCon Day 1
 * in the books", "Web 2.0 Expo: Day 1 Keynotes").
 */
const ENDING_DAY =
  /[,:–—-]?\s+day\s*(?:\d{1,2}|one|two|three|four|five)(?:\s*[:–—-]\s+[^:]{1,80}|(?:\s+[\p{L}'’&]+){1,5})?$|\s*\(day\s*(?:\d{1,2}|one|two|three|four|five)\)$/iu;

/**
 * The day a post's title says it is about: "Strange Loop 2019 — Day 2", "LIVE: RustNation 2025,
 * day 2", "Devoxx Belgium 2025 (Thursday)". People who write a file per day of a conference
 * name the day in the title, not over the talks; those talks were on that day.
 *
 * A part of the title between its dashes, colons, commas, bars or parentheses that is a day and
 * nothing else (three words at most: "Day 2 at KubeCon" is a title of its own), beside a part
 * that is not. A span of days ("(London, 1–4 April)") is the event's dates, no one day.
 */
export function titleDay(title: string | undefined, dates: EventDates): DayInfo | undefined {
  if (!title) return undefined;
  // "# Day 1", "# Tuesday, June 14": the title is the day (the conference is named elsewhere).
  if (isDayOnly(title)) return dayOf(COUNT.exec(title)?.[0] ?? title, dates);
  const parts = title
    .split(/(?<!\s)\s+[—–-]\s+|[:|,()[\]]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length >= 2)
    for (const part of parts) {
      if (part.split(/\s+/).length > 3 || SPAN.test(part)) continue;
      // "Day 2 recap": the day, not the words after it.
      const day = dayOf(COUNT.exec(part)?.[0] ?? part, dates);
      if (day) return day;
    }
  // "GopherCon EU 2024 Day 1": the day's count ends the title, or a few words after it do
  // ("KubeCon Day 1 in the books").
  const last = LAST_DAY.exec(title) ?? namedThenDay(title);
  if (last?.[1] && last.index > 0) return dayOf(last[1], dates);
  // "PyCon 2017 -第二天", "RubyKaigi 2023 1日目", "DEVIEW 2023 2일차", "PyCon 2017 Day Two".
  const split = yearThenDay(title);
  return split ? dayOf(split.day, dates) : undefined;
}

/** A name with its year, then a short tail. */
const YEAR_THEN_TAIL = /^(.+\b(?:19|20)\d{2})\s*[,:–—-]?\s*([^,:–—-][^:]{0,23})$/u;

/**
 * A conference's name with its year, then a day of it as a day heading writes it ("PyCon 2017
 * -第二天", "RubyKaigi 2023 1日目", "DEVIEW 2023 2일차", "JSConf 2019 Tag 2", "Devoxx 2022 Jour
 * 2"): the name and the day apart; undefined when what follows the year is no day.
 */
export function yearThenDay(title: string): { name: string; day: string } | undefined {
  const split = YEAR_THEN_TAIL.exec(title.trim());
  if (!split?.[1] || !split[2] || !dayOf(split[2], {})) return undefined;
  return { name: split[1], day: split[2] };
}

const COUNT = new RegExp(`^(?:${DAY_WORD})\\s*\\d{1,2}\\b`, 'iu');
const LAST_DAY = new RegExp(`\\s((?:${DAY_WORD})\\s*\\d{1,2})\\s*$`, 'iu');
/** "KubeCon Day 1 in the books": a name in capitals, its day, a few words ("Why I went to day 2 …" is none). */
function namedThenDay(title: string): RegExpExecArray | null {
  const found = DAY_THEN_WORDS.exec(title);
  if (!found) return null;
  const before = title.slice(0, found.index).trim().split(/\s+/);
  return before.every((word) => /^[\p{Lu}\p{N}]/u.test(word)) ? found : null;
}

const DAY_THEN_WORDS = new RegExp(
  `\\s((?:${DAY_WORD})\\s*\\d{1,2})(?:\\s+[\\p{L}'’&]+){1,5}\\s*$`,
  'iu',
);

/** "1–4 April", "March 30 to April 3", "7-8": days from one to another. */
const SPAN = /\d\s*(?:[–—-]|to|bis|au|al)\s*\d|\d\s*(?:[–—-]|to)\s*\p{L}+\s+\d/iu;

/** Words of a title that only names a day: "Day 1 recap", "Tuesday, June 14", "The second day". */
const TITLE_WORD = new RegExp(
  `^(?:${DAY_WORD}|the|first|second|third|fourth|fifth|one|two|three|four|five|\\d{1,2}(?:st|nd|rd|th)?|recap|notes|summary|highlights|morning|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$`,
  'iu',
);

/**
 * A title that is a day and nothing else ("Day 1", "Day 2 recap", "Tuesday, June 14"): no
 * conference's name, though the words name a day ("Day 2 at KubeCon" names one).
 */
export function isDayOnly(title: string): boolean {
  const words = title.split(/[\s,.:;–—-]+/).filter(Boolean);
  return words.length <= 5 && words.every((word) => TITLE_WORD.test(word)) && !!dayOf(title, {});
}

/** "Keynotes", "Lightning talks", "Session notes": a title that names a kind of session only. */
const KIND_ONLY =
  /^(?:(?:the|my|all|some|other|more)\s+)*(?:keynotes?|keynote sessions|lightning(?: talks?)?|ignite(?: talks?)?|workshops?|tutorials?|panels?(?: discussions?)?|talks|sessions|presentations|demos|breakouts?(?: sessions)?|(?:raw |session |talk )?notes)$/i;

/**
 * A title that names no conference: a day only (`isDayOnly`), or a kind of session only
 * (`# Keynotes` over a day folder's keynotes): the file's folder or README names the event.
 */
export function namesNoEvent(title: string): boolean {
  return isDayOnly(title) || KIND_ONLY.test(title.trim()) || MY_NOTES.test(title.trim());
}

/**
 * "Mes notes", "Minhas anotações", "Meine Notizen", "Mis notas", "Le mie note", "Mijn
 * aantekeningen", "My conference notes", "내 메모": the author's notes, no conference's name
 * ("Mes notes" read as an event called "Mes").
 */
const MY_NOTES =
  /^(?:my|mes|mis|minhas|meus|meine|le mie|i miei|mijn|moje|moi)\s+(?:(?:conference|conf|talk|session|event|personal|raw)\s+)?(?:notes?|notas|anota[çc][õo]es|apontamentos|notizen|aufzeichnungen|appunti|aantekeningen|notities|notatki|заметки|takeaways)$|^(?:내|나의)\s*(?:메모|노트|정리)$|^(?:私の|わたしの)?(?:メモ|ノート)$|^(?:我的)?(?:笔记|筆記)$/iu;

/** Each talk the post does not give a day of its own is on the day its title names. */
export function onTitleDay(
  drafts: { day?: string; date?: string }[],
  title: string | undefined,
  dates: EventDates,
): void {
  const day = drafts.some((draft) => !draft.day) ? titleDay(title, dates) : undefined;
  if (!day) return;
  for (const draft of drafts) {
    if (draft.day) continue;
    draft.day = day.day;
    if (day.date && !draft.date) draft.date = day.date;
  }
}
