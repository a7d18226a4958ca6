import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/**
 * Invented notes of a Ruby conference, for questions real notes showed misread: they write a
 * version both joined to its name and apart from it, and link no slides or video.
 */
export const RB = 'rubylake-2017';

export const ruby = new Bot({
  events: [event(RB, 'RubyLake 2017')],
  talks: [
    talk(
      RB,
      'ship',
      'Shipping Ruby 3',
      'the opening keynote: what the release changes; benchmarks; memory',
    ),
    talk(RB, 'saved', 'How we halved our servers moving to Ruby3', 'benchmarks; memory'),
    talk(RB, 'rails', 'Rails without tears', 'Ruby conventions; routing'),
    talk(RB, 'gems', 'Publishing gems', 'Ruby packaging; 3 steps to a release'),
  ],
});
