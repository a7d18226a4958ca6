import { LIMITS } from '../../../adapters/slack/limits.ts';
import type { SlackMessage } from '../../../adapters/slack/render-blocks.ts';

/**
 * Everything Slack would reject, or that would let text mention or broadcast: listed, so a failure
 * says what. Shared by the renderer tests and the end-to-end naughty-strings test, which checks
 * what actually arrived at the response_url.
 */
export function problems(message: SlackMessage): string[] {
  const found: string[] = [];
  if (message.blocks.length > LIMITS.blocks) found.push(`${message.blocks.length} blocks`);
  if (message.text.length > LIMITS.fallbackText) found.push('fallback text too long');
  const ids = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'mrkdwn') {
      if (n.verbatim !== true) found.push('mrkdwn without verbatim');
      if (String(n.text).length > LIMITS.sectionText) found.push('mrkdwn text over 3000');
      found.push(...cutProblems(String(n.text)));
    }
    if (n.type === 'plain_text' && LONE_SURROGATE.test(String(n.text)))
      found.push('lone surrogate');
    if (
      n.type === 'header' &&
      String((n.text as { text: string }).text).length > LIMITS.headerText
    ) {
      found.push('header over 150');
    }
    if (n.type === 'button') {
      if (String((n.text as { text: string }).text).length > LIMITS.buttonText)
        found.push('button text over 75');
      if (typeof n.value === 'string' && n.value.length > LIMITS.buttonValue)
        found.push('value over 2000');
      if (typeof n.url === 'string' && n.url.length > LIMITS.buttonUrl) found.push('url over 3000');
      if (typeof n.url === 'string' && !isWebUrl(n.url))
        found.push(`bad url ${n.url.slice(0, 40)}`);
      if (ids.has(String(n.action_id))) found.push(`duplicate action_id ${n.action_id}`);
      ids.add(String(n.action_id));
    }
    if (n.type === 'actions' && (n.elements as unknown[]).length > LIMITS.actionsElements) {
      found.push('actions over 25 elements');
    }
    for (const value of Object.values(n)) walk(value);
  };
  walk(message.blocks);
  const all = JSON.stringify(message);
  // Anywhere (the fallback text too): JSON writes half a surrogate pair as `\ud83d`.
  if (LONE_ESCAPE.test(all)) found.push('lone surrogate in JSON');
  // The only `<` we write opens a link to an http(s) URL; anything else came from text unescaped.
  for (const match of all.matchAll(/<(?!https?:\/\/)[^>]{0,20}/g))
    found.push(`unescaped ${match[0]}`);
  return found;
}

const LONE_ESCAPE = /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A text cut in the wrong place: inside a `<url|text>` link, an entity, or a surrogate pair. */
function cutProblems(text: string): string[] {
  const found: string[] = [];
  if (LONE_SURROGATE.test(text)) found.push('lone surrogate');
  for (const match of text.matchAll(/<([^>]*)(>|$)/g))
    if (match[2] !== '>') found.push(`unterminated link <${match[1]?.slice(0, 30)}`);
  for (const match of text.matchAll(/&[a-z]*;?/g))
    if (!/^&(amp|lt|gt);$/.test(match[0])) found.push(`broken entity ${match[0]}`);
  return found;
}

/** What Slack takes as a button URL: parses, http(s), with a host (URL checks the port). */
function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && parsed.hostname !== '';
  } catch {
    return false;
  }
}
