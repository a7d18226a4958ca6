import type { App } from '@slack/bolt';
import { slackToPlain } from '../../unescape.ts';
import { APOLOGY, attempt } from '../attempt.ts';
import type { ListenerDeps } from '../deps.ts';

/**
 * A direct message to the bot is a question; the answer goes to the same DM. Edits, joins and
 * other subtypes are not questions, and bots (this one included) are never answered, so two bots
 * cannot talk to each other forever. Bolt's ignoreSelf already drops our own messages.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.message(async ({ message, client }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (message.bot_id || !message.text) return;
    const answer = await deps.asker.ask(message.text, {
      surface: 'slack',
      user: message.user ?? '',
      prepare: slackToPlain,
      // The DM itself (or a thread in it): where a follow-up ("who gave it?") is read.
      place:
        'thread_ts' in message && message.thread_ts
          ? `${message.channel}/${message.thread_ts}`
          : message.channel,
    });
    const reply = deps.render(answer, { command: deps.command, shareable: false });
    await attempt(
      deps,
      'direct message answer',
      () => client.chat.postMessage({ channel: message.channel, ...reply, unfurl_links: false }),
      () => client.chat.postMessage({ channel: message.channel, text: APOLOGY }),
    );
  });
}
