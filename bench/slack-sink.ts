/**
 * The Slack side of the load benchmark, in a process of its own so neither the load generator nor
 * the servers pay for it: on 127.0.0.1, `auth.test` (Bolt checks the token once at start) and any
 * other Web API method answer ok; posts to /respond/<run>/<n> (the response_urls) are read,
 * counted per run and discarded; GET /answers/<run> says how many arrived. Prints its URL as one
 * JSON line; exits when its parent closes stdin.
 * Usage (by bench/load.ts): node --import tsx bench/slack-sink.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const answers = new Map<string, number>();
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const [, area, name = ''] = (req.url ?? '').split('/');
    if (area === 'respond') {
      answers.set(name, (answers.get(name) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const body =
      area === 'answers'
        ? { answers: answers.get(name) ?? 0 }
        : name === 'auth.test'
          ? { ok: true, team_id: 'TBENCH', user_id: 'UBENCH', bot_id: 'BBENCH', user: 'qcon-bot' }
          : { ok: true };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.stdout.write(`${JSON.stringify({ url })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
