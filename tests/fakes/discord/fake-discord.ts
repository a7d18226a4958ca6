import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  APPLICATION_ID,
  BOT_USER,
  CHANNEL_ID,
  GUILD_ID,
  guildPayload,
  postedMessage,
  readyPayload,
  snowflake,
  user,
} from './payloads.ts';
import { waitUntil } from './wait-until.ts';

export { waitUntil };

/**
 * A fake Discord on 127.0.0.1 that the real discord.js client talks to: REST under `/api/v10`
 * and the Gateway over a WebSocket (JSON encoding, no compression: what discord.js asks for when
 * zlib-sync is not installed). It records every request and every gateway payload the client
 * sends, so tests assert what a user would see on Discord.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies are read freely by the tests
  body: any;
}

export interface GatewayPayload {
  op: number;
  // biome-ignore lint/suspicious/noExplicitAny: gateway payloads are read freely by the tests
  d: any;
}

export interface FakeDiscordOptions {
  /** The token the fake accepts (REST `Authorization: Bot …` and Identify); any when unset. */
  token?: string;
  /** Sent in Hello; discord.js beats first after a random part of it, then at this interval. */
  heartbeatInterval?: number;
  /** When false, a Resume gets Invalid Session (op 9, d false) and the client must identify anew. */
  acceptResume?: boolean;
  /** The shard count `GET /gateway/bot` recommends (default 1). */
  shards?: number;
  /** `session_start_limit.max_concurrency`: how many shards may identify at once (default 1). */
  maxConcurrency?: number;
  /** The guilds the bot is in; each shard gets those with `(id >> 22) % count === shard`. */
  guilds?: { id: string; channelId: string }[];
}

/** One gateway connection: the shard it identified as and its session (for Resume). */
interface Connection {
  ws: WebSocket;
  shard?: [number, number];
  sessionId?: string;
  sequence: number;
  closed?: number;
}

/** The shard a guild's events go to, as Discord computes it. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

interface Failure {
  matches: (request: RecordedRequest) => boolean;
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** What the client sent over the gateway, in order, across connections. */
  readonly received: GatewayPayload[] = [];
  /** Query strings of every gateway connection (v, encoding, compress). */
  readonly connections: URLSearchParams[] = [];
  /** Close codes of the gateway connections that ended, in order (1006: no close frame). */
  readonly closeCodes: number[] = [];
  private readonly events = new EventEmitter();
  private readonly failures: Failure[] = [];
  private readonly holds: { matches: (request: RecordedRequest) => boolean; ms?: number }[] = [];
  private readonly open = new Set<Connection>();
  /** Sessions by id, to resume on a new connection where the old one left off. */
  private readonly sessions = new Map<string, Connection>();
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    private readonly options: FakeDiscordOptions,
  ) {}

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const wss = new WebSocketServer({ noServer: true });
    const server = createServer();
    const fake = new FakeDiscord(server, wss, options);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => fake.onConnection(ws, req));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL is set to: discord.js appends `/v10`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Sends a dispatch (op 0) with the next sequence number, as Discord does for every event, on
   * the connection of the shard that owns the event's guild (shard 0 for DMs).
   */
  dispatch(t: string, d: unknown, to: number | 'all' = 0): void {
    const guildId = (d as { guild_id?: string }).guild_id;
    const owners = [...this.open].filter(
      (c) => c.shard && (guildId ? shardOf(guildId, c.shard[1]) : 0) === c.shard[0],
    );
    // Several processes identified as the same shard (replicas, a rolling deploy): `to` picks
    // the nth of them in the order they identified, or all of them.
    for (const connection of to === 'all' ? owners : owners.slice(to, to + 1))
      this.dispatchOn(connection, t, d);
  }

  /** Cuts every connection without a close frame (code 1006), like a network failure. */
  dropConnection(): void {
    for (const connection of this.open) connection.ws.terminate();
  }

  /** Closes every connection with a close frame, e.g. 4000 (unknown error: reconnect). */
  closeConnection(code: number, reason: string): void {
    for (const connection of this.open) connection.ws.close(code, reason);
  }

  /** The `[shard, count]` of every Identify, in order. */
  get identifiedShards(): [number, number][] {
    return this.received.filter((p) => p.op === 2).map((p) => p.d.shard);
  }

  /**
   * The next request that matches answers with a Discord error instead (e.g. 10062, 40060, a 500,
   * or a 429 whose `headers` say how long to wait); call it again to fail more than one.
   */
  failNext(
    matches: (request: RecordedRequest) => boolean,
    status: number,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): void {
    this.failures.push({ matches, status, body, headers });
  }

  /**
   * The next request that matches is answered only after `ms` (a slow Discord), or never when
   * `ms` is undefined (a call that hangs until the client gives up or the fake closes).
   */
  holdNext(matches: (request: RecordedRequest) => boolean, ms?: number): void {
    this.holds.push({ matches, ms });
  }

  /** Resolves with the first request, past or future, that matches. */
  waitForRequest(matches: (request: RecordedRequest) => boolean): Promise<RecordedRequest> {
    return this.waitFor('request', () => this.requests.find(matches));
  }

  /** Resolves with the first `count` requests, past or future, that match (a retried send: 2). */
  waitForRequests(
    matches: (request: RecordedRequest) => boolean,
    count: number,
  ): Promise<RecordedRequest[]> {
    return this.waitFor('request', () => {
      const found = this.requests.filter(matches);
      return found.length >= count ? found.slice(0, count) : undefined;
    });
  }

  /** Resolves once the client has sent `count` gateway payloads with opcode `op`. */
  waitForOp(op: number, count = 1): Promise<GatewayPayload> {
    return this.waitFor('gateway', () => this.received.filter((p) => p.op === op)[count - 1]);
  }

  /** Resolves once `count` gateway connections have ended, with their close codes. */
  waitForClosed(count: number): Promise<number[]> {
    return this.waitFor('close', () =>
      this.closeCodes.length >= count ? [...this.closeCodes] : undefined,
    );
  }

  private waitFor<T>(event: string, find: () => T | undefined): Promise<T> {
    return waitUntil(this.events, event, find);
  }

  private dispatchOn(connection: Connection, t: string, d: unknown): void {
    connection.sequence += 1;
    connection.ws.send(JSON.stringify({ op: 0, t, s: connection.sequence, d }));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    this.connections.push(new URL(req.url ?? '/', 'http://x').searchParams);
    const connection: Connection = { ws, sequence: 0 };
    this.open.add(connection);
    ws.on('message', (data) => this.onGatewayPayload(connection, JSON.parse(String(data))));
    ws.on('close', (code) => {
      this.open.delete(connection);
      this.closeCodes.push(code);
      this.events.emit('close');
    });
    ws.send(
      JSON.stringify({
        op: 10,
        d: { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 },
      }),
    );
  }

  private onGatewayPayload(connection: Connection, payload: GatewayPayload): void {
    const { ws } = connection;
    this.received.push(payload);
    switch (payload.op) {
      case 1: // Heartbeat → Heartbeat ACK
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2: {
        // Identify → READY with this shard's guilds as unavailable, then each of them
        if (this.options.token && payload.d.token !== this.options.token) {
          ws.close(4004, 'Authentication failed.');
          break;
        }
        const shard: [number, number] = payload.d.shard ?? [0, 1];
        const guilds = (this.options.guilds ?? [{ id: GUILD_ID, channelId: CHANNEL_ID }]).filter(
          (g) => shardOf(g.id, shard[1]) === shard[0],
        );
        Object.assign(connection, { shard, sessionId: randomUUID(), sequence: 0 });
        this.dispatchOn(
          connection,
          'READY',
          readyPayload(connection.sessionId ?? '', this.gatewayUrl, shard, guilds),
        );
        for (const guild of guilds)
          this.dispatchOn(connection, 'GUILD_CREATE', guildPayload(guild.id, guild.channelId));
        break;
      }
      case 6: {
        // Resume → RESUMED, or Invalid Session when resuming is refused
        const previous = this.sessions.get(payload.d.session_id);
        if (this.options.acceptResume !== false && previous) {
          Object.assign(connection, { ...previous, ws });
          this.dispatchOn(connection, 'RESUMED', {});
        } else {
          ws.send(JSON.stringify({ op: 9, d: false }));
        }
        break;
      }
    }
    if (connection.sessionId) this.sessions.set(connection.sessionId, connection);
    this.events.emit('gateway');
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/api\/v10/, ''),
      query: url.searchParams,
      headers: req.headers,
      body: raw ? JSON.parse(raw) : undefined,
    };
    this.requests.push(request);
    const hold = this.holds.findIndex((h) => h.matches(request));
    if (hold >= 0) {
      const ms = this.holds.splice(hold, 1)[0]?.ms;
      this.events.emit('request');
      if (ms === undefined) return; // never answered; close() ends the connection
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    const [status, body, headers = {}] = this.route(request);
    res.writeHead(status, {
      ...headers,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    this.events.emit('request');
  }

  private route(request: RecordedRequest): [number, unknown, Record<string, string>?] {
    const failure = this.failures.findIndex((f) => f.matches(request));
    if (failure >= 0) {
      const [{ status, body, headers }] = this.failures.splice(failure, 1) as [Failure];
      return [status, body, headers];
    }
    const { method, path } = request;
    // Interaction callbacks and webhooks are authorized by their token in the URL, the rest by the bot token.
    const open = /^\/(interactions|webhooks)\//.test(path);
    if (
      !open &&
      this.options.token &&
      request.headers.authorization !== `Bot ${this.options.token}`
    )
      return [401, { code: 0, message: '401: Unauthorized' }];
    const key = `${method} ${path.replace(/\d{17,20}/g, ':id').replace(/\/(interactions|webhooks)\/:id\/[^/]+/, '/$1/:id/:token')}`;
    switch (key) {
      case 'GET /gateway/bot':
        return [
          200,
          {
            url: this.gatewayUrl,
            shards: this.options.shards ?? 1,
            session_start_limit: {
              total: 1000,
              remaining: 999,
              reset_after: 0,
              max_concurrency: this.options.maxConcurrency ?? 1,
            },
          },
        ];
      case 'GET /users/@me':
        return [200, { ...user(BOT_USER), verified: true, flags: 0 }];
      case 'GET /applications/@me':
        return [200, { id: APPLICATION_ID, name: 'qcon-bot', bot_public: true, flags: 0 }];
      case 'POST /channels/:id/messages':
        return [200, postedMessage(path.split('/')[2] ?? '', request.body)];
      case 'POST /interactions/:id/:token/callback':
        return [204, undefined];
      case 'POST /webhooks/:id/:token':
      case 'PATCH /webhooks/:id/:token/messages/@original':
        return [200, postedMessage(request.body?.channel_id ?? '', request.body ?? {})];
      case 'PUT /applications/:id/commands':
      case 'PUT /applications/:id/guilds/:id/commands':
        return [
          200,
          (request.body as { name: string }[]).map((command) => ({
            ...command,
            id: snowflake(),
            application_id: APPLICATION_ID,
            version: snowflake(),
          })),
        ];
      default:
        return [404, { code: 0, message: '404: Not Found' }];
    }
  }
}
