import type { APIEmbed } from 'discord.js';
import { truncate, webUrl } from '../../src/text.ts';
import { wellFormedAll } from '../present/index.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';
import type { DiscordMessage } from './render-embeds.ts';

/**
 * The last guard before a message leaves: whatever the renderer built, cut it to Discord's
 * limits, so a long note or a pasted novel shortens an answer instead of getting it rejected.
 * The renderer budgets its parts first (render-embeds.ts); a cut here is a fallback. A lone
 * surrogate a question brought (in a footer, a custom_id, a label) becomes U+FFFD.
 */
export function fitMessage(message: DiscordMessage, footer?: string): DiscordMessage {
  const embeds = message.embeds.slice(0, LIMIT.embeds).map(fitEmbed);
  return wellFormedAll({
    content: truncateMarkdown(message.content, LIMIT.content),
    embeds: withFooter(fitTotal(embeds, LIMIT.embedsTotal - (footer?.length ?? 0)), footer),
    components: message.components
      .slice(0, LIMIT.actionRows)
      .map((row) => ({ ...row, components: row.components.slice(0, LIMIT.buttonsPerRow) })),
  });
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateMarkdown(embed.title, LIMIT.embedTitle);
  if (fitted.title?.trim() === '') delete fitted.title;
  if (embed.description !== undefined)
    fitted.description = truncateMarkdown(embed.description, LIMIT.embedDescription);
  if (embed.url !== undefined) {
    const url = usableUrl(embed.url);
    if (url) fitted.url = url;
    else delete fitted.url;
  }
  if (embed.footer) fitted.footer = { text: truncateMarkdown(embed.footer.text, LIMIT.footerText) };
  if (embed.author) fitted.author = { name: truncateMarkdown(embed.author.name, LIMIT.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMIT.embedFields).map((field) => ({
      ...field,
      name: nonBlank(truncateMarkdown(field.name, LIMIT.fieldName)),
      value: nonBlank(truncateMarkdown(field.value, LIMIT.fieldValue)),
    }));
  }
  return fitted;
}

/**
 * Discord counts all embeds of a message together. Fields go first (they hold extra links; a
 * talk's notes and byline are its point), then the longest descriptions give up characters (so
 * short cards keep their summaries), then whole embeds from the end.
 */
function fitTotal(embeds: APIEmbed[], total: number): APIEmbed[] {
  let excess = embeds.reduce((sum, embed) => sum + embedSize(embed), 0) - total;
  if (excess <= 0) return embeds;
  for (const embed of [...embeds].reverse()) {
    while (excess > 0 && embed.fields && embed.fields.length > 0) {
      const field = embed.fields.pop();
      excess -= textLength(field?.name) + textLength(field?.value);
    }
    if (embed.fields?.length === 0) delete embed.fields;
  }
  for (const embed of [...embeds].sort(
    (a, b) => textLength(b.description) - textLength(a.description),
  )) {
    if (excess <= 0) break;
    const before = textLength(embed.description);
    if (before === 0) continue;
    embed.description = truncateMarkdown(embed.description ?? '', Math.max(1, before - excess));
    excess -= before - embed.description.length;
  }
  while (excess > 0 && embeds.length > 1) excess -= embedSize(embeds.pop() as APIEmbed);
  return embeds;
}

/**
 * The footer that shows the questions buttons carry by key (carried-questions.ts), on the last
 * embed, under the answer. It is never cut: its room was kept out of the total, and without it
 * those buttons could not be answered.
 */
function withFooter(embeds: APIEmbed[], footer: string | undefined): APIEmbed[] {
  if (!footer) return embeds;
  const last = embeds.at(-1);
  if (!last) return [{ footer: { text: footer } }];
  last.footer = { text: footer };
  return embeds;
}

export function embedSize(embed: APIEmbed): number {
  return (
    textLength(embed.title) +
    textLength(embed.description) +
    textLength(embed.footer?.text) +
    textLength(embed.author?.name) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/**
 * The URL Discord will take in a link button or an embed (see `webUrl`),
 * or undefined. Discord rejects the whole message (50035) for one bad URL — a port of 99999, a
 * stray `[` in the host — so every URL from the notes passes here. See `webUrl` in src/text.ts.
 */
export function usableUrl(url: string | undefined): string | undefined {
  return webUrl(url, LIMIT.url);
}

/**
 * A cut of already escaped Markdown: never leaves an odd run of backslashes before the "…",
 * which would escape the ellipsis and show a stray `\`.
 */
export function truncateMarkdown(text: string, max: number): string {
  const cut = truncate(text, max);
  if (cut === text || !cut.endsWith('…')) return cut;
  const body = cut.slice(0, -1);
  const slashes = /\\*$/.exec(body)?.[0].length ?? 0;
  return slashes % 2 === 1 ? `${body.slice(0, -1)}…` : cut;
}

/** Discord trims field texts and rejects empty ones; a zero-width space is its accepted blank. */
function nonBlank(text: string): string {
  return text.trim() === '' ? '\u200b' : text;
}

function textLength(text: string | undefined): number {
  return text?.length ?? 0;
}
