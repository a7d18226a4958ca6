import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/** Invented notes: a title of four words whose words other talks say too. */
const bot = new Bot({
  events: [event('harbor', 'Harborconf 2024')],
  talks: [
    talk('harbor', 'ship', 'Ship small before you scale', 'small batches; feature flags'),
    talk('harbor', 'scale', 'Scaling queues', 'scale out consumers; ship small metrics first'),
    talk('harbor', 'mesh', 'Service mesh', 'sidecars; mtls'),
    talk('harbor', 'sidecars', 'Sidecars considered', 'a service mesh without the mesh'),
  ],
});

describe('a whole title of four words or more, typed alone', () => {
  it('is that talk alone, however it is asked about', () => {
    for (const asked of [
      'ship small before you scale',
      'who was the speaker of ship small before you scale',
      'slides for Ship Small Before You Scale?',
    ])
      expect(ids(bot.ask(asked)), asked).toEqual(['ship']);
  });

  it('still finds the others where another word is searched beside it', () => {
    expect(ids(bot.ask('ship small before you scale consumers'))).toContain('scale');
  });

  it('is a subject, not one talk, when the title is shorter', () => {
    expect(ids(bot.ask('service mesh')).sort()).toEqual(['mesh', 'sidecars']);
  });
});
