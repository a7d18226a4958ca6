import type { App } from '@slack/bolt';
import type { Answer } from '../../../../src/answer.ts';
import { responseType, shareable } from '../../send.ts';
import { slackToPlain } from '../../unescape.ts';
import { APOLOGY, attempt } from '../attempt.ts';
import type { ListenerDeps } from '../deps.ts';

/**
 * `/qcon <text>`: answered inside the acknowledgement (Slack shows an ack's body as the reply),
 * ephemeral, so only the asker sees it until they share it. The core answers in well under a
 * millisecond, so this is one HTTP exchange per command instead of two, which is what keeps the
 * ack fast under a burst. An answer not ready within the budget is acknowledged empty at once
 * (Slack's 3-second deadline) and sent to the response_url when it comes.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.command(deps.command, async ({ command, ack, respond, client }) => {
    // Async, so an asker that throws at once is a rejected promise like one that fails later.
    const asking = (async () =>
      deps.asker.ask(command.text ?? '', {
        surface: 'slack',
        user: command.user_id,
        prepare: slackToPlain,
        place: command.channel_id,
      }))();
    const failed = (error: unknown) => {
      deps.logger.error({ error: deps.scrub(String(error)) }, 'answering a slash command failed');
      return null;
    };
    const inTime = await within(asking, deps.ackBudgetMs).catch(failed);
    if (inTime === null) {
      await ack({ response_type: 'ephemeral', text: TROUBLE });
      return;
    }
    if (inTime) {
      await ack({ response_type: responseType(inTime, 'asker'), ...message(deps, inTime) });
      return;
    }
    await ack();
    const answer = await asking.catch(failed);
    await attempt(
      deps,
      'slash command answer',
      () =>
        respond(
          answer
            ? { response_type: responseType(answer, 'asker'), ...message(deps, answer) }
            : { response_type: 'ephemeral', text: TROUBLE },
        ),
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

const TROUBLE = 'Sorry, I could not answer that just now. Please try again in a moment.';

function message(deps: ListenerDeps, answer: Answer) {
  return deps.render(answer, { command: deps.command, shareable: shareable(answer, 'asker') });
}

/** The answer if it comes within `ms`, else undefined (it may still come later). */
async function within(answer: Promise<Answer>, ms: number): Promise<Answer | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}
