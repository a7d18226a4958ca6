import type { APIApplicationCommandOptionChoice, AutocompleteInteraction } from 'discord.js';
import type { Completion } from '../../../src/search/completions.ts';
import type { Asker } from '../../../src/surface.ts';
import { oneLine, truncate } from '../../../src/text.ts';
import { wellFormed } from '../../present/index.ts';
import { QCON_COMMAND } from '../commands.ts';
import { DISCORD_LIMITS as LIMIT } from '../limits.ts';
import { respondChoices, type Sink } from '../respond.ts';

/** Suggestions for `query` while the user types: a sorted-list lookup, never a search. */
export function autocompleteHandler(asker: Asker, sink: Sink) {
  return async (interaction: AutocompleteInteraction): Promise<void> => {
    if (interaction.commandName !== QCON_COMMAND.name) return;
    const typed = interaction.options.getFocused();
    const choices = completionChoices(typed, asker.complete(typed, LIMIT.autocompleteChoices));
    await respondChoices(interaction, choices, sink);
  };
}

const KIND_LABEL: Record<Completion['kind'], string> = {
  talk: 'Talk',
  topic: 'Topic',
  speaker: 'Speaker',
};

/**
 * What is typed comes first (picking it searches the words as typed), then the completions.
 * A value must be the question itself: one too long for Discord falls back to the label, which
 * a search finds again, rather than to a cut question that asks something else. A choice whose
 * value would still be cut is not offered: picking "Search: …" for 300 typed characters would
 * replace them with their first 100, where sending what was typed asks all 500.
 */
export function completionChoices(
  typed: string,
  completions: Completion[],
): APIApplicationCommandOptionChoice<string>[] {
  // Half a surrogate pair, typed or pasted cut, as U+FFFD: Discord takes only text that encodes.
  const words = wellFormed(typed).trim();
  const candidates = [
    ...(words ? [{ name: `Search: ${words}`, value: words }] : []),
    ...completions.map((c) => ({
      name: `${KIND_LABEL[c.kind]}: ${c.label}`,
      value: c.query.length <= LIMIT.choiceValue ? c.query : c.label,
    })),
  ];
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const { name, value } of candidates) {
    if (value.length > LIMIT.choiceValue || value.trim() === '' || seen.has(value)) continue;
    if (choices.length === LIMIT.autocompleteChoices) break;
    seen.add(value);
    choices.push({ name: choiceName(name), value });
  }
  return choices;
}

/**
 * A choice shows its name as written (no Markdown), on one line: nothing from the notes or the
 * typing that hides or reorders text (a bidi override in a title), and no line break.
 */
function choiceName(name: string): string {
  return truncate(oneLine(name), LIMIT.choiceName) || '…';
}
