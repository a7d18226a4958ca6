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
  // "「型」から考えるAPI設計": the title's sentence goes on right after the bracket, which quotes
  // words inside the title and stays as written.
  if (/[\p{L}\p{N}]/u.test(heading.charAt(close + 1)))
    return `${westernPunctuation(before)}${heading.slice(open.index, close + 1)}${westernPunctuation(heading.slice(close + 1))}`.trim();
  // "「Title」— 小林 大輔": a dash right after the bracket still parts the title from the name.
  const after = heading.slice(close + 1).replace(/^\s*(?:——|――|[—–]|--?)\s*(?=\S)/u, ' — ');
  const tail = after ? westernPunctuation(after) : '';
  const apart = tail === '' || /^[\s,.:;!?)]/.test(tail) ? tail : ` ${tail}`;
  return `${westernPunctuation(before)}“${inner.trim()}”${apart}`.trim();
}

/**
 * A heading with full-width marks that is no quoted title (`「…」` first) nor starts with a time:
 * as written, for a title that names no one to keep its own marks.
 */
export function plainCjkTitle(raw: string): string | undefined {
  const text = raw.trim();
  if (!FULL_WIDTH_MARK.test(text) || /^\d/.test(text)) return undefined;
  // "一、主题演讲：《前端十年》": a quoted title after its count and kind; but "から『生成 AI』への進化"
  // quotes words inside the title, whose sentence goes on right after the bracket.
  const open = BRACKETS.exec(text);
  const close = open?.[1] ? text.indexOf(CLOSE[open[1]] as string, open.index + 1) : -1;
  if (open && !(close > 0 && /\p{L}/u.test(text.charAt(close + 1)))) return undefined;
  return text.replace(COUNT_BEFORE, '');
}

const FULL_WIDTH_MARK = /[（），：｜《》「」『』、]|——|。(?=\S)/u;

const BRACKETS = /([「『《])/u;
const CLOSE: Record<string, string> = { '「': '」', '『': '』', '《': '》' };

/** "세션 1. ", "セッション2：", "Session 3 - ", "第3场：": a count of sessions before the title. */
const COUNTED = String.raw`\s*(?:(?:세션|발표|강연|セッション|講演|トーク|session|talk)\s*#?\d{1,3}|第\s*\d{1,3}\s*(?:场|場|个|個)?)\s*[.:：、．|·-]?\s*`;
const COUNT = new RegExp(`^${COUNTED}$`, 'iu');
const COUNT_BEFORE = new RegExp(`^${COUNTED}`, 'iu');
