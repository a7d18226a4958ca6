import type { AllMiddlewareArgs, RespondFn } from '@slack/bolt';
import type { Answer, Audience } from '../../src/answer.ts';
import { APOLOGY, attempt } from './listeners/attempt.ts';
import type { ListenerDeps } from './listeners/deps.ts';
import { renderShared } from './render-blocks.ts';

type WebClient = AllMiddlewareArgs['client'];

/**
 * The one place that decides who sees an answer in Slack. The Answer may say (`audience`: a
 * rate-limited "Slow down" is always for the asker); otherwise each way of asking has its default:
 * a slash command answers the asker alone, a mention answers in the thread, Share posts to the
 * channel. Listeners say where a question came from; this file picks ephemeral or public.
 */
export function audienceOf(answer: Answer, fallback: Audience): Audience {
  return answer.audience ?? fallback;
}

/** `response_type` for a response_url: ephemeral unless the answer is for the channel. */
export function responseType(answer: Answer, fallback: Audience): 'ephemeral' | 'in_channel' {
  return audienceOf(answer, fallback) === 'asker' ? 'ephemeral' : 'in_channel';
}

/** A private answer may be shared; a public one, or a notice such as "Slow down", may not. */
export function shareable(answer: Answer, fallback: Audience): boolean {
  return audienceOf(answer, fallback) === 'asker' && answer.kind !== 'error';
}

/** An answer to a question asked by mentioning the bot: in the thread, or to the asker alone. */
export async function sendInThread(
  deps: ListenerDeps,
  client: WebClient,
  where: { channel: string; user: string | undefined; thread_ts: string },
  answer: Answer,
): Promise<void> {
  const { channel, user, thread_ts } = where;
  if (audienceOf(answer, 'channel') === 'asker') {
    const reply = deps.render(answer, { command: deps.command, shareable: false });
    // With no user to show it to, a private answer is not posted at all: never in public.
    if (!user) return;
    await attempt(deps, 'private answer in thread', () =>
      client.chat.postEphemeral({ channel, user, thread_ts, ...reply }),
    );
    return;
  }
  const reply = deps.render(answer, { command: deps.command, shareable: false });
  await attempt(
    deps,
    'mention answer',
    () => client.chat.postMessage({ channel, thread_ts, ...reply, unfurl_links: false }),
    () => client.chat.postMessage({ channel, thread_ts, text: APOLOGY }),
  );
}

/**
 * An answer to a button click, at the click's response_url. A new answer for the asker replaces
 * their private message when `replace` (paging); a notice never replaces the list it was asked from.
 */
export async function sendClickAnswer(
  deps: ListenerDeps,
  respond: RespondFn,
  answer: Answer,
  options: { what: string; replace: boolean; apologize: () => Promise<unknown> },
): Promise<void> {
  const message = deps.render(answer, {
    command: deps.command,
    shareable: shareable(answer, 'asker'),
  });
  const type = responseType(answer, 'asker');
  const inPlace = options.replace && type === 'ephemeral' && answer.kind !== 'error';
  await attempt(
    deps,
    options.what,
    () =>
      respond(
        inPlace
          ? { replace_original: true, ...message }
          : { response_type: type, replace_original: false, ...message },
      ),
    options.apologize,
  );
}

const NOT_IN_CHANNEL =
  'I cannot post in this conversation. Invite me first (`/invite @qcon-bot`), then share again.';

/**
 * "Share in channel": the answer posted publicly by the bot, saying who shared it; unless the
 * answer is for the asker alone (a rate-limited click gets its "Slow down" privately).
 */
export async function sendShared(
  deps: ListenerDeps,
  args: { client: WebClient; respond: RespondFn; channel: string; user: string },
  answer: Answer,
): Promise<void> {
  const { client, respond, channel, user } = args;
  if (audienceOf(answer, 'channel') === 'asker') {
    const message = deps.render(answer, { command: deps.command, shareable: false });
    await attempt(deps, 'share refused privately', () =>
      respond({ response_type: 'ephemeral', replace_original: false, ...message }),
    );
    return;
  }
  const message = renderShared(answer, deps.command, user);
  await attempt(
    deps,
    'share',
    () => client.chat.postMessage({ channel, ...message, unfurl_links: false }),
    (reason) =>
      respond({
        response_type: 'ephemeral',
        replace_original: false,
        text:
          reason === 'not_in_channel' || reason === 'channel_not_found' ? NOT_IN_CHANNEL : APOLOGY,
      }),
  );
}
