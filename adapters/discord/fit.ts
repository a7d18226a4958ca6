import type { APIEmbed } from 'discord.js';
import { truncate } from '../../src/text.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';
import type { DiscordMessage } from './render-embeds.ts';

/**
 * The last guard before a message leaves: whatever the renderer built, cut it to Discord's
 * limits, so a long note or a pasted novel shortens an answer instead of getting it rejected.
 */
export function fitMessage(message: DiscordMessage): DiscordMessage {
  const embeds = message.embeds.slice(0, LIMIT.embeds).map(fitEmbed);
  return {
    content: truncate(message.content, LIMIT.content),
    embeds: fitTotal(embeds),
    components: message.components
      .slice(0, LIMIT.actionRows)
      .map((row) => ({ ...row, components: row.components.slice(0, LIMIT.buttonsPerRow) })),
  };
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMIT.embedTitle);
  if (fitted.title?.trim() === '') delete fitted.title;
  if (embed.description !== undefined)
    fitted.description = truncate(embed.description, LIMIT.embedDescription);
  if (embed.url !== undefined && !isUsableUrl(embed.url)) delete fitted.url;
  if (embed.footer) fitted.footer = { text: truncate(embed.footer.text, LIMIT.footerText) };
  if (embed.author) fitted.author = { name: truncate(embed.author.name, LIMIT.authorName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMIT.embedFields).map((field) => ({
      ...field,
      name: nonBlank(truncate(field.name, LIMIT.fieldName)),
      value: nonBlank(truncate(field.value, LIMIT.fieldValue)),
    }));
  }
  return fitted;
}

/** Discord counts all embeds of a message together: shorten descriptions, then drop fields, then embeds. */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let excess = embeds.reduce((sum, embed) => sum + embedSize(embed), 0) - LIMIT.embedsTotal;
  if (excess <= 0) return embeds;
  // The longest descriptions give up characters first, so short cards keep their summaries.
  for (const embed of [...embeds].sort(
    (a, b) => textLength(b.description) - textLength(a.description),
  )) {
    if (excess <= 0) break;
    const before = textLength(embed.description);
    if (before === 0) continue;
    embed.description = truncate(embed.description ?? '', Math.max(1, before - excess));
    excess -= before - embed.description.length;
  }
  for (const embed of [...embeds].reverse()) {
    while (excess > 0 && embed.fields && embed.fields.length > 0) {
      const field = embed.fields.pop();
      excess -= textLength(field?.name) + textLength(field?.value);
    }
  }
  while (excess > 0 && embeds.length > 1) excess -= embedSize(embeds.pop() as APIEmbed);
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

/** Discord takes http(s) URLs up to a length in link buttons and embed titles, nothing else. */
export function isUsableUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/\S+$/i.test(url) && url.length <= LIMIT.url;
}

/** Discord trims field texts and rejects empty ones; a zero-width space is its accepted blank. */
function nonBlank(text: string): string {
  return text.trim() === '' ? '\u200b' : text;
}

function textLength(text: string | undefined): number {
  return text?.length ?? 0;
}
