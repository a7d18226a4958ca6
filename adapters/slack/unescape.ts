/**
 * What a user typed, as Slack delivers it, back to plain text for the core. Slack escapes `&`,
 * `<`, `>` and wraps mentions, channels, broadcasts and links in `<…>`:
 *
 * - `<@U123|alice>` → `@alice`, `<#C123|general>` → `#general`, `<!subteam^S1|team>` → `@team`;
 * - `<!here>`, `<!channel>` → `@here`, `@channel` (as words, never as a broadcast);
 * - `<@U123>`, `<#C123>` without a label → removed (the bot's own mention, mostly);
 * - `<https://…|label>`, `<mailto:…>` → the address;
 * - anything else in brackets stays as typed.
 *
 * One pass over the text, so the cost is linear in its length whatever it holds: a message of
 * 40,000 `<@` without a `>` (Slack's maximum) is a few hundred microseconds, where the regular
 * expressions this replaces backtracked over the rest of the text at every `<` (seconds).
 */
export function slackToPlain(text: string): string {
  let out = '';
  let at = 0;
  // Each step scans only between `at` and the next `>`, then moves past it: linear in all.
  while (at < text.length) {
    const open = text.indexOf('<', at);
    if (open === -1) break;
    const close = text.indexOf('>', open + 1);
    if (close === -1) break;
    // The token is what follows the last `<` before that `>`; earlier `<`s are plain text.
    const start = text.lastIndexOf('<', close);
    out += entities(text.slice(at, start));
    out += token(text.slice(start + 1, close));
    at = close + 1;
  }
  return (out + entities(text.slice(at))).trim();
}

/** One `<…>` token's meaning, without its brackets. */
function token(inside: string): string {
  const bar = inside.indexOf('|');
  const target = bar === -1 ? inside : inside.slice(0, bar);
  const label = bar === -1 ? undefined : entities(inside.slice(bar + 1));
  const sigil = target[0];
  if (sigil === '@' || sigil === '#') return label === undefined ? '' : `${sigil}${label}`;
  if (sigil === '!') return `@${label ?? entities(target.slice(1))}`;
  if (/^(?:https?|mailto):/i.test(target)) return entities(target);
  return `<${entities(inside)}>`;
}

const ENTITY = /&(lt|gt|amp);/g;
const CHARS: Record<string, string> = { lt: '<', gt: '>', amp: '&' };

/** Slack's three escapes, undone in one pass (so `&amp;lt;` stays `&lt;`, as typed). */
function entities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, (_m, name: string) => CHARS[name] ?? '') : text;
}
