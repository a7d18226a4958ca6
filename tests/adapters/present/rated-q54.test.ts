import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import { renderMessage } from '../../../adapters/discord/render-embeds.ts';
import { renderBlocks } from '../../../adapters/slack/render-blocks.ts';
import { botOf } from '../notes-bot.ts';
import { visibleText } from '../slack/harness.ts';

/** The notes' author's rating of a talk, on every surface, in a list and in full; invented notes. */
const bot = botOf(
  readFileSync(join(import.meta.dirname, '../../fixtures/ratings/harbourlight-2025.md'), 'utf8'),
);

describe("a talk's rating by the notes' author", () => {
  it.each(['best talk?', 'kafka without the pain', 'talk e0/kafka-without-the-pain'])(
    '"%s" shows it in the terminal, in Slack and in Discord',
    (asked) => {
      const answer = bot.ask(asked);
      const rated = 'rated 4/5 in the notes';
      expect(renderText(answer)).toContain(rated);
      expect(visibleText(renderBlocks(answer, { command: '/qcon', shareable: true }))).toContain(
        rated,
      );
      expect(JSON.stringify(renderMessage(answer).embeds)).toContain(rated);
    },
  );

  it('shows nothing of a rating for a talk the author did not rate', () => {
    const answer = bot.ask('team habits');
    expect(renderText(answer)).not.toContain('rated');
    expect(renderText(answer)).not.toContain('⭐');
  });
});
