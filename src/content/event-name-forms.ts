import { isEventName } from './company-words.ts';
import { CONFERENCE_WORD } from './event-name.ts';
import { PROPER_NAME } from './post-title-words.ts';

/**
 * Titles that name their conference inside words of the post that `event-name.ts`'s leads and
 * trails do not cover: the post's words in another script after the name ("Google I/O 2018に
 * 参加しました"), the author's pick around it ("Some of my favourite PyCon UK talks"), and the
 * time after it ("After Front Trends conference…"). Each gives the conference only where what is
 * left reads as its name; otherwise the title is left to the other readings.
 */
export function nameInPostWords(title: string): string | undefined {
  return nameBeforeScript(title) ?? nameInPick(title) ?? nameAfter(title);
}

const namesIt = (name: string): boolean => PROPER_NAME.test(name) || isEventName(name);

/**
 * "Google I/O 2018に参加しました", "DroidKaigi 2024 参加レポート", "QCon 2018 北京 参会笔记",
 * "【参加レポート】Google I/O 2018": a name in Latin letters, and around it only words in
 * Japanese, Chinese or Korean script, which are the post's (that it went, a report, notes).
 * The name needs its year or its word, or the words after must say the author went.
 */
function nameBeforeScript(title: string): string | undefined {
  const text = title.replace(BRACKET_TAG, '');
  const at = text.search(CJK);
  if (at <= 0) {
    const tag = title.slice(0, title.length - text.length);
    const went = tag !== '' && (isEventName(text) || WENT.test(tag));
    return went && LATIN_ONLY.test(text) && namesIt(text) ? text : undefined;
  }
  // "KaigiFjord 2023 1日目": the day's number goes with its word.
  const name = text
    .slice(0, at)
    .replace(/(?<=\S)\s+\d{1,2}$/u, '')
    .replace(/[\s:：・「『（(-]+$/u, '');
  const tail = text.slice(at);
  // "QCon 上海 2024 参会笔记": the name goes on past the other script (its city, its year).
  if (!LATIN_ONLY.test(name) || LATIN.test(tail) || /\d/.test(tail)) return undefined;
  // "React Native 入門", "Go言語の話": a subject, not a conference, unless the name says it is
  // one or the words after say the author went.
  if (!isEventName(name) && !WENT.test(tail)) return undefined;
  return namesIt(name) ? name : undefined;
}
/** The post's words for going to an event and writing of it, in Japanese, Chinese and Korean. */
const WENT =
  /参加|参戦|行って|行った|レポート|報告|振り返り|参会|听会|笔记|筆記|참관|참가|참석|후기/u;
const CJK = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Hangul}]/u;
const LATIN = /\p{Script=Latin}/u;
const LATIN_ONLY = /^[\p{Script=Latin}\d][\p{Script=Latin}\d\s/'’.&+:-]{0,60}$/u;
/** "【参加レポート】", "［イベントレポート］": the post's kind in brackets before the title. */
const BRACKET_TAG = /^\s*[【［[][^】］\]\p{Script=Latin}]{1,30}[】］\]]\s*/u;

/**
 * "Some of my favourite PyCon UK talks", "My top 5 KubeCon talks", "The best JSConf EU 2019
 * sessions": the author's pick of a conference's talks, the conference's name between.
 */
function nameInPick(title: string): string | undefined {
  const name = PICK.exec(title)?.[1];
  // "My favourite Rust talks", "… JavaScript talks": a subject, unless it says it is an event.
  const event = name && (isEventName(name) || CONFERENCE_WORD.test(name) || /conf\b/i.test(name));
  return event && PROPER_NAME.test(name) ? name : undefined;
}
const PICK =
  /^(?:(?:some|a few|several)\s+of\s+)?(?:my|our|the)\s+(?:(?:top|\d{1,2}|favou?rite|best|standout|selected|personal|most\s+memorable)\s+){1,3}(\S.{0,60}?)\s+(?:talks|sessions|presentations|keynotes)$/iu;

/**
 * "After Front Trends conference…", "After JSConf EU 2019": the time after a conference. What
 * follows must say it is one (its word or a year), so "After Dark" stays a title.
 */
function nameAfter(title: string): string | undefined {
  const rest = AFTER.exec(title)?.[1]?.replace(TRAILING_MARKS, '');
  if (!rest || !/\b(?:conference|conf|summit|(?:19|20)\d{2})\b/i.test(rest)) return undefined;
  // "Front Trends conference": the word in lower case says what it is, the name is before it.
  const name = rest.replace(/\s+(?:conference|conf)$/, '');
  return namesIt(name) ? name : undefined;
}
const AFTER = /^[Aa]fter\s+(?:the\s+)?(\p{Lu}.{1,60})$/u;
const TRAILING_MARKS = /[\s.…!]+$/u;
