import type { types } from '@slack/bolt';
import { ACTIONS, type ActionKind, type ButtonState, encodeState } from './button-state.ts';
import { LIMITS } from './limits.ts';
import { cutEscaped, mrkdwn, plain } from './mrkdwn.ts';

/** Block Kit builders that keep every block inside Slack's limits. Texts passed in are mrkdwn, already escaped. */
export type Block = types.KnownBlock;

/** Lines packed into as few sections as fit 3000 characters each, at most `max` sections. */
export function sections(lines: string[], max: number): Block[] {
  const chunks: string[] = [];
  for (const line of lines) {
    const last = chunks.length - 1;
    if (last >= 0 && (chunks[last]?.length ?? 0) + 1 + line.length <= LIMITS.sectionText) {
      chunks[last] += `\n${line}`;
    } else {
      chunks.push(cutEscaped(line, LIMITS.sectionText));
    }
  }
  if (max <= 0) return [];
  if (chunks.length <= max) return chunks.map((c) => section(c));
  return [...chunks.slice(0, max - 1).map((c) => section(c)), context('… more than fits here')];
}

export function button(
  text: string,
  kind: ActionKind,
  key: string | number,
  state: ButtonState,
): types.Button {
  return {
    type: 'button',
    text: plain(text, LIMITS.buttonText),
    action_id: `${ACTIONS[kind]}:${key}`,
    value: encodeState(state),
  };
}

export function header(text: string): Block {
  return { type: 'header', text: plain(text, LIMITS.headerText) };
}

/** The cut is a last guard only (callers budget each part with `cut`); it never splits a link or an entity. */
export function section(text: string, accessory?: types.Button): Block {
  return {
    type: 'section',
    text: mrkdwn(cutEscaped(text, LIMITS.sectionText)),
    ...(accessory ? { accessory } : {}),
  };
}

/** Context text is mrkdwn too; callers pass already-escaped text. */
export function context(text: string): Block {
  return { type: 'context', elements: [mrkdwn(cutEscaped(text, LIMITS.sectionText))] };
}

/** Buttons in rows of 25 (Slack's limit); past 100 buttons nobody reads on, so the rest are left out. */
export function actions(elements: types.Button[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < elements.length && blocks.length < 4; i += LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: elements.slice(i, i + LIMITS.actionsElements) });
  }
  return blocks;
}

/** The last guard: an answer longer than Slack allows loses its tail, with a note saying so. */
export function capBlocks(blocks: Block[]): Block[] {
  if (blocks.length <= LIMITS.blocks) return blocks;
  return [...blocks.slice(0, LIMITS.blocks - 1), context('… cut to fit one Slack message')];
}

/** A line between the cards of a list, and between the cards and the row for the whole answer. */
export function divider(): Block {
  return { type: 'divider' };
}
