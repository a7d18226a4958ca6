import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { ids } from './library-fixture.ts';

/**
 * Round Q13's known gaps, on invented notes loaded as the bot loads them: an event's place from
 * its name's well-known city and that city's country ("conferences in norway"), a post's language
 * from its front matter or the function words of its start ("talks in french"), a plain "the
 * notes do not say" where none is so, and "the first talk" where the notes give no times.
 */

const FRENCH_INTRO =
  "Trois jours très denses. Voici mes notes, dans l'ordre où je les ai prises, avec les liens " +
  'que les orateurs ont partagés. Pour chaque talk, les points qui nous ont marqués et ce que ' +
  "nous allons essayer dans l'équipe. Les vidéos ne sont pas encore en ligne, mais les slides " +
  'sont dans les liens. Il y a des talks qui sont plus pour les devs et des talks pour les ops.';

const FILES: Record<string, string> = {
  'fjordjs-2025.md':
    '# FjordJS Oslo 2025\n\n## Signals in practice by Ane Lund\n\n- fine-grained updates beat diffing\n\n## Bundlers are boring now by Per Holm\n\n- the config is the product\n',
  'stadtkonf-2024.md':
    '# Notes from StadtKonf in Berlin 2024\n\n## Feature flags at scale by Jo Weber\n\n- flags are debt\n',
  'bergbau-2024.md':
    '---\nlang: de\n---\n# Bergbau Summit 2024\n\n## Zero trust by Uli Kern\n\n- mTLS everywhere\n',
  'codeloire-2025.md': `# CodeLoire 2025\n\n${FRENCH_INTRO}\n\n## Kotlin côté serveur par Léa Morel\n\n- coroutines\n\n## Observabilité sans douleur par Marc Petit\n\n- OpenTelemetry\n`,
  'harbour-2024/day-1.md':
    '# Harbour Summit 2024\n\n## Opening the harbour by Kim Dale\n\n- why we are here\n\n## Queues and streams by Ola Berg\n\n- Kafka or SQS\n\n## Closing words by Kim Dale\n\n- see you next year\n',
  'harbour-2024/day-2.md':
    '---\nlanguage: es\n---\n# Harbour Summit 2024\n\n## Datos en tiempo real por Ana Ruiz\n\n- flujos\n',
};

let dir: string;
let bot: Bot;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcon-gaps-q13-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  bot = new Bot((await loadContent(dir)).library);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const eventsOf = (answer: Answer) =>
  answer.kind === 'events' ? answer.events.map((one) => one.name).sort() : [answer.kind];
const unknownOf = (answer: Answer) => (answer.kind === 'none' ? answer.unknown : answer.kind);

describe('an event is where its name says a well-known city is, in that city’s country', () => {
  it('finds the events of a country their names only give a city of', () => {
    expect(eventsOf(bot.ask('conferences in norway'))).toEqual(['FjordJS Oslo 2025']);
    // Germany's people name its language too: notes in German are the German events' as well.
    expect(eventsOf(bot.ask('which events were in germany?'))).toEqual([
      'Bergbau Summit 2024',
      'StadtKonf in Berlin 2024',
    ]);
    expect(eventsOf(bot.ask('events in Berlin'))).toEqual(['StadtKonf in Berlin 2024']);
    expect(ids(bot.ask('talks in norway')).sort()).toEqual([
      'bundlers-are-boring-now',
      'signals-in-practice',
    ]);
  });

  it('says plainly that no event was in a country or city the notes give for none', () => {
    for (const asked of [
      'conferences in japan',
      'events in lisbon',
      'any conferences in the uk?',
      'anything in japan?',
      'talks in lisbon',
    ])
      expect(unknownOf(bot.ask(asked)), asked).toBe('places');
  });
});

describe('a post’s language, from its front matter or the words it starts with', () => {
  it('finds the talks of notes in a language, said in front matter or by their words', () => {
    expect(ids(bot.ask('talks in german'))).toEqual(['zero-trust']);
    expect(ids(bot.ask('talks in french')).sort()).toEqual([
      'kotlin-côté-serveur',
      'observabilité-sans-douleur',
    ]);
  });

  it('says plainly that no notes are in a language none is in', () => {
    for (const asked of ['talks in italian', 'any japanese talks?', 'talks in korean'])
      expect(unknownOf(bot.ask(asked)), asked).toBe('languages');
  });
});

describe('"the first talk" where the notes give no times', () => {
  it('lists the talks in the notes’ order and says that is all the notes tell', () => {
    const first = bot.ask('first talk at harbour summit');
    expect(first.kind === 'talks' && first.scope.listed).toBe('first');
    expect(ids(first)[0]).toBe('opening-the-harbour');
    const last = bot.ask('what was the last talk at harbour summit');
    expect(last.kind === 'talks' && last.scope.listed).toBe('last');
  });
});
