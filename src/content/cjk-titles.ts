import { westernPunctuation } from './speaker-line.ts';

/**
 * A title in the brackets Japanese, Chinese and Korean notes quote titles with: `「Goのジェネリクス、
 * 3年目の現実」`, `『…』`, `《云原生十年：我们学到了什么》`. Around it the full-width marks stand for ours
 * (`—— 刘海波（蓝鲸支付）`, see `westernPunctuation`); inside it they are the title's own and stay as
 * written, and the brackets read as quotes. A count before it (`세션 1.`, `セッション2：`, `第3场：`) is
 * the author's numbering, no part of the title.
 */
export function bracketedTitle(heading: string): string {
  const open = BRACKETS.exec(heading);
  if (!open?.[1]) return westernPunctuation(heading);
  const close = heading.indexOf(CLOSE[open[1]] as string, open.index + 1);
  if (close < 0) return westernPunctuation(heading);
  const inner = heading.slice(open.index + 1, close);
  if (!/\p{L}/u.test(inner)) return westernPunctuation(heading);
  const before = heading.slice(0, open.index).replace(COUNT, '');
  // "「Title」— 小林 大輔": a dash right after the bracket still parts the title from the name.
  const after = heading.slice(close + 1).replace(/^\s*(?:——|――|[—–]|--?)\s*(?=\S)/u, ' — ');
  const tail = after ? westernPunctuation(after) : '';
  const apart = tail === '' || /^[\s,.:;!?)]/.test(tail) ? tail : ` ${tail}`;
  return `${westernPunctuation(before)}“${inner.trim()}”${apart}`.trim();
}

const BRACKETS = /([「『《])/u;
const CLOSE: Record<string, string> = { '「': '」', '『': '』', '《': '》' };

/** "세션 1. ", "セッション2：", "Session 3 - ", "第3场：": a count of sessions before the title. */
const COUNT =
  /^\s*(?:(?:세션|발표|강연|セッション|講演|トーク|session|talk)\s*#?\d{1,3}|第\s*\d{1,3}\s*(?:场|場|个|個)?)\s*[.:：、．|·-]?\s*$/iu;
