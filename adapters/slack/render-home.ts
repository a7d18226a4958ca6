import type { Answer } from '../../src/answer.ts';
import type { Asker } from '../../src/surface.ts';
import { helpIntro, plural } from '../present/index.ts';
import * as block from './blocks.ts';
import { cut } from './mrkdwn.ts';
import { commandList } from './render-blocks.ts';

const { actions, button, capBlocks, context, header, section, sections } = block;

/**
 * The App Home tab: what the bot knows (events, topics with talk counts) and how to ask. Built from
 * the same Answers a user could ask for, so it never reaches past the core's contract.
 */
export async function renderHome(asker: Asker, command: string): Promise<block.Block[]> {
  const help = await asker.ask('help', { surface: 'slack' });
  const events = await asker.ask('events', { surface: 'slack' });
  const topics = await asker.ask('topics', { surface: 'slack' });
  const name = cut(command, 40);
  const blocks: block.Block[] = [header('qcon-bot: notes from conference talks')];
  if (help.kind === 'help') {
    blocks.push(
      section(
        `${helpIntro(help.stats)} Ask with \`${name} &lt;words&gt;\` in any channel (only you see the answer until you share it), mention me in a channel, or write to me in the Messages tab.`,
      ),
      section(commandList(help.commands, command)),
    );
  }
  if (events.kind === 'events' && events.events.length > 0) {
    blocks.push(header('Events'), ...sections(eventLines(events), 10));
  }
  if (topics.kind === 'topics' && topics.topics.length > 0) {
    blocks.push(
      header('Topics'),
      ...sections(
        topics.topics.map((t) => `• *${cut(t.name, 200)}*: ${plural(t.count, 'talk')}`),
        10,
      ),
      context(`Try \`${name} topic &lt;name&gt;\`, or pick one:`),
      ...actions(topics.topics.map((t, i) => button(t.name, 'ask', i, { q: `topic ${t.name}` }))),
    );
  }
  return capBlocks(blocks);
}

function eventLines(answer: Extract<Answer, { kind: 'events' }>): string[] {
  return answer.events.map(
    (e) =>
      `• *${cut(e.name, 300)}*${e.dates ? ` (${cut(e.dates, 100)})` : ''}: ${plural(e.talkCount, 'talk')}${e.author ? `, notes by ${cut(e.author, 200)}` : ''}`,
  );
}
