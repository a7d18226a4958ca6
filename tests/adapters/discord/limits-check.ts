import { ActionRowBuilder } from 'discord.js';
import { expect } from 'vitest';
import { embedSize } from '../../../adapters/discord/fit.ts';
import { DISCORD_LIMITS as LIMIT } from '../../../adapters/discord/limits.ts';
import type { DiscordMessage } from '../../../adapters/discord/render-embeds.ts';

/** Asserts what Discord would otherwise reject with 400: every limit of a message, one by one. */
export function expectWithinLimits(message: DiscordMessage): void {
  expect(message.content.length).toBeLessThanOrEqual(LIMIT.content);
  expect(message.embeds.length).toBeLessThanOrEqual(LIMIT.embeds);
  expect(message.embeds.reduce((sum, e) => sum + embedSize(e), 0)).toBeLessThanOrEqual(
    LIMIT.embedsTotal,
  );
  for (const embed of message.embeds) {
    if (embed.url !== undefined) expectUsableUrl(embed.url);
    for (const text of [
      embed.title,
      embed.description,
      ...(embed.fields ?? []).map((f) => f.value),
    ])
      expectWholeText(text ?? '');
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMIT.embedTitle);
    if (embed.title !== undefined) expect(embed.title.trim()).not.toBe('');
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMIT.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMIT.footerText);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMIT.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.trim().length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(LIMIT.fieldName);
      expect(field.value.trim().length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(LIMIT.fieldValue);
    }
  }
  expect(message.components.length).toBeLessThanOrEqual(LIMIT.actionRows);
  // discord.js's own builders validate components on toJSON: a second opinion on every row.
  for (const row of message.components)
    expect(() => new ActionRowBuilder(row).toJSON()).not.toThrow();
  const ids = new Set<string>();
  for (const row of message.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(LIMIT.buttonsPerRow);
    for (const component of row.components) {
      if ('custom_id' in component) {
        expect(component.custom_id.length).toBeLessThanOrEqual(LIMIT.customId);
        expect(ids.has(component.custom_id)).toBe(false);
        ids.add(component.custom_id);
      }
      if ('label' in component && component.label !== undefined)
        expect(component.label.length).toBeLessThanOrEqual(LIMIT.buttonLabel);
      if ('url' in component) expectUsableUrl(component.url);
      if ('options' in component) {
        expect(component.options.length).toBeGreaterThan(0);
        expect(component.options.length).toBeLessThanOrEqual(LIMIT.selectOptions);
        for (const option of component.options) {
          expect(option.label.trim().length).toBeGreaterThan(0);
          expect(option.value.trim().length).toBeGreaterThan(0);
          expect(option.label.length).toBeLessThanOrEqual(LIMIT.selectOptionLabel);
          expect(option.value.length).toBeLessThanOrEqual(LIMIT.selectOptionValue);
        }
      }
    }
  }
}

/**
 * A URL Discord takes (it rejects the whole message, 50035, otherwise): parses, http(s), a host,
 * a port in range (URL throws beyond 65535), at most 512 characters.
 */
export function expectUsableUrl(url: string | undefined): void {
  expect(url).toBeDefined();
  const parsed = new URL(url ?? '');
  expect(parsed.protocol).toMatch(/^https?:$/);
  expect(parsed.hostname).not.toBe('');
  expect(url?.length).toBeLessThanOrEqual(LIMIT.url);
}

/** No half of a surrogate pair, and no cut that leaves a lone `\` escaping the "…". */
export function expectWholeText(text: string): void {
  expect(text).not.toMatch(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
  );
  expect(text).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
}
