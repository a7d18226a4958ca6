import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBot } from '../../../src/load-bot.ts';

const dir = mkdtempSync(join(tmpdir(), 'qcon-two-conferences-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a notes file about two conferences, loaded', () => {
  it('answers with each conference as an event: listed, named on its talks, and narrowing a question', async () => {
    writeFileSync(
      join(dir, 'spring-2025.md'),
      [
        '# Spring conference season',
        '',
        '## KubeCon EU 2025',
        '',
        '### Sustainable clusters — Tom Becker (Spotify)',
        '',
        '- on-call load dropped with quotas',
        '',
        '## DevOpsDays Amsterdam 2025',
        '',
        '### Sustainable on-call — Jane Roe (Honeycomb)',
        '',
        '- pager load is a product metric',
      ].join('\n'),
    );
    const { bot, files } = await loadBot(dir);
    expect(files).toHaveLength(1);
    const events = bot?.ask('events');
    expect(events?.kind === 'events' && events.events.map((e) => [e.name, e.talkCount])).toEqual([
      ['KubeCon EU 2025', 1],
      ['DevOpsDays Amsterdam 2025', 1],
    ]);
    const scoped = bot?.ask('sustainable at devopsdays');
    expect(scoped?.kind === 'talks' && scoped.hits.map((h) => [h.title, h.eventName])).toEqual([
      ['Sustainable on-call', 'DevOpsDays Amsterdam 2025'],
    ]);
  });
});
