import type { Answer } from '../../src/answer.ts';
import type { Row } from './components.ts';
import { type Carried, parseCustomId, questionKey } from './custom-id.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';
import type { RenderOptions } from './render-embeds.ts';

/**
 * A question too long for a custom_id rides as its key (custom-id.ts), and the message shows the
 * question itself in its footer: "Asked: …" for the answer's own question, "From the list: …"
 * for the list a talk was opened from. Footers show text as written (no Markdown, no mentions),
 * so the line is the question exactly, and a click finds it again by its key in the message
 * Discord sends with every click (the full message, ephemeral ones included, since 2021). The
 * key must match: a line that was edited, cut, or belongs to another button is never asked.
 */
/** A message as a click brings it: discord.js's Message or the API's JSON. */
export interface ClickedMessage {
  embeds: readonly { footer?: { text: string } | null }[];
}

/**
 * The footer lines for the questions of a message that some component carries by key (the list's
 * own, Share's, the list a talk was opened from), or undefined when every question fits its
 * custom_id. A question that fits is not shown again.
 */
export function carriedFooter(
  components: Row[],
  answer: Answer,
  options: RenderOptions,
): string | undefined {
  const candidates = [
    { label: ASKED, query: answer.kind === 'talks' ? answer.query : undefined },
    { label: ASKED, query: options.share?.query },
    { label: FROM_LIST, query: options.from?.query },
  ];
  const keyed = new Set(
    components.flatMap((row) =>
      row.components.flatMap((c) => ('custom_id' in c ? keyOf(c.custom_id) : [])),
    ),
  );
  const lines: string[] = [];
  const shown = new Set<string>();
  for (const { label, query } of candidates) {
    if (!query || shown.has(query) || !keyed.has(questionKey(query))) continue;
    shown.add(query);
    lines.push(`${label}: ${query}`);
  }
  const footer = lines.join('\n');
  return footer && footer.length <= LIMIT.footerText ? footer : undefined;
}

/** The key a component carries its question by (custom-id.ts reads the custom_id), if any. */
function keyOf(customId: string | undefined): string[] {
  const action = customId === undefined ? undefined : parseCustomId(customId);
  const carried = action?.kind === 'open' ? action.from : action;
  return carried && 'key' in carried ? [carried.key] : [];
}

/** The question a click carries: in its custom_id, or found by its key on the message clicked. */
export function questionOf(
  carried: Carried,
  message: ClickedMessage,
): { page: number; query: string } | undefined {
  if ('query' in carried) return carried;
  for (const embed of message.embeds) {
    for (const line of embed.footer?.text.split('\n') ?? []) {
      const query = line.replace(LABEL, '');
      if (query !== line && questionKey(query) === carried.key)
        return { page: carried.page, query };
    }
  }
  return undefined;
}

/** The footer's labels, written once: a click finds its question by them. */
const ASKED = 'Asked';
const FROM_LIST = 'From the list';
const LABEL = new RegExp(`^(?:${ASKED}|${FROM_LIST}): `);

/**
 * What "Share" under a private answer asks again: a list's own question and page (the page the
 * core settled on, and the question it reproduces), else the question asked.
 */
export function shareOf(
  answer: Answer,
  asked: { query: string; page: number },
): { query: string; page: number } {
  return answer.kind === 'talks' ? { query: answer.query, page: answer.page } : asked;
}
