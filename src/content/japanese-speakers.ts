import type { Speaker } from '../model.ts';

/**
 * "こちらは株式会社アンドパッドのすねこすりさんによる発表です。", "佐藤健二さん（ビルドリー）の講演":
 * Japanese notes name the speaker in the notes' first sentence, with an honorific after the name
 * and the company before it with の (or after it in brackets). The sentence stays a note.
 */
export function japaneseSubject(text: string): Speaker | undefined {
  if (!HONORIFIC.test(text)) return undefined;
  const sentence = text.split(/[。\n]/, 1)[0] ?? '';
  const found = SUBJECT.exec(sentence.trim());
  // "今まではMatzさんのキーノートは…" (until now, Matz's keynote…): the words before the topic's
  // particle open the sentence, no part of the name.
  const name = found?.groups?.name?.trim().replace(LEADING_CLAUSE, '');
  if (!name || /^\d+$/.test(name)) return undefined;
  const before = found?.groups?.before?.trim();
  const company =
    found?.groups?.after?.trim() ?? (before && COMPANY.test(before) ? before : undefined);
  return company ? { name, company } : { name };
}

const HONORIFIC = /(?:さん|氏|様|先生)/;

/** Words ending in a topic's particle (は, では, には, も) before a name in other letters. */
const LEADING_CLAUSE =
  /^.*?\p{Script=Hiragana}*(?:は|も)(?=[\p{Script=Latin}\p{Script=Katakana}\p{Script=Han}])/u;

const SUBJECT =
  /^(?:(?:こちらは|これは|この(?:発表|講演|セッション|トーク)は|本(?:発表|講演|セッション)は)\s*)?(?:(?<before>[^。、\s][^。、]{0,39}?)の)?(?<name>[^\s。、の（()）]{1,20}(?: [^\s。、の（()）]{1,20})?)\s*(?:さん|氏|様|先生)(?:\s*[（(](?<after>[^）)]{1,40})[）)])?\s*(?:による|の|が|から)\s*(?:ご|お)?(?:発表|講演|基調講演|セッション|登壇|トーク|ライトニングトーク|LT|キーノート)/u;

/** What before a name with の is a company: a company's or a school's word, or a Latin or katakana name. */
const COMPANY =
  /株式会社|有限会社|合同会社|[（(]株[）)]|大学|研究所|財団|協会|[A-Za-z]|^[\p{Script=Katakana}ー・]{2,}$/u;
