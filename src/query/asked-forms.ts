import { fold } from '../search/analyze.ts';
import { escapeRegExp } from '../text.ts';
import { opt } from './asking.ts';
import type { Plan } from './plan.ts';

/**
 * A span of a question's folded words as the user typed it ("Zed Quill" for "zed quill"), where
 * folding left the question's length alone (so the span stands at the same place); else none.
 */
export function spanAsTyped(text: string, folded: string): string | undefined {
  const all = fold(text);
  const at = all.indexOf(folded);
  return at >= 0 && all.length === text.length ? text.slice(at, at + folded.length) : undefined;
}

/** A plan of every talk, with nothing narrowed. */
export function everything(plan: Plan): boolean {
  if (plan.kind !== 'talks') return false;
  const { scope } = plan;
  return (
    scope.kind === 'list' && !scope.event && !scope.having && !scope.lacking && !scope.excluding
  );
}

/**
 * A question asked in another language, titled by what was typed ("chi ha parlato di CSS?"), not
 * by the English it was read as: a word the notes spell otherwise is no typo to point out.
 */
export function asTyped(plan: Plan, text: string): Plan {
  if (plan.kind === 'none' && plan.unmatched?.some((word) => SPELLED.has(word)))
    return { ...plan, unmatched: plan.unmatched.map((word) => spelled(word, text)) };
  if (plan.kind !== 'talks' || plan.scope.kind !== 'search') return plan;
  const { correctedFrom: read, ...scope } = plan.scope;
  if (!read) return { ...plan, scope: { ...scope, words: text } };
  // "sur la sécurité" read as "about the securite", corrected to "security": said as typed.
  const [was, now] = [read.split(' '), scope.words.split(' ')];
  const fixes = was.flatMap((word, i): [string, string][] =>
    now[i] !== undefined && now[i] !== word ? [[fold(word), now[i] as string]] : [],
  );
  const fixed = was.length === now.length ? correct(text, fixes) : text;
  return {
    ...plan,
    scope: { ...scope, words: fixed, ...opt('correctedFrom', fixed !== text ? text : undefined) },
  };
}

/**
 * "99%", "15 €", "$20": a figure no talk has, said with the sign it was asked with ("no talk
 * mentions “99%”", never the bare "99", which reads as another question).
 */
export function figuresAsTyped(plan: Plan, text: string): Plan {
  if (plan.kind !== 'none' || !plan.unmatched?.some((word) => FIGURE.test(word))) return plan;
  return { ...plan, unmatched: plan.unmatched.map((word) => withSign(word, text)) };
}

const FIGURE = /^\d+(?:[.,]\d+)?$/;

function withSign(word: string, text: string): string {
  if (!FIGURE.test(word)) return word;
  const figure = escapeRegExp(word);
  const at = new RegExp(`(?<![\\d.,])(?:([$€£])\\s?${figure}|${figure}\\s?([%€$£]))(?!\\d)`, 'u');
  const found = at.exec(text);
  if (!found) return word;
  return found[1] ? `${found[1]}${word}` : `${word}${found[2]}`;
}

/**
 * Words chat-speak writes for what was typed (`chat-speak.ts`): "IT" in capitals is read as
 * "infotech", ".NET" as "dotnet", "C++" as "cplusplus", "c talks" as "clang talks"; a word no
 * talk mentions is said as typed.
 */
const SPELLED = new Map([
  ['infotech', 'IT'],
  ['dotnet', '.NET'],
  ['cplusplus', 'C++'],
  ['csharp', 'C#'],
  ['fsharp', 'F#'],
  ['clang', 'C'],
]);

function spelled(word: string, text: string): string {
  const typed = SPELLED.get(word);
  const lower = text.toLowerCase();
  return typed !== undefined && lower.includes(typed.toLowerCase()) && !lower.includes(word)
    ? typed
    : word;
}

export function correct(text: string, corrections: [string, string][]): string {
  let out = text;
  for (const [from, to] of corrections) {
    const fixed = out.replace(new RegExp(`\\b${escapeRegExp(from)}\\b`, 'gi'), to);
    // "sécurité" was corrected as "securite", the word folded: found by folding each word.
    out =
      fixed !== out || from.includes(' ')
        ? fixed
        : out.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) =>
            fold(word) === from ? to : word,
          );
  }
  return out;
}
