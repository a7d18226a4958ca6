import { shippedBot } from './helpers.ts';
const bot = await shippedBot();
const qs = process.argv.slice(2);
for (const q of qs) { const a = bot.ask(q); console.log(JSON.stringify(q), '=>', a.kind, a.kind==='talks'? `${JSON.stringify(a.scope)} ${a.focus??''} [${a.total}] `+a.hits.map(h=>h.id).join(','): a.kind==='none'? `${a.reason??''} sugg=${a.suggestions.join(',')}`:a.kind==='talk'?a.talk.id:''); }
