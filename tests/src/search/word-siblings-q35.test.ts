import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { siblingForms } from '../../../src/search/sibling-endings.ts';
import { event, talk } from './subject-fixture.ts';

/**
 * A word asked in one form where the notes write its sibling (-ism and -ist, -ology and
 * -ologist) or its initials (RF for random forest, GBM for gradient boosting), or a short form
 * ("crypto" for cryptography): never "no match" only because the other form was typed.
 */
const bot = new Bot({
  events: [event('pixelconf', 'Pixelconf 2019')],
  talks: [
    talk('pixelconf', 'raw', 'Ugly on purpose', [
      'why minimalist and brutalist websites stand out',
    ]),
    talk('pixelconf', 'trees', 'Predicting churn', ['we tried RF and GBM before a linear model']),
    talk('pixelconf', 'chips', 'La crypto embarquée', ['sécuriser les objets connectés']),
    talk('pixelconf', 'birds', 'Field notes', ['an ornithologist on counting sparrows']),
    talk('pixelconf', 'cake', 'Baking for engineers', ['sourdough and patience']),
  ],
});

const first = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : answer.kind;
};

describe('sibling forms and initials of what the notes write', () => {
  it.each([
    ['brutalism', 'raw'],
    ['minimalism talks', 'raw'],
    ['ornithology', 'birds'],
    ['random forest', 'trees'],
    ['gradient boosting', 'trees'],
    ['cryptography', 'chips'],
  ])('"%s" finds the talk that writes it otherwise', (question, id) => {
    expect(first(question)).toEqual([id]);
  });

  it('a word without a sibling ending has none', () => {
    expect(siblingForms('list')).toEqual([]);
    expect(siblingForms('exists')).toEqual([]);
    expect(siblingForms('brutalists')).toEqual(['brutalism']);
  });
});
