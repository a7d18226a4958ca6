import type { Speaker } from '../model.ts';

/**
 * A talk's first sentence that says whose talk it is, as Korean and Japanese recaps open one:
 * "Pixelic 한정수님의 발표 입니다." (Han Jeong-su of Pixelic's talk), "발표는 민우님이 해
 * 주셨고" (the talk was given by Minwoo), "山田さんの発表です。" (Yamada-san's talk). The heading
 * over it is that talk, its sub-headings the talk's parts, however plain they read ("### 시즌1"),
 * and the person is its speaker.
 */

/** A role said with an honorific ("발표자님", "연사님", "대표님"): no one's name. */
const ROLE =
  /^(?:발표자|연사|강사|대표|팀장|선배|교수|선생|사장|리더|매니저|CEO|CTO|登壇者|講師|先生|社長)$/u;

/** "(Pixelic )한정수님의 (…) 발표", "향로님이 발표": the person, a Latin company before them. */
const KO_OWN_TALK =
  /(?:^|[\s,(])(?:(\p{Lu}[\p{L}\d&.-]{1,30})\s+)?(\p{Script=Hangul}{2,5})\s?님(?:의|이|께서)\s?(?:[^.!?\n]{0,12}?\s)?(?:발표|강연|세션|키노트)/u;
/** "발표는 민우님이 해 주셨고": the talk was given by the person. */
const KO_GIVEN_BY =
  /(?:발표|강연|세션|키노트)(?:는|은)\s?(\p{Script=Hangul}{2,5})\s?님(?:이|께서)/u;
/** "山田さんの発表", "Jane Doeさんによる講演": the person's talk, in Japanese. */
const JA_OWN_TALK =
  /(?<![\p{Script=Han}\p{Script=Katakana}\p{Script=Latin}])([\p{Script=Han}\p{Script=Katakana}\p{Script=Latin}][\p{Script=Han}\p{Script=Katakana}\p{Script=Latin} ]{0,20}?)\s?(?:さん|氏)(?:の|による|が)\s?(?:基調講演|発表|講演|セッション|トーク|登壇)/u;

/** The person a talk's opening sentence says gave it, or undefined. */
export function honorificSpeaker(text: string): Speaker | undefined {
  if (text.length > 600 || !/[님さ氏]/u.test(text)) return undefined;
  const ko = KO_OWN_TALK.exec(text);
  const name = ko?.[2] ?? KO_GIVEN_BY.exec(text)?.[1] ?? JA_OWN_TALK.exec(text)?.[1]?.trim();
  if (!name || ROLE.test(name)) return undefined;
  const company = ko?.[2] === name ? ko[1] : undefined;
  return company ? { name, company } : { name };
}
