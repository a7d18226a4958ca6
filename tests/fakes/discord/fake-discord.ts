import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  APPLICATION_ID,
  BOT_USER,
  guildPayload,
  postedMessage,
  readyPayload,
  snowflake,
  user,
} from './payloads.ts';

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
}

interface Failure {
  matches: (request: RecordedRequest) => boolean;
  status: number;
  body: { code: number; message: string };
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** What the client sent over the gateway, in order, across connections. */
  readonly received: GatewayPayload[] = [];
  /** Query strings of every gateway connection (v, encoding, compress). */
  readonly connections: URLSearchParams[] = [];
  private readonly events = new EventEmitter();
  private readonly failures: Failure[] = [];
  private socket: WebSocket | undefined;
  private sequence = 0;
  private sessionId = '';
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

  /** Sends a dispatch (op 0) with the next sequence number, as Discord does for every event. */
  dispatch(t: string, d: unknown): void {
    this.sequence += 1;
    this.send({ op: 0, t, s: this.sequence, d });
  }

  /** Cuts the connection without a close frame (code 1006), like a network failure. */
  dropConnection(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** The next request that matches answers with a Discord error instead (e.g. 10062, 40060). */
  failNext(
    matches: (request: RecordedRequest) => boolean,
    status: number,
    body: { code: number; message: string },
  ): void {
    this.failures.push({ matches, status, body });
  }

  /** Resolves with the first request, past or future, that matches. */
  waitForRequest(matches: (request: RecordedRequest) => boolean): Promise<RecordedRequest> {
    return this.waitFor('request', () => this.requests.find(matches));
  }

  /** Resolves once the client has sent `count` gateway payloads with opcode `op`. */
  waitForOp(op: number, count = 1): Promise<GatewayPayload> {
    return this.waitFor('gateway', () => this.received.filter((p) => p.op === op)[count - 1]);
  }

  private waitFor<T>(event: string, find: () => T | undefined): Promise<T> {
    return waitUntil(this.events, event, find);
  }

  private send(payload: unknown): void {
    this.socket?.send(JSON.stringify(payload));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    this.connections.push(new URL(req.url ?? '/', 'http://x').searchParams);
    this.socket = ws;
    ws.on('message', (data) => this.onGatewayPayload(ws, JSON.parse(String(data))));
    ws.send(
      JSON.stringify({
        op: 10,
        d: { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 },
      }),
    );
  }

  private onGatewayPayload(ws: WebSocket, payload: GatewayPayload): void {
    this.received.push(payload);
    switch (payload.op) {
      case 1: // Heartbeat → Heartbeat ACK
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2: // Identify → READY, then the guild it announced as unavailable
        if (this.options.token && payload.d.token !== this.options.token) {
          ws.close(4004, 'Authentication failed.');
          break;
        }
        this.sessionId = randomUUID();
        this.sequence = 0;
        this.dispatch('READY', readyPayload(this.sessionId, this.gatewayUrl));
        this.dispatch('GUILD_CREATE', guildPayload());
        break;
      case 6: // Resume → RESUMED, or Invalid Session when resuming is refused
        if (this.options.acceptResume !== false && payload.d.session_id === this.sessionId) {
          this.dispatch('RESUMED', {});
        } else {
          ws.send(JSON.stringify({ op: 9, d: false }));
        }
        break;
    }
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
    const [status, body] = this.route(request);
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    this.events.emit('request');
  }

  private route(request: RecordedRequest): [number, unknown] {
    const failure = this.failures.findIndex((f) => f.matches(request));
    if (failure >= 0) {
      const [{ status, body }] = this.failures.splice(failure, 1) as [Failure];
      return [status, body];
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
            shards: 1,
            session_start_limit: {
              total: 1000,
              remaining: 999,
              reset_after: 0,
              max_concurrency: 1,
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

/**
 * Resolves with what `find` finds, looking now and after each `event`: the tests wait for what
 * happened, never for a time.
 */
export function waitUntil<T>(
  events: EventEmitter,
  event: string,
  find: () => T | undefined,
): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const found = find();
      if (found === undefined) return;
      events.off(event, check);
      resolve(found);
    };
    events.on(event, check);
    check();
  });
}
