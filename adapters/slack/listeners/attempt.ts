import type { ListenerDeps } from './deps.ts';

export const APOLOGY =
  'Sorry, Slack did not take my answer just now. Please try again in a moment.';

/**
 * Runs one call to Slack. A failure (HTTP 500, rate limit, expired response_url, missing scope) is
 * logged with what was being done and, where another route to the user exists, followed by a short
 * apology. Never throws: a listener must not take the process down.
 */
export async function attempt(
  deps: ListenerDeps,
  what: string,
  work: () => Promise<unknown>,
  apologize?: (reason: string | undefined) => Promise<unknown>,
): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    const reason = slackError(error);
    deps.logger.warn({ what, error: deps.scrub(describeError(error)), reason }, `${what} failed`);
    if (apologize) {
      try {
        await apologize(reason);
      } catch (second) {
        deps.logger.warn(
          { what, error: deps.scrub(describeError(second)) },
          `apology after ${what} failed too`,
        );
      }
    }
    return false;
  }
}

/** Slack's error code (`not_in_channel`, `ratelimited`, …) when the Web API gave one. */
export function slackError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  if (typeof data?.error === 'string') return data.error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
