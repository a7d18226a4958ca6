import type { App } from '@slack/bolt';
import { slackToPlain } from '../../mrkdwn.ts';
import { renderBlocks } from '../../render-blocks.ts';
import { responseType, shareable } from '../../send.ts';
import { APOLOGY, attempt } from '../attempt.ts';
import type { ListenerDeps } from '../deps.ts';

/**
 * `/qcon <text>`: acknowledged at once with an empty ack (Slack's 3-second deadline), then the
 * answer goes to the response_url, ephemeral, so only the asker sees it until they share it.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.command(deps.command, async ({ command, ack, respond, client }) => {
    await ack();
    const answer = await deps.asker.ask(slackToPlain(command.text ?? ''), {
      surface: 'slack',
      user: command.user_id,
    });
    const message = renderBlocks(answer, {
      command: deps.command,
      shareable: shareable(answer, 'asker'),
    });
    await attempt(
      deps,
      'slash command answer',
      () => respond({ response_type: responseType(answer, 'asker'), ...message }),
      // The response_url failed; the Web API is a second way to reach the asker.
      () =>
        client.chat.postEphemeral({
          channel: command.channel_id,
          user: command.user_id,
          text: APOLOGY,
        }),
    );
  });
}
