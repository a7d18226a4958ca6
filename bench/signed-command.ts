import { createHmac } from 'node:crypto';

/** A test signing secret: the load server checks every request against it, as Bolt does in HTTP mode. */
export const SIGNING_SECRET = 'bench0123456789abcdef0123456789ab';

/** What people ask, over the shipped content: hits, a typo, one talk, lists, help, a miss. */
const QUESTIONS = [
  'microservices',
  'netflix',
  'talk uber',
  'kubernets',
  'topics',
  'list',
  'security docker',
  'help',
  'event:qcon-ny-2016 monitoring',
  'nothing matches this at all',
];

/**
 * The n-th slash command as Slack POSTs it: form-encoded, a fresh timestamp, and the v0 signature
 * HMAC-SHA256(secret, `v0:{ts}:{body}`). Each comes from another user, so the per-user rate limit
 * never answers instead of the bot; its response_url is `responseUrl`/n (the local sink).
 */
export function signedCommand(n: number, responseUrl: string) {
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'TBENCH',
    channel_id: 'CBENCH',
    user_id: `U${n}`,
    command: '/qcon',
    text: QUESTIONS[n % QUESTIONS.length] ?? '',
    api_app_id: 'ABENCH',
    response_url: `${responseUrl}/${n}`,
    trigger_id: `trigger-${n}`,
  }).toString();
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': `v0=${signature}`,
    },
  };
}
