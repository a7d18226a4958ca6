import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { stripInvisible, truncate } from '../../src/text.ts';
import { openId, pageId, shareId } from './custom-id.ts';
import { usableUrl } from './fit.ts';
import { DISCORD_LIMITS as LIMIT } from './limits.ts';

/** Builders of the interactive parts of an answer: rows of buttons and the "open" menu. */
export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** What a link button points at; left out when Discord would refuse the URL. */
export interface LinkTarget {
  label: string;
  url: string | undefined;
}

/** A menu entry: shows `label`, asks `question` when chosen. */
export interface MenuChoice {
  label: string;
  question: string;
  description?: string;
}

/**
 * Link buttons in rows of five, at most `maxRows` rows: the rows after them (menus, paging,
 * Share) must still fit Discord's five. Returns the rows and the targets that got no button
 * (for the caller to list as text); targets Discord would refuse get none and are not listed.
 */
export function linkRows(
  targets: LinkTarget[],
  maxRows: number = LIMIT.actionRows,
): { rows: Row[]; left: LinkTarget[] } {
  const room = Math.max(0, maxRows) * LIMIT.buttonsPerRow;
  const usable = targets.flatMap((target) => {
    const url = usableUrl(target.url);
    return url ? [{ label: target.label, url }] : [];
  });
  const buttons: APIButtonComponent[] = usable.slice(0, room).map((target) => ({
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: label(target.label, LIMIT.buttonLabel),
    url: target.url,
  }));
  return { rows: chunk(buttons, LIMIT.buttonsPerRow).map(row), left: usable.slice(room) };
}

/** Previous / Next, or nothing when there is one page. A long query rides as a key (custom-id.ts). */
export function pagingRow(query: string, page: number, pageCount: number): Row[] {
  const buttons: APIButtonComponent[] = [];
  const previous = page > 1 ? pageId(query, page - 1) : undefined;
  const next = page < pageCount ? pageId(query, page + 1) : undefined;
  if (previous) buttons.push(pageButton('Previous', previous));
  if (next) buttons.push(pageButton('Next', next));
  return buttons.length > 0 ? [row(buttons)] : [];
}

/** "Back to the list" on a talk opened from a list. */
export function backRow(from: { query: string; page: number } | undefined): Row[] {
  return from ? [row([pageButton('Back to the list', pageId(from.query, from.page))])] : [];
}

/** "Share" under a private answer: posts the same answer for the channel, as Slack's button does. */
export function shareRow(share: { query: string; page: number }): Row[] {
  const id = shareId(share.query, share.page);
  return [
    row([
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'Share in channel',
        custom_id: id,
      },
    ]),
  ];
}

/**
 * A select menu whose chosen value is a question for the core. Choices whose question would not
 * fit a value are left out (asking a cut question would answer something else).
 */
export function openMenu(
  placeholder: string,
  choices: MenuChoice[],
  from?: { query: string; page: number },
): Row[] {
  const seen = new Set<string>();
  const options: APISelectMenuOption[] = [];
  for (const choice of choices) {
    const value = choice.question;
    if (value.length > LIMIT.selectOptionValue || value.trim() === '' || seen.has(value)) continue;
    if (options.length === LIMIT.selectOptions) break;
    seen.add(value);
    const option: APISelectMenuOption = {
      label: label(stripInvisible(choice.label).trim() || value, LIMIT.selectOptionLabel),
      value,
    };
    if (choice.description?.trim())
      option.description = label(choice.description, LIMIT.selectOptionDescription);
    options.push(option);
  }
  if (options.length === 0) return [];
  return [
    row([
      {
        type: ComponentType.StringSelect,
        custom_id: openId(from),
        placeholder: truncate(placeholder, LIMIT.selectPlaceholder),
        options,
      },
    ]),
  ];
}

/** Labels show text as written (no Markdown), but nothing from the notes that reorders or hides text. */
function label(text: string, max: number): string {
  return truncate(stripInvisible(text), max) || '…';
}

function pageButton(label: string, customId: string): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId };
}

function row(components: APIComponentInMessageActionRow[]): Row {
  return { type: ComponentType.ActionRow, components };
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
