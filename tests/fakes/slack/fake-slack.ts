import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A Slack on 127.0.0.1 for tests: the Web API methods the bot uses, Socket Mode (hello, envelopes,
 * acks, disconnect), and response_url endpoints. It records what the bot sent so tests can assert
 * what a user would see, and can be told to fail the next call of a method.
 */
export const BOT_TOKEN = 'xoxb-0000000000-0000000000000-fakebottokenvalue0';
export const APP_TOKEN = 'xapp-1-A000FAKE-0000000000000-fakeapptokenvalue000000';
export const BOT_USER = 'UQCONBOT';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** Set when the fake failed the call on purpose: nothing reached the user. */
  failed?: boolean;
}

export interface Response {
  id: string;
  body: Record<string, unknown>;
}

type Failure = { status: number; retryAfter?: number } | { error: string };

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: Response[] = [];
  /** How many Socket Mode connections said hello: a reconnect makes it grow. */
  connections = 0;
  private readonly changed = new EventEmitter();
  private readonly failures = new Map<string, { failure: Failure; times: number }>();
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private readonly sockets = new Set<WebSocket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private envelopes = 0;
  private messages = 0;

  private constructor(private readonly server: Server) {
    this.changed.setMaxListeners(100);
    server.on('request', (req, res) => void this.handle(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws));
    });
  }

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FakeSlack(server);
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What SLACK_API_URL points at. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.origin}/respond/${id}`;
  }

  /** The next `times` calls of `method` ('respond' for response_urls) fail this way. */
  failNext(method: string, failure: Failure, times = 1): void {
    this.failures.set(method, { failure, times });
  }

  /** Resolves with the first value `find` returns, checking again whenever the bot sends something. */
  waitFor<T>(find: () => T | undefined | false): Promise<T> {
    return waitUntil(this.changed, 'change', find);
  }

  /** The nth (0-based) call of a Web API method, once it has been made. */
  call(method: string, nth = 0): Promise<ApiCall> {
    return this.waitFor(() => this.calls.filter((c) => c.method === method)[nth]);
  }

  /** What the bot posted to a response_url, once it has. */
  response(id: string): Promise<Response> {
    return this.waitFor(() => this.responses.find((r) => r.id === id));
  }

  waitForConnections(count: number): Promise<number> {
    return this.waitFor(() => this.connections >= count && this.connections);
  }

  /**
   * Sends a Socket Mode envelope and resolves with the app's ack (its payload, if any). A retry
   * of an event is another envelope with `retry_attempt` (and `retry_reason`) set.
   */
  send(
    type: string,
    payload: unknown,
    retry?: { retry_attempt: number; retry_reason: string },
  ): Promise<unknown> {
    const envelope_id = `env-${++this.envelopes}`;
    const [socket] = [...this.sockets].filter((s) => s.readyState === s.OPEN);
    if (!socket) throw new Error('no Socket Mode connection to send on');
    const acked = new Promise((resolve) => this.acks.set(envelope_id, resolve));
    socket.send(
      JSON.stringify({
        envelope_id,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...retry,
      }),
    );
    return acked;
  }

  /** Slack recycling a connection: a `disconnect` message, after which the client reconnects. */
  sendDisconnect(): void {
    for (const socket of this.sockets) {
      socket.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    }
  }

  /** The network dropping: sockets cut without a close handshake. */
  dropSockets(): void {
    for (const socket of this.sockets) socket.terminate();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private connect(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      const resolve = message.envelope_id ? this.acks.get(message.envelope_id) : undefined;
      if (message.envelope_id) this.acks.delete(message.envelope_id);
      resolve?.(message.payload ?? {});
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'AQCON' },
        debug_info: { host: 'fake-slack', approximate_connection_time: 3600 },
      }),
    );
    this.connections += 1;
    this.changed.emit('change');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.origin);
    const [, area, name = ''] = url.pathname.split('/');
    const failure = this.takeFailure(area === 'respond' ? 'respond' : name);
    if (area === 'respond') {
      if (failure && 'status' in failure) return reply(res, failure.status, 'expired_url');
      this.record(() => this.responses.push({ id: name, body: JSON.parse(body) }));
      return reply(res, 200, 'ok');
    }
    if (area !== 'api') return reply(res, 404, 'not found');
    const args = parseArgs(req.headers['content-type'], body);
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (failure && 'status' in failure) {
      const headers = failure.retryAfter ? { 'retry-after': String(failure.retryAfter) } : {};
      this.record(() => this.calls.push({ method: name, args, failed: true }));
      return reply(res, failure.status, 'failed', headers);
    }
    this.record(() =>
      this.calls.push({ method: name, args, ...(failure ? { failed: true } : {}) }),
    );
    if (failure && 'error' in failure) return json(res, { ok: false, error: failure.error });
    json(res, this.answer(name, token, args));
  }

  private answer(method: string, token: string, args: Record<string, unknown>) {
    if (method === 'apps.connections.open') {
      if (token !== APP_TOKEN) return { ok: false, error: 'invalid_auth' };
      return {
        ok: true,
        url: `${this.origin.replace('http', 'ws')}/socket?ticket=${this.connections}`,
      };
    }
    if (token !== BOT_TOKEN) return { ok: false, error: 'invalid_auth' };
    const ts = `1700000000.${String(++this.messages).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          team_id: 'TQCON',
          team: 'QCon fans',
          user_id: BOT_USER,
          bot_id: 'BQCON',
          user: 'qcon-bot',
        };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts, message: { ...args, ts } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'views.publish':
        return { ok: true, view: { id: 'VHOME', ...(args.view as object) } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private takeFailure(method: string): Failure | undefined {
    const planned = this.failures.get(method);
    if (!planned) return undefined;
    if (--planned.times <= 0) this.failures.delete(method);
    return planned.failure;
  }

  private record(change: () => void): void {
    change();
    this.changed.emit('change');
  }
}

/** Resolves with the first value `find` returns, checking again on each `event` of `emitter`. */
export function waitUntil<T>(
  emitter: EventEmitter,
  event: string,
  find: () => T | undefined | false,
): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const found = find();
      if (found === undefined || found === false) return;
      emitter.off(event, check);
      resolve(found);
    };
    emitter.on(event, check);
    check();
  });
}

/** The Web API client sends forms, with objects (blocks, view) as JSON strings; Bolt's respond sends JSON. */
/** The form fields the Web API client writes as JSON. */
const JSON_ARGS = new Set(['blocks', 'view', 'attachments', 'metadata', 'unfurls']);

function parseArgs(type: string | undefined, body: string): Record<string, unknown> {
  if (type?.includes('application/json')) return body ? JSON.parse(body) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    // The Web API client sends objects (blocks, view) as JSON, and text as it is: a title may
    // start with "[" too.
    args[key] = JSON_ARGS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function reply(res: ServerResponse, status: number, text: string, headers = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain', ...headers });
  res.end(text);
}
