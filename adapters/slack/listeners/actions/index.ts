import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { actionPattern, decodeState } from '../../button-state.ts';
import { renderBlocks } from '../../render-blocks.ts';
import { sendClickAnswer, sendShared } from '../../send.ts';
import { APOLOGY, attempt } from '../attempt.ts';
import type { ListenerDeps } from '../deps.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * Button clicks. Each is acknowledged first; the button's value says what to ask the core, so no
 * click depends on anything this process remembers. Who sees the answer is send.ts's decision.
 */
export function register(app: App, deps: ListenerDeps): void {
  // Link buttons open their URL in the browser; Slack still sends the click, which needs an ack.
  app.action(actionPattern('link'), async ({ ack }) => {
    await ack();
  });
  app.action<BlockAction<ButtonAction>>(actionPattern('page'), (args) => answer(args, deps, true));
  app.action<BlockAction<ButtonAction>>(actionPattern('ask'), (args) => answer(args, deps, true));
  app.action<BlockAction<ButtonAction>>(actionPattern('details'), (args) =>
    answer(args, deps, false),
  );
  app.action<BlockAction<ButtonAction>>(actionPattern('share'), (args) => share(args, deps));
}

/**
 * Pages and new questions replace the asker's ephemeral answer. Under a public message (a mention
 * reply or a shared answer) they answer the clicker alone, leaving the public message as it was;
 * Details always comes as a new message so the list stays on screen. A button that carries a page
 * (Previous / Next, Share, even to the first) asks that page; one without (a suggestion, Details)
 * asks its question as typed, "page 3" and all.
 */
async function answer(args: ButtonArgs, deps: ListenerDeps, replace: boolean): Promise<void> {
  const { ack, action, body, respond } = args;
  await ack();
  const state = decodeState(action.value);
  if (!state) {
    deps.logger.warn({ action: action.action_id }, 'button without a readable value');
    return;
  }
  const asked = await deps.asker.ask(state.q, {
    ...pageOf(state),
    surface: 'slack',
    user: body.user.id,
    ...placeOf(body),
  });
  if (!body.response_url) {
    // A click in the App Home tab has no response_url: the answer goes to the user's DM with the
    // app, which only they can read, so nothing there is shared.
    const message = renderBlocks(asked, { command: deps.command, shareable: false });
    await attempt(deps, `${action.action_id} click in App Home`, () =>
      args.client.chat.postMessage({ channel: body.user.id, ...message, unfurl_links: false }),
    );
    return;
  }
  await sendClickAnswer(deps, respond, asked, {
    what: `${action.action_id} click`,
    replace: replace && body.container?.is_ephemeral === true,
    apologize: () => postApology(args, APOLOGY),
  });
}

/** Share in channel: the same answer, posted publicly by the bot, saying who shared it. */
async function share(args: ButtonArgs, deps: ListenerDeps): Promise<void> {
  const { ack, action, body, client, respond } = args;
  await ack();
  const state = decodeState(action.value);
  const channel = body.channel?.id;
  if (!state || !channel) return;
  const asked = await deps.asker.ask(state.q, {
    ...pageOf(state),
    surface: 'slack',
    user: body.user.id,
    ...placeOf(body),
  });
  await sendShared(deps, { client, respond, channel, user: body.user.id }, asked);
}

/**
 * Where a click is, as a question typed there: a talk opened with Details is the one a follow-up
 * ("who gave it?") is about. The App Home has no channel, and no conversation.
 */
function placeOf(body: ButtonArgs['body']): { place?: string } {
  const channel = body.channel?.id;
  if (!channel) return {};
  const thread = body.container?.thread_ts ?? body.message?.thread_ts;
  return { place: thread ? `${channel}/${thread}` : channel };
}

function pageOf(state: { p?: number }): { page?: number } {
  return state.p === undefined ? {} : { page: state.p };
}

/** When the response_url itself failed, the Web API is the remaining way to tell the user. */
async function postApology({ body, client }: ButtonArgs, text: string): Promise<void> {
  if (!body.channel?.id) return;
  await client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, text });
}
