import type { App } from '@slack/bolt';
import { renderHome } from '../../render-home.ts';
import { sendInThread } from '../../send.ts';
import { slackToPlain } from '../../unescape.ts';
import { attempt } from '../attempt.ts';
import type { ListenerDeps } from '../deps.ts';

/** Events are acknowledged by Bolt before listeners run, so these only do the work. */
export function register(app: App, deps: ListenerDeps): void {
  // @qcon-bot <question> in a channel: answered publicly, in a thread under the mention.
  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id) return;
    // Unescaped only once the rate limiter has let the user through (prepare runs after it).
    const answer = await deps.asker.ask(event.text, {
      surface: 'slack',
      user: event.user ?? '',
      prepare: slackToPlain,
      // A follow-up is read where it is asked (the thread, or the channel) and the answer
      // continues in the thread it is posted in, so a reply there follows it up too.
      place: event.thread_ts
        ? `${event.channel}/${event.thread_ts}`
        : [event.channel, `${event.channel}/${event.ts}`],
    });
    // Public in the thread, or only for the asker when the answer says so (send.ts decides).
    await sendInThread(
      deps,
      client,
      { channel: event.channel, user: event.user, thread_ts: event.thread_ts ?? event.ts },
      answer,
    );
  });

  // The Home tab: what the bot knows and how to ask, published for the user who opened it.
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const blocks = await renderHome(deps.asker, deps.command);
    await attempt(deps, 'App Home publish', () =>
      client.views.publish({ user_id: event.user, view: { type: 'home', blocks } }),
    );
  });
}
