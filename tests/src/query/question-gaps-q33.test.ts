import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import type { Answer } from '../../../src/answer.ts';
import type { Bot } from '../../../src/bot.ts';
import { liveOver, notesBot } from './notes-folder.ts';

/** Questions real notes showed misread (q33), against invented notes. */
const titles = (answer: Answer) =>
  answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [];

/** A French recap whose days are only weekdays, as plain lines: no date anywhere. */
const FRENCH = `---
title: Compte-rendu de Rivage Web 2011
---

Jeudi et vendredi, j'ai assisté à Rivage Web 2011.

Jeudi

*   **Le cache sans douleur** par Ola Nord&nbsp;: Une prestation claire.
*   **Des images légères** par Kari Holm&nbsp;: Contenu dense.

Vendredi

*   **Des files pour les humains** par Per Aune&nbsp;: Très bon retour d'expérience.
*   **La dernière conférence** par Bo Sten&nbsp;: Agréable.
`;

/** The same shape in English: a weekday a line of its own over each day's talks. */
const ENGLISH = `# Fjordweb 2026 notes

Thursday

* **Cache all the things** by Ola Nord: about caching.
* **Pixels at scale** by Kari Holm: about images.

Friday

* **Queues for humans** by Per Aune: about queues, as a Stripe engineer sees them.
* **The closing act** by Bo Sten: about endings.
`;

/** Notes whose front matter gives the event's dates. */
const DATED = `---
title: DatedConf 2024 notes
event:
  name: DatedConf 2024
  dates: 2024-05-02..2024-05-03
---

## Caching in anger — Ola Nord

- about caching
`;

let dated: { bot: Bot; remove: () => Promise<void> };
let french: { bot: Bot; remove: () => Promise<void> };
let english: { bot: Bot; remove: () => Promise<void> };
beforeAll(async () => {
  french = await notesBot({ 'rivage.md': FRENCH }, 'q33-fr');
  english = await notesBot({ 'fjord.md': ENGLISH }, 'q33-en');
  dated = await notesBot({ 'dated.md': DATED }, 'q33-dated');
});
afterAll(async () => {
  await french.remove();
  await english.remove();
  await dated.remove();
});

describe('days the notes name only by a weekday', () => {
  it('finds a weekday written in the language of the notes, asked in any', () => {
    const friday = ['Des files pour les humains', 'La dernière conférence'];
    const thursday = ['Le cache sans douleur', 'Des images légères'];
    for (const [asked, expected] of [
      ['vendredi', friday],
      ['quelles conférences le vendredi ?', friday],
      ['friday talks', friday],
      ['jeudi', thursday],
      ['talks on thursday', thursday],
    ] as const)
      expect(titles(french.bot.ask(asked)), asked).toEqual(expected);
  });

  it('counts the days in the order the notes give them: day 2, the first day', () => {
    for (const [bot, asked, expected] of [
      [french.bot, 'day 2', ['Des files pour les humains', 'La dernière conférence']],
      [french.bot, 'le premier jour', ['Le cache sans douleur', 'Des images légères']],
      [
        french.bot,
        'quelles conférences le deuxième jour ?',
        ['Des files pour les humains', 'La dernière conférence'],
      ],
      [english.bot, 'the second day', ['Queues for humans', 'The closing act']],
      [english.bot, 'talks on day 1', ['Cache all the things', 'Pixels at scale']],
    ] as const)
      expect(titles(bot.ask(asked)), asked).toEqual(expected);
  });

  it('keeps a day no label is on empty: day 3 of a two-day event', () => {
    expect(french.bot.ask('day 3')).toMatchObject({ kind: 'none' });
  });
});

describe('the conference asked about where the notes do not say', () => {
  it('says the notes give no date or place, never only the event’s name', () => {
    for (const [asked, unsaid] of [
      ['when was fjordweb', 'dates'],
      ['when was it', 'dates'],
      ["c'était quand ?", 'dates'],
      ['where was fjordweb held', 'place'],
      ['where was it', 'place'],
      ['où était-ce ?', 'place'],
    ] as const)
      expect(english.bot.ask(asked), asked).toMatchObject({ kind: 'events', unsaid });
    expect(renderText(english.bot.ask('when was it'))).toMatch(
      /^The notes give no date for Fjordweb 2026\./,
    );
  });

  it('keeps the event’s dates where the notes give them, with nothing said missing', () => {
    const answer = dated.bot.ask('when was datedconf');
    expect(answer).toMatchObject({ kind: 'events' });
    expect(answer).not.toHaveProperty('unsaid');
  });

  it('keeps "who else spoke?" with nothing asked before a question of which talk', () => {
    expect(english.bot.ask('who else spoke?')).toMatchObject({
      kind: 'none',
      reason: 'which-talk',
    });
  });

  it('reads "who spoke?" with nothing asked before as every speaker', () => {
    for (const asked of ['who spoke?', 'who was speaking', 'who presented'])
      expect(english.bot.ask(asked), asked).toMatchObject({
        kind: 'talks',
        scope: { kind: 'list' },
        total: 4,
      });
  });
});

describe('a refusal in the languages people write', () => {
  it('reads sauf, menos, tranne, exceto, behalve as except', () => {
    const rest = ['Des images légères', 'Des files pour les humains', 'La dernière conférence'];
    for (const asked of [
      'tout sauf le cache',
      'sauf cache',
      'todo menos cache',
      'tutto tranne cache',
      'tudo exceto cache',
      'alles behalve cache',
    ]) {
      const answer = french.bot.ask(asked);
      expect(answer, asked).toMatchObject({ kind: 'talks' });
      expect(titles(answer).sort(), asked).toEqual([...rest].sort());
    }
  });
});

describe('chat that asks no talk', () => {
  it('greets back "ça va ?" and its like, and reads "what\'s this bot" as about the bot', () => {
    for (const asked of ['salut ça va', 'ça va ?', 'hola, ¿qué tal?', "wie geht's?", 'come stai?'])
      expect(french.bot.ask(asked), asked).toMatchObject({ kind: 'help', greeting: 'hello' });
    for (const asked of ["what's this bot", "what's this?"])
      expect(english.bot.ask(asked), asked).toMatchObject({ kind: 'help' });
  });
});

describe('who else, asked in another language', () => {
  it('reads "et qui d\'autre ?", "¿y quién más?", "wer noch?" as who else: never a search', async () => {
    for (const [i, asked] of [
      "et qui d'autre ?",
      '¿y quién más?',
      'wer noch?',
      'chi altro?',
    ].entries()) {
      const chat = liveOver(english.bot);
      const where = { surface: 'slack', place: `C-q33-${i}`, user: 'U-ola' };
      expect(titles(await chat.ask('caching', where))).toEqual(['Cache all the things']);
      // The talks like it (none here, and said so), as "who else?" gets: never the words searched.
      expect(await chat.ask(asked, where), asked).toMatchObject({
        kind: 'none',
        query: 'more like Cache all the things',
        reason: 'none-alike',
      });
      await chat.close();
    }
  });
});

describe('who works at a company no speaker is from', () => {
  it('gives the talks that mention it, said so, as "anyone from" does', () => {
    for (const asked of ['who works at stripe', 'anyone working at Stripe?', 'anyone from stripe'])
      expect(english.bot.ask(asked), asked).toMatchObject({
        kind: 'talks',
        total: 1,
        scope: { notFrom: expect.stringMatching(/^stripe$/i) },
      });
  });
});
