/**
 * The HTTP receiver's limits. Each has a default that fits Slack's traffic and can be changed by
 * an environment variable (read here, not in src/config.ts, because only HTTP mode uses them).
 */
export interface ReceiverLimits {
  /**
   * Largest request body. Slack's biggest are block_actions payloads, which carry the message the
   * button was in: one of ours at Slack's limits (50 blocks) is ~60 KB form-encoded. Bolt's
   * default is 4 MB.
   */
  maxBodyBytes: number;
  /** Time for a client to send its headers. */
  headersTimeoutMs: number;
  /** Time for a client to send its whole request. */
  requestTimeoutMs: number;
  /** Open connections at most; further ones are closed as they arrive. */
  maxConnections: number;
  /** How far in the future a request may be dated (clocks differ a little), like the 5 minutes of the past. */
  clockSkewSeconds: number;
}

export const DEFAULT_LIMITS: ReceiverLimits = {
  maxBodyBytes: 128 * 1024,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  maxConnections: 1_000,
  clockSkewSeconds: 60,
};

const VARIABLES: Record<keyof ReceiverLimits, string> = {
  maxBodyBytes: 'SLACK_MAX_BODY_BYTES',
  headersTimeoutMs: 'SLACK_HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'SLACK_REQUEST_TIMEOUT_MS',
  maxConnections: 'SLACK_MAX_CONNECTIONS',
  clockSkewSeconds: 'SLACK_CLOCK_SKEW_SECONDS',
};

/**
 * The defaults, with any positive whole number given in the environment instead; anything else
 * is reported to `warn` and the default kept (a typo must not stop the bot).
 */
export function readLimits(
  warn: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): ReceiverLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(VARIABLES) as (keyof ReceiverLimits)[]) {
    const raw = env[VARIABLES[key]];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      warn(`${VARIABLES[key]} must be a positive whole number; using ${limits[key]}`);
      continue;
    }
    limits[key] = value;
  }
  return limits;
}
