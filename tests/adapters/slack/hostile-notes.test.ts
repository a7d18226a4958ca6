import { describe, expect, it } from 'vitest';
import { renderBlocks, type SlackMessage } from '../../../adapters/slack/render-blocks.ts';
import { botOf, notes } from '../notes-bot.ts';
import { problems } from './message-problems.ts';

const OPTIONS = { command: '/qcon', shareable: true };

function mrkdwnTexts(message: SlackMessage): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'mrkdwn') texts.push(String(n.text));
      for (const value of Object.values(n)) walk(value);
    }
  };
  walk(message.blocks);
  return texts;
}

function buttonUrls(message: SlackMessage): string[] {
  return (
    JSON.stringify(message.blocks)
      .match(/"url":"[^"]*"/g)
      ?.map((u) => JSON.parse(`{${u}}`).url) ?? []
  );
}

describe('Slack: notes that would get a message rejected or misread', () => {
  it('shows a link with a bad port or host as text: no link button, no <url|text>', () => {
    const bot = botOf(
      notes(
        [
          '### Port talk by Ann (Acme)',
          '* [Slides](https://speakerdeck.com:99999/ann/x)',
          '* [Video](http://[speakerdeck.com/bob)',
          '* [Description](https://[::1/x)',
          '* Key takeaway: ports',
        ].join('\n'),
      ),
    );
    const talk = bot.library.talks[0];
    for (const question of ['list', `talk ${talk?.event}/${talk?.id}`]) {
      const message = renderBlocks(bot.ask(question), OPTIONS);
      expect(problems(message)).toEqual([]);
      expect(buttonUrls(message)).toEqual([]);
      expect(mrkdwnTexts(message).join('\n')).not.toContain('<http');
    }
  });

  it('fits a card with a long link, title, official title, speakers and summary in one section', () => {
    const speakers = Array.from({ length: 20 }, (_, i) => `Speaker${i} Name${i} (Company${i})`);
    const title = `Overflow ${'word '.repeat(80)}end`;
    const slug = title.toLowerCase().replace(/\s+/g, '-').slice(0, 60);
    for (const summary of ['<'.repeat(280), '😀'.repeat(150)]) {
      const bot = botOf(
        [
          '---',
          'talks:',
          `  ${slug}:`,
          `    official_title: "Official ${'other '.repeat(70)}end"`,
          `    speakers: [${speakers.join(', ')}]`,
          '---',
          '## Talks',
          '',
          `### [${title}](https://example.com/d${'d'.repeat(960)})`,
          `* Key takeaway: ${summary}`,
          '',
          '### Second talk by Bob (Acme)',
          '* Key takeaway: filler',
        ].join('\n'),
      );
      for (const question of ['list', 'who spoke about overflow', 'video of overflow']) {
        const message = renderBlocks(bot.ask(question), OPTIONS);
        // No cut inside a link, an entity or an emoji (problems() checks each), none over 3000.
        expect(problems(message)).toEqual([]);
        const card = mrkdwnTexts(message).find((t) => t.includes('Overflow word')) ?? '';
        // The title still links to the description; the summary gave way, cut with "…".
        expect(card).toContain('<https://example.com/dddd');
        expect(card).toContain('Official other');
        expect(card).toMatch(/(&lt;|😀)+…$/);
      }
    }
  });

  it('drops a link target that would leave no room for the summary, rather than cut the link', () => {
    const url = `https://e.example/?${'&'.repeat(990)}`;
    const bot = botOf(
      notes(
        [
          `### Amp ${'heavy '.repeat(40)}link by Ann (Acme)`,
          `* [Description](${url})`,
          `* Key takeaway: ${'word '.repeat(500)}`,
        ].join('\n'),
      ),
    );
    const message = renderBlocks(bot.ask('list'), OPTIONS);
    expect(problems(message)).toEqual([]);
    const card = mrkdwnTexts(message).find((t) => t.includes('heavy heavy')) ?? '';
    expect(card).not.toContain('<https://');
    expect(card).toMatch(/word word/);
  });

  it('shows a line of the notes that starts with > as written, not as a quote', () => {
    const bot = botOf(notes('### Quote by Cat (Acme)\n* \\> quoted text injected'));
    const texts = mrkdwnTexts(renderBlocks(bot.ask('list'), OPTIONS));
    for (const text of texts) expect(text).not.toMatch(/^\s*(&gt;|>)/m);
    expect(texts.join('\n')).toContain('˃ quoted text injected');
  });

  it('removes bidirectional overrides and isolates from what the notes say', () => {
    const bot = botOf(
      notes(
        '### Safe talk \u202egnp.exe\u202c by Ann (Acme)\n* Key takeaway: \u2066x\u2069 \u202eRTL',
      ),
    );
    const talk = bot.library.talks[0];
    for (const question of ['list', `talk ${talk?.event}/${talk?.id}`, 'events']) {
      const all = JSON.stringify(renderBlocks(bot.ask(question), OPTIONS));
      expect(all).not.toMatch(/[\u202a-\u202e\u2066-\u2069]|\\u202[a-e]|\\u206[6-9]/i);
    }
  });

  it('never splits an emoji family when it cuts a header', () => {
    const family = '👨‍👩‍👧‍👦';
    const bot = botOf(
      notes(`### Family ${family.repeat(40)} talk by Ann (Acme)\n* Key takeaway: x`),
    );
    const talk = bot.library.talks[0];
    const message = renderBlocks(bot.ask(`talk ${talk?.event}/${talk?.id}`), OPTIONS);
    const header = (message.blocks[0] as { text: { text: string } }).text.text;
    expect(header.endsWith(`${family}…`)).toBe(true);
  });

  it('says how many events it shows when there are more than it lists', () => {
    const bot = botOf(
      ...Array.from({ length: 23 }, (_, i) =>
        notes(`### Talk ${i} by Ann (Acme)\n* Key takeaway: events`, `Conf ${i}`),
      ),
    );
    const message = renderBlocks(bot.ask('events'), OPTIONS);
    expect(problems(message)).toEqual([]);
    expect(mrkdwnTexts(message)).toContain('Showing 20 of 23 events.');
  });
});
