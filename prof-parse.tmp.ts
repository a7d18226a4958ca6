import { readdirSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { parseFile } from './src/content/parse-file.ts';

const dir = 'node_modules/.cache/qcon-bench/corpus-10000';
const names = readdirSync(dir)
  .filter((n) => n.endsWith('.md'))
  .sort();
const texts = names.map((n) => readFileSync(`${dir}/${n}`));
const md = new MarkdownIt();
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  for (const text of texts) md.parse(text.toString('utf8'), {});
  const tok = performance.now() - t;
  t = performance.now();
  let json = 0;
  for (let i = 0; i < texts.length; i++) {
    const r = parseFile({ path: `${dir}/${names[i]}`, text: texts[i] });
    json += JSON.stringify(r).length;
  }
  console.log(
    'tokenize',
    tok.toFixed(0),
    'parseFile+json',
    (performance.now() - t).toFixed(0),
    json,
  );
}
