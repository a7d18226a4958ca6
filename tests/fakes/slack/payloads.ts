import type { FakeSlack } from './fake-slack.ts';

/**
 * Payloads as Slack sends them (slash commands, block_actions, events_api), pointing their
 * response_urls at the fake. Shared by the Socket Mode and HTTP tests.
 */
export const TEAM = 'TQCON';
export const CHANNEL = 'CGENERAL';
export const USER = 'UALICE';

export function slashCommand(fake: FakeSlack, text: string, id: string, command = '/qcon') {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    team_domain: 'qcon-fans',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: USER,
    user_name: 'alice',
    command,
    text,
    api_app_id: 'AQCON',
    response_url: fake.responseUrl(id),
    trigger_id: `trigger-${id}`,
  };
}

export interface Clicked {
  action_id: string;
  value?: string;
}

export function blockAction(
  fake: FakeSlack,
  clicked: Clicked,
  id: string,
  options: { ephemeral?: boolean; fromHome?: boolean } = {},
) {
  const container = options.fromHome
    ? { type: 'view', view_id: 'VHOME' }
    : {
        type: 'message',
        message_ts: '1700000000.000001',
        channel_id: CHANNEL,
        is_ephemeral: options.ephemeral ?? true,
      };
  return {
    type: 'block_actions',
    team: { id: TEAM, domain: 'qcon-fans' },
    user: { id: USER, username: 'alice', name: 'alice', team_id: TEAM },
    api_app_id: 'AQCON',
    token: 'legacy-verification-token',
    container,
    trigger_id: `trigger-${id}`,
    ...(options.fromHome
      ? {}
      : { channel: { id: CHANNEL, name: 'general' }, response_url: fake.responseUrl(id) }),
    actions: [
      {
        type: 'button',
        block_id: 'b1',
        action_id: clicked.action_id,
        ...(clicked.value ? { value: clicked.value } : {}),
        text: { type: 'plain_text', text: 'button' },
        action_ts: '1700000001.000001',
      },
    ],
  };
}

export function eventCallback(event: Record<string, unknown>, id: string) {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: 'AQCON',
    event,
    type: 'event_callback',
    event_id: `Ev${id}`,
    event_time: 1700000000,
    authorizations: [{ team_id: TEAM, user_id: 'UQCONBOT', is_bot: true }],
  };
}

export function mention(text: string, ts: string, thread_ts?: string) {
  return {
    type: 'app_mention',
    user: USER,
    text,
    ts,
    ...(thread_ts ? { thread_ts } : {}),
    channel: CHANNEL,
    event_ts: ts,
  };
}

export function directMessage(text: string, ts: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    channel: 'DALICE',
    channel_type: 'im',
    user: USER,
    text,
    ts,
    event_ts: ts,
    ...extra,
  };
}

export function homeOpened() {
  return {
    type: 'app_home_opened',
    user: USER,
    channel: 'DALICE',
    tab: 'home',
    event_ts: '1700000002.000001',
  };
}
