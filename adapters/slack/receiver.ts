import type {
  IncomingMessage,
  RequestListener,
  Server,
  ServerOptions,
  ServerResponse,
} from 'node:http';
import type { Server as HTTPSServer, ServerOptions as HTTPSServerOptions } from 'node:https';
import type { ListenOptions } from 'node:net';
import { parse as parseForm } from 'node:querystring';
import { HTTPReceiver, type HTTPReceiverOptions, verifySlackRequest } from '@slack/bolt';
import type { Deduper } from '../../src/dedupe.ts';
import type { Logger } from '../../src/log.ts';
import { claim } from './listeners/retries.ts';
import { type ReceiverLimits, readLimits } from './receiver-limits.ts';

/** Slack's own rule: a request dated more than five minutes ago is refused. */
const MAX_AGE_SECONDS = 5 * 60;
/** How long stop() lets requests in flight finish before cutting their connections. */
const STOP_GRACE_MS = 2000;
/** Enough for `ssl_check=1&token=…`, the one request Slack may send unsigned. */
const UNSIGNED_BODY_BYTES = 1024;

export interface HardenedReceiverOptions extends HTTPReceiverOptions {
  signingSecret: string;
  deduper: Deduper;
  /** The project's logger, for the lines an operator wants (refused and replayed requests). */
  log: Logger;
  limits?: Partial<ReceiverLimits>;
}

/**
 * Bolt's HTTPReceiver with the doors closed. Before Bolt sees a request to /slack/events it must
 * be dated within five minutes in the past and `clockSkewSeconds` in the future (checked from the
 * headers, before any body is read), fit `maxBodyBytes` (413 at once when Content-Length says
 * more, or as soon as it grows past it), carry a valid signature, not be a replay of a request
 * already handled (same signature), and hold a JSON object (a signed `payload=null` is a 400, not
 * a hung request). The server times out slow headers and bodies and caps open connections, so a
 * slow upload costs a socket and at most `maxBodyBytes`, for `requestTimeoutMs` at most; on stop,
 * idle connections close at once and busy ones after a short grace. Everything else is Bolt's:
 * routing, URL verification, ack handling, the listeners.
 */
export class HardenedReceiver extends HTTPReceiver {
  readonly limits: ReceiverLimits;
  private readonly secret: string;
  private readonly deduper: Deduper;
  private readonly log: Logger;
  private readonly paths: string[];
  private listening: Server | undefined;

  constructor(options: HardenedReceiverOptions) {
    const limits = { ...readLimits((line) => options.log.warn(line)), ...options.limits };
    // Bolt's own signature check would repeat, HMAC and all, what screen() has just done for
    // every request that can reach it (each POST to an endpoint), so it is off.
    super({ ...options, bodyLimit: limits.maxBodyBytes, signatureVerification: false });
    this.limits = limits;
    this.secret = options.signingSecret;
    this.deduper = options.deduper;
    this.log = options.log;
    const endpoints = options.endpoints ?? '/slack/events';
    this.paths = Array.isArray(endpoints) ? endpoints : [endpoints];
    const bolt: RequestListener = this.requestListener;
    this.requestListener = (req, res) => {
      if (req.method === 'POST' && this.paths.includes(pathOf(req.url))) {
        void this.screen(req, res, bolt).catch((error: unknown) => {
          this.log.error({ error: String(error) }, 'Slack request failed before Bolt');
          this.refuse(res, 500, 'failed');
        });
        return;
      }
      bolt(req, res);
    };
  }

  override start(port: number): Promise<Server>;
  override start(port: string): Promise<Server>;
  override start(
    portOrListenOptions: number | string | ListenOptions,
    serverOptions?: ServerOptions,
  ): Promise<Server>;
  override start(
    portOrListenOptions: number | string | ListenOptions,
    httpsServerOptions?: HTTPSServerOptions,
  ): Promise<HTTPSServer>;
  override async start(
    portOrListenOptions: number | string | ListenOptions,
    serverOptions: ServerOptions | HTTPSServerOptions = {},
  ): Promise<Server | HTTPSServer> {
    const { headersTimeoutMs, requestTimeoutMs, maxConnections } = this.limits;
    const server = await super.start(portOrListenOptions, {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // Node checks those timeouts this often (30 s by default, too late to matter).
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
      keepAliveTimeout: 5000,
      ...serverOptions,
    } as ServerOptions);
    // Connections past the cap are closed as they arrive.
    server.maxConnections = maxConnections;
    this.listening = server;
    return server;
  }

  override async stop(): Promise<void> {
    const server = this.listening;
    this.listening = undefined;
    const stopped = super.stop();
    // Keep-alive connections would hold close() open, and a slow upload until its timeout.
    server?.closeIdleConnections();
    const cut = setTimeout(() => server?.closeAllConnections(), STOP_GRACE_MS);
    cut.unref();
    try {
      await stopped;
    } finally {
      clearTimeout(cut);
    }
  }

  /** Everything a request must pass before Bolt parses it; answers the request itself if not. */
  private async screen(req: IncomingMessage, res: ServerResponse, bolt: RequestListener) {
    const signature = header(req, 'x-slack-signature');
    const timestamp = Number(header(req, 'x-slack-request-timestamp'));
    const signed = signature !== undefined && Number.isInteger(timestamp);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (signed && !this.fresh(timestamp))
      return this.refuse(res, 401, 'request dated outside the window');
    if (!signed && req.headers['content-type'] !== 'application/x-www-form-urlencoded') {
      return this.refuse(res, 401, 'unsigned');
    }
    const limit = signed ? this.limits.maxBodyBytes : UNSIGNED_BODY_BYTES;
    if (declared > limit) return this.refuse(res, 413, 'body too large');
    const body = await readBody(req, limit);
    if (body === 'too large') return this.refuse(res, 413, 'body too large');
    if (body === undefined) return; // the client went away
    if (!signed) {
      // Slack's ssl_check is the one request answered without a signature, and with nothing else.
      if (parseForm(body.toString('utf8')).ssl_check !== '1')
        return this.refuse(res, 401, 'unsigned');
      res.writeHead(200, { 'content-length': 0 }).end();
      return;
    }
    const text = body.toString('utf8');
    if (!this.verified(signature, timestamp, text)) return this.refuse(res, 401, 'bad signature');
    if (!isObject(parse(req.headers['content-type'], text))) {
      this.log.warn('signed Slack request without a JSON object; refused with 400');
      return this.refuse(res, 400, 'not an object');
    }
    // A replay carries the same signature; any replica that saw it first has claimed it.
    const ttl = (MAX_AGE_SECONDS + this.limits.clockSkewSeconds + 1) * 1000;
    if (!(await claim(this.deduper, `slack:request:${signature}`, ttl, this.log))) {
      this.log.info('replayed Slack request; acknowledged, not answered again');
      return this.refuse(res, 200, 'replay');
    }
    // Bolt reads the body from here instead of the stream and goes on as usual.
    (req as IncomingMessage & { rawBody: Buffer }).rawBody = body;
    bolt(req, res);
  }

  /** Only the status goes back (a prober learns nothing of which check failed); the log has why. */
  private refuse(res: ServerResponse, status: number, why: string): void {
    this.log.debug({ status, why }, 'Slack request refused');
    close(res, status);
  }

  private fresh(timestamp: number): boolean {
    const now = Math.floor(Date.now() / 1000);
    return timestamp >= now - MAX_AGE_SECONDS && timestamp <= now + this.limits.clockSkewSeconds;
  }

  private verified(signature: string, timestamp: number, body: string): boolean {
    try {
      verifySlackRequest({
        signingSecret: this.secret,
        body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      });
      return true;
    } catch {
      return false;
    }
  }
}

function pathOf(url: string | undefined): string {
  const query = url?.indexOf('?') ?? -1;
  return query === -1 ? (url ?? '') : (url ?? '').slice(0, query);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The request's body, or 'too large' past `limit` bytes, or undefined when the client hung up.
 * Bytes are counted as they arrive, so a body without Content-Length cannot grow past the limit.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large' | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'too large' | undefined) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done('too large');
      else chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks, size));
    const onGone = () => done(undefined);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}

/** The body as Bolt will read it: a form's `payload` field holds JSON, other forms are fields. */
function parse(type: string | undefined, text: string): unknown {
  try {
    if (type === 'application/x-www-form-urlencoded') {
      const form = parseForm(text);
      return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    }
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Answers without reading the rest of the request and closes the connection, so a client still
 * sending (a slow or oversized upload) holds nothing here for long.
 */
function close(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { connection: 'close', 'content-length': 0 });
  res.end();
  const socket = res.socket;
  // A moment for the status to reach the client, then the socket goes whatever it is doing.
  res.once('finish', () => setTimeout(() => socket?.destroy(), 1000).unref());
}
