import type { App } from '@slack/bolt';
import { renderHome } from '../../render-home.ts';
import { slackToPlain } from '../../unescape.ts';
import { APOLOGY, attempt } from '../attempt.ts';
import type { ListenerDeps } from '../deps.ts';

/** Events are acknowledged by Bolt before listeners run, so these only do the work. */
export function register(app: App, deps: ListenerDeps): void {
  // @qcon-bot <question> in a channel: answered publicly, in a thread under the mention.
  app.event('app_mention', async ({ event, client }) => {
    if (event.bot_id) return;
    const answer = await deps.asker.ask(event.text, {
      surface: 'slack',
      user: event.user ?? '',
      prepare: slackToPlain,
    });
    const reply = deps.render(answer, { command: deps.command, shareable: false });
    const thread_ts = event.thread_ts ?? event.ts;
    if (answer.kind === 'error' && answer.reason === 'rate-limited' && event.user) {
      // "Slow down" is for the asker alone, not for the whole channel.
      const user = event.user;
      await attempt(deps, 'rate limit notice', () =>
        client.chat.postEphemeral({ channel: event.channel, user, thread_ts, ...reply }),
      );
      return;
    }
    await attempt(
      deps,
      'mention answer',
      () =>
        client.chat.postMessage({
          channel: event.channel,
          thread_ts,
          ...reply,
          unfurl_links: false,
        }),
      () => client.chat.postMessage({ channel: event.channel, thread_ts, text: APOLOGY }),
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
