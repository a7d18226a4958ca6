import type { AnyMiddlewareArgs, App } from '@slack/bolt';
import type { Deduper } from '../../../src/dedupe.ts';
import type { Logger } from '../../../src/log.ts';

/**
 * Slack re-sends an event it did not see acknowledged in time: at once, after a minute and after
 * five (`X-Slack-Retry-Num` over HTTP, `retry_attempt` in Socket Mode), each time with the same
 * `event_id`. Kept for a quarter of an hour, which covers that schedule with room for clock drift.
 */
export const EVENT_RETRY_WINDOW_MS = 15 * 60_000;

/**
 * A deduper that does not answer quickly (a shared store out of reach) must not hold up Slack's
 * acknowledgements or the answer: after this long the event is handled as new (fail open).
 */
export const CLAIM_TIMEOUT_MS = 300;

/**
 * Global middleware: the first delivery of an event is handled, every later one with the same
 * event id (a retry, here or at another replica) stops here. Bolt has already acknowledged it,
 * so Slack stops retrying. Interactions and commands carry no event id and are never retried by
 * Slack; a replayed HTTP request is caught by the receiver (receiver.ts).
 */
export function dropRetries(app: App, deduper: Deduper, logger: Logger): void {
  app.use(async ({ body, context, next }) => {
    const id = eventId(body);
    if (id && !(await claim(deduper, `slack:event:${id}`, EVENT_RETRY_WINDOW_MS, logger))) {
      logger.info(
        { eventId: id, retry: context.retryNum },
        'Slack event seen before; not answered again',
      );
      return;
    }
    await next();
  });
}

function eventId(body: AnyMiddlewareArgs['body']): string | undefined {
  const { event_id, team_id } = body as { event_id?: unknown; team_id?: unknown };
  if (typeof event_id !== 'string' || event_id === '') return undefined;
  return typeof team_id === 'string' ? `${team_id}:${event_id}` : event_id;
}

/** When each deduper last had its trouble logged: once a minute is enough during an outage. */
const warned = new WeakMap<Deduper, number>();
const WARN_EVERY_MS = 60_000;

function warnOnce(deduper: Deduper, logger: Logger, line: object, message: string): void {
  const now = Date.now();
  if (now - (warned.get(deduper) ?? -Infinity) < WARN_EVERY_MS) return;
  warned.set(deduper, now);
  logger.warn(line, message);
}

/**
 * `deduper.claim`, failing open: an error or no answer in time counts as "not seen" (a possible
 * second answer is better than none), logged at most once a minute.
 */
export async function claim(
  deduper: Deduper,
  key: string,
  ttlMs: number,
  logger: Logger,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => {
      warnOnce(deduper, logger, {}, 'retry de-duplication did not answer in time; handling as new');
      resolve(true);
    }, CLAIM_TIMEOUT_MS);
  });
  try {
    return await Promise.race([deduper.claim(key, ttlMs), timeout]);
  } catch (error) {
    warnOnce(
      deduper,
      logger,
      { error: String(error) },
      'retry de-duplication failed; handling as new',
    );
    return true;
  } finally {
    clearTimeout(timer);
  }
}
