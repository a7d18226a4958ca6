import type { ListenerDeps } from './deps.ts';

export const APOLOGY =
  'Sorry, Slack did not take my answer just now. Please try again in a moment.';

/**
 * Runs one call to Slack. A failure (HTTP 500, rate limit, expired response_url, missing scope) is
 * counted in qcon_platform_api_errors_total, logged with what was being done and, where another
 * route to the user exists, followed by a short apology. Never throws: a listener must not take
 * the process down.
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
    failed(deps, { what, reason, ...details(error), error: deps.scrub(describeError(error)) });
    if (apologize) {
      try {
        await apologize(reason);
      } catch (second) {
        failed(deps, {
          what: `apology after ${what}`,
          reason: slackError(second),
          ...details(second),
          error: deps.scrub(describeError(second)),
        });
      }
    }
    return false;
  }
}

function failed(deps: ListenerDeps, line: { what: string; [key: string]: unknown }): void {
  deps.metrics.platformErrors.inc({ surface: 'slack' });
  deps.logger.warn(line, `${line.what} failed`);
}

/** Slack's error code (`not_in_channel`, `ratelimited`, …) when the Web API gave one. */
export function slackError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  if (typeof data?.error === 'string') return data.error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The HTTP status (a 500, a 404 from an expired response_url) and Slack's Retry-After, so the log
 * line says what Slack answered, not only that something failed.
 */
function details(error: unknown): { status?: number; retryAfter?: number } {
  const { statusCode, retryAfter } = (error ?? {}) as {
    statusCode?: unknown;
    retryAfter?: unknown;
  };
  return {
    ...(typeof statusCode === 'number' ? { status: statusCode } : {}),
    ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
