import { randomBytes } from 'node:crypto';

/**
 * Gateway payloads as Discord sends them (API v10), with only the fields discord.js reads.
 * Ids are snowflakes: discord.js derives timestamps from them.
 */
let counter = 0n;
/** A fresh snowflake, increasing, from a fixed 2024 timestamp. */
export function snowflake(): string {
  counter += 1n;
  return ((1_704_067_200_000n - 1_420_070_400_000n) * 4_194_304n + counter).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
}

export const BOT_USER: FakeUser = { id: '1100000000000000001', username: 'qcon-bot', bot: true };
export const APPLICATION_ID = BOT_USER.id;
export const HUMAN: FakeUser = { id: '1200000000000000002', username: 'ada' };
export const OTHER_BOT: FakeUser = { id: '1300000000000000003', username: 'other-bot', bot: true };
export const GUILD_ID = '1400000000000000004';
export const CHANNEL_ID = '1500000000000000005';
/** A second guild, on shard 1 of 2 where GUILD_ID is on shard 0 (`(id >> 22) % 2`). */
export const OTHER_GUILD = { id: '1400000000003407880', channelId: '1500000000000000015' };
export const DM_CHANNEL_ID = '1600000000000000006';
const ROLE_ID = '1700000000000000007';

export function user(u: FakeUser) {
  return {
    id: u.id,
    username: u.username,
    global_name: u.username,
    discriminator: '0',
    avatar: null,
    ...(u.bot ? { bot: true } : {}),
  };
}

export function readyPayload(
  sessionId: string,
  resumeUrl: string,
  shard: [number, number] = [0, 1],
  guilds: { id: string }[] = [{ id: GUILD_ID }],
) {
  return {
    v: 10,
    user: { ...user(BOT_USER), verified: true, flags: 0 },
    guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: APPLICATION_ID, flags: 0 },
    private_channels: [],
  };
}

export function guildPayload(id = GUILD_ID, channelId = CHANNEL_ID) {
  return {
    id,
    name: 'QCon fans',
    icon: null,
    owner_id: HUMAN.id,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      {
        id,
        name: '@everyone',
        permissions: '68608',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: ROLE_ID,
        name: 'fans',
        permissions: '0',
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: true,
        flags: 0,
      },
    ],
    channels: [{ id: channelId, type: 0, name: 'talks', position: 0, permission_overwrites: [] }],
    threads: [],
    members: [
      {
        user: user(BOT_USER),
        roles: [],
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
      },
    ],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function member(u: FakeUser) {
  return {
    user: user(u),
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
  };
}

export interface MessageOptions {
  author?: FakeUser;
  /** A DM to the bot rather than a message in the guild's channel. */
  dm?: boolean;
  mentions?: FakeUser[];
  mentionEveryone?: boolean;
  mentionRoles?: boolean;
  /** A guild other than GUILD_ID, e.g. one on another shard. */
  guild?: { id: string; channelId: string };
  /** Posted by a webhook (an integration), which Discord marks with `webhook_id`. */
  webhookId?: string;
  /** Discord's message type: 0 a default message, 7 "joined the server" and other system kinds. */
  type?: number;
}

export function messagePayload(content: string, options: MessageOptions = {}) {
  const author = options.author ?? HUMAN;
  const guild = options.guild ?? { id: GUILD_ID, channelId: CHANNEL_ID };
  return {
    id: snowflake(),
    channel_id: options.dm ? DM_CHANNEL_ID : guild.channelId,
    // Discord says which kind of channel; discord.js needs it to build an uncached DM channel.
    channel_type: options.dm ? 1 : 0,
    ...(options.dm ? {} : { guild_id: guild.id, member: member(author) }),
    author: user(author),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: options.mentionEveryone ?? false,
    mentions: (options.mentions ?? []).map(user),
    mention_roles: options.mentionRoles ? [ROLE_ID] : [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: options.type ?? 0,
    flags: 0,
    ...(options.webhookId ? { webhook_id: options.webhookId } : {}),
  };
}

/** What the channel messages endpoint answers: the message as the bot posted it. */
export function postedMessage(channelId: string, body: Record<string, unknown>) {
  return {
    ...messagePayload(String(body.content ?? ''), {
      author: BOT_USER,
      dm: channelId === DM_CHANNEL_ID,
    }),
    channel_id: channelId,
    embeds: body.embeds ?? [],
    components: body.components ?? [],
  };
}

const INTERACTION_BASE = {
  application_id: APPLICATION_ID,
  version: 1,
  guild_id: GUILD_ID,
  channel_id: CHANNEL_ID,
  channel: { id: CHANNEL_ID, type: 0, name: 'talks', guild_id: GUILD_ID },
  app_permissions: '68608',
  locale: 'en-US',
  guild_locale: 'en-US',
  entitlements: [],
  authorizing_integration_owners: { '0': GUILD_ID },
  context: 0,
  attachment_size_limit: 10_485_760,
};

/** Every interaction token the fake handed out, so a test can check that none reached a log. */
export const issuedTokens: string[] = [];

/** A token shaped like Discord's: base64url of `interaction:<id>:<secret>`, about 100 characters. */
function interactionToken(id: string): string {
  const token = Buffer.from(`interaction:${id}:${randomBytes(32).toString('hex')}`).toString(
    'base64url',
  );
  issuedTokens.push(token);
  return token;
}

function interaction(
  type: number,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const id = snowflake();
  return {
    ...INTERACTION_BASE,
    id,
    token: interactionToken(id),
    type,
    member: { ...member(HUMAN), permissions: '68608' },
    data,
    ...extra,
  };
}

export function commandPayload(query: string, isPrivate?: boolean) {
  const options: Record<string, unknown>[] = [{ name: 'query', type: 3, value: query }];
  if (isPrivate !== undefined) options.push({ name: 'private', type: 5, value: isPrivate });
  return interaction(2, { id: snowflake(), name: 'qcon', type: 1, options });
}

export function autocompletePayload(typed: string) {
  return interaction(4, {
    id: snowflake(),
    name: 'qcon',
    type: 1,
    options: [{ name: 'query', type: 3, value: typed, focused: true }],
  });
}

/** A click on a button (or a choice in a select menu) of a message the bot posted. */
export function componentPayload(
  message: Record<string, unknown>,
  customId: string,
  values?: string[],
) {
  const data = values
    ? { custom_id: customId, component_type: 3, values }
    : { custom_id: customId, component_type: 2 };
  return interaction(3, data, { message });
}
