import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../adapters/discord/render-embeds.ts';
import { botOf, notes } from '../notes-bot.ts';
import { expectWithinLimits } from './limits-check.ts';

type Component = { label?: string; url?: string; custom_id?: string; placeholder?: string };
const componentsOf = (message: ReturnType<typeof renderMessage>): Component[] =>
  message.components.flatMap((row) => row.components as Component[]);

describe('Discord: notes that would get a message rejected or misread', () => {
  it('shows a link with a bad port or host as text, and still sends the talk', () => {
    const bot = botOf(
      notes(
        [
          '### Port talk by Ann (Acme)',
          '* [Slides](https://speakerdeck.com:99999/ann/x)',
          '* [Video](http://[speakerdeck.com/bob)',
          '* [Description](https://[::1/x)',
          '* [Website](https://user:secret@example.com/)',
          '* Key takeaway: ports',
        ].join('\n'),
      ),
    );
    for (const question of ['list', 'talk port talk']) {
      const message = renderMessage(bot.ask(question));
      // Discord would refuse the whole message (50035) for one of these.
      expectWithinLimits(message);
      expect(message.embeds[0]?.url).toBeUndefined();
      expect(componentsOf(message).filter((c) => c.url)).toEqual([]);
    }
    expect(renderMessage(bot.ask('talk port talk')).embeds[0]?.title).toBe(
      'Port talk by Ann (Acme)',
    );
  });

  it('keeps the notes and byline of a talk with long further links, and says how many links are left out', () => {
    const refs = Array.from(
      { length: 40 },
      (_, i) => `* ref [${i}](https://example.com/r${i}/${'p'.repeat(420)})`,
    );
    const bot = botOf(
      notes(
        [
          '### Many references by Ann (Acme)',
          '* Key takeaway: the notes of this talk are the important part',
          ...refs,
        ].join('\n'),
      ),
    );
    const message = renderMessage(bot.ask('talk many references'));
    expectWithinLimits(message);
    const embed = message.embeds[0];
    expect(embed?.description).toContain(
      'Key takeaway: the notes of this talk are the important part',
    );
    expect(embed?.description).toMatch(/^\*.*Hostile Conf\*/);
    const links = (embed?.fields ?? []).map((f) => f.value).join('\n');
    expect(links).toContain('](https://example.com/r0/');
    const shown = links.match(/\]\(https:/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(0);
    expect(links).toContain(`… and ${40 - shown} more links not shown`);
  });

  it('keeps Related, Back to the list and Share when a talk has 30 slide decks; the rest are listed', () => {
    const decks = Array.from(
      { length: 30 },
      (_, i) => `* [Slides part ${i}](https://speakerdeck.com/ann/part-${i})`,
    );
    const bot = botOf(
      notes(
        [
          '### Many decks by Ann (Acme)',
          ...decks,
          '* Key takeaway: decks',
          '',
          '### Other decks by Bob (Acme)',
          '* Key takeaway: decks',
        ].join('\n'),
      ),
    );
    const question = 'talk many decks';
    const message = renderMessage(bot.ask(question), {
      share: { query: question, page: 1 },
      from: { query: 'list', page: 1 },
    });
    expectWithinLimits(message);
    const labels = componentsOf(message).map((c) => c.label ?? c.placeholder);
    expect(labels).toContain('Back to the list');
    expect(labels).toContain('Share in channel');
    expect(labels.some((l) => l?.startsWith('Related talks'))).toBe(true);
    const buttons = componentsOf(message).filter((c) => c.url).length;
    expect(buttons).toBe(10);
    // Every deck is still reachable: the ones without a button are links in the embed.
    const listed = (message.embeds[0]?.fields ?? []).map((f) => f.value).join('\n');
    expect(listed).toContain('(https://speakerdeck.com/ann/part-29)');
    expect(listed.match(/speakerdeck\.com/g)).toHaveLength(30 - buttons);
  });

  it('shows Markdown that opens a line in the notes as written: no heading, subtext, quote or list', () => {
    const bot = botOf(
      notes(
        [
          '### Heading by Ann (Acme)',
          '* \\# HUGE HEADING',
          '### Subtext by Bob (Acme)',
          '* -# tiny subtext',
          '### Quote by Cat (Acme)',
          '* \\> quoted text',
          '### Numbered by Dan (Acme)',
          '* 1\\. numbered item',
          '### Bulleted by Eve (Acme)',
          '* \\- bullet item',
        ].join('\n'),
      ),
    );
    const message = renderMessage(bot.ask('list'));
    const lines = message.embeds.flatMap((e) => (e.description ?? '').split('\n'));
    for (const line of lines) expect(line).not.toMatch(/^\s*(#{1,3} |-# |> |\d+\. |- )/);
    expect(lines).toContain('\\# HUGE HEADING.');
    expect(lines).toContain('\\-# tiny subtext.');
    expect(lines).toContain('\\> quoted text.');
    const detail = renderMessage(bot.ask('talk subtext'));
    expect(detail.embeds[0]?.description).toContain('- \\-# tiny subtext');
  });

  it('never cuts a title after a backslash, and fills the title to Discord’s 256', () => {
    const bot = botOf(notes(`### Under${'_x'.repeat(150)} by Ann (Acme)\n* Key takeaway: escapes`));
    const talk = bot.library.talks[0];
    for (const question of ['list', `talk ${talk?.event}/${talk?.id}`]) {
      const title = renderMessage(bot.ask(question)).embeds[0]?.title ?? '';
      expect(title.length).toBeLessThanOrEqual(256);
      expect(title.length).toBeGreaterThan(240);
      // An odd run of backslashes before the "…" would escape it and show a stray `\`.
      expect(title).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
      expect(title.endsWith('…')).toBe(true);
    }
  });

  it('never splits an emoji family or a flag when it cuts a title', () => {
    const family = '👨‍👩‍👧‍👦';
    const bot = botOf(
      notes(`### Family ${family.repeat(40)} talk by Ann (Acme)\n* Key takeaway: emoji`),
    );
    const message = renderMessage(bot.ask('list'));
    const title = message.embeds[0]?.title ?? '';
    const option = (
      message.components[0]?.components[0] as { options?: { label: string }[] } | undefined
    )?.options?.[0]?.label;
    for (const cut of [title, option ?? '']) {
      expect(cut.endsWith(`${family}…`)).toBe(true);
    }
  });

  it('removes bidirectional overrides and isolates from what the notes say', () => {
    const bot = botOf(
      notes(
        '### Safe talk \u202egnp.exe\u202c by Ann (Acme)\n* Key takeaway: \u2066isolated\u2069 \u202eRTL',
        'Bidi \u202eConf',
      ),
    );
    const everything = [
      JSON.stringify(renderMessage(bot.ask('list'))),
      JSON.stringify(renderMessage(bot.ask('talk safe talk'))),
      JSON.stringify(renderMessage(bot.ask('events'))),
    ].join('\n');
    expect(everything).not.toMatch(/[\u202a-\u202e\u2066-\u2069]|\\u202[a-e]|\\u206[6-9]/i);
    expect(renderMessage(bot.ask('list')).embeds[0]?.title).toBe(
      '1. Safe talk gnp.exe by Ann (Acme)',
    );
  });

  it('says how many events it shows when there are more than fit one message', () => {
    const bot = botOf(
      ...Array.from({ length: 12 }, (_, i) =>
        notes(`### Talk ${i} by Ann (Acme)\n* Key takeaway: events`, `Conf ${i}`),
      ),
    );
    const message = renderMessage(bot.ask('events'));
    expectWithinLimits(message);
    expect(message.embeds).toHaveLength(10);
    expect(message.content).toBe('**12 events**, showing 10 — the menu lists them all');
  });
});
