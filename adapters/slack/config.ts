import { z } from 'zod';
import { optional, port, readEnv } from '../../src/config.ts';
import type { Platform } from '../../src/surface.ts';

/** Slack's variables: SLACK_BOT_TOKEN enables it, with an app token (Socket Mode) or signing secret (HTTP). */
const slackSchema = z
  .object({
    SLACK_BOT_TOKEN: optional(
      z.string().startsWith('xoxb-', {
        error:
          'SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions page of your Slack app)',
      }),
    ),
    SLACK_APP_TOKEN: optional(
      z.string().startsWith('xapp-', {
        error:
          'SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)',
      }),
    ),
    SLACK_SIGNING_SECRET: optional(
      z.string().regex(/^[0-9a-f]{16,}$/i, {
        error:
          'SLACK_SIGNING_SECRET must be the hex signing secret from Basic Information → App Credentials',
      }),
    ),
    SLACK_API_URL: optional(
      z.url({ error: 'SLACK_API_URL must be a URL such as https://slack.com/api/' }),
    ),
    SLACK_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, {
        error: 'SLACK_COMMAND must be a slash command such as /qcon',
      })
      .default('/qcon'),
    PORT: port('PORT').default(3000),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_APP_TOKEN'],
        message:
          'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one of them',
      });
    }
    if (!env.SLACK_BOT_TOKEN && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message:
          'SLACK_BOT_TOKEN is missing: Slack needs the bot token (xoxb-…) as well as the app token or signing secret',
      });
    }
  });

export interface SlackSettings {
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  command: string;
  port: number;
}

declare module '../../src/config.ts' {
  interface Config {
    /** Set when SLACK_BOT_TOKEN is (adapters/slack/config.ts). */
    slack?: SlackSettings;
  }
}

export function readSlackSettings(
  env: NodeJS.ProcessEnv,
): { ok: true; settings?: SlackSettings } | { ok: false; problems: string[] } {
  const read = readEnv(slackSchema, env);
  if (!read.ok) return read;
  const e = read.data;
  if (!e.SLACK_BOT_TOKEN) return { ok: true };
  const settings: SlackSettings = {
    botToken: e.SLACK_BOT_TOKEN,
    command: e.SLACK_COMMAND,
    port: e.PORT,
  };
  if (e.SLACK_APP_TOKEN) settings.appToken = e.SLACK_APP_TOKEN;
  else if (e.SLACK_SIGNING_SECRET) settings.signingSecret = e.SLACK_SIGNING_SECRET;
  if (e.SLACK_API_URL) settings.apiUrl = e.SLACK_API_URL;
  return { ok: true, settings };
}

/** What the composition root needs of Slack: its variables, and its surface, loaded only when configured. */
export const slackPlatform: Platform = {
  key: 'slack',
  read: readSlackSettings,
  surface: async () => (await import('./index.ts')).slackSurface,
};
