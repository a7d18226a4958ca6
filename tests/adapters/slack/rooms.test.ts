import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackSurface } from '../../../adapters/slack/index.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { Metrics } from '../../../src/metrics.ts';
import { FakeSlack } from '../../fakes/slack/fake-slack.ts';
import { slashCommand } from '../../fakes/slack/payloads.ts';
import { botOf } from '../notes-bot.ts';
import { capturedLogger, startSurface, visibleText } from './harness.ts';

/**
 * Rooms in Slack, end to end: a card says where the talk was, beside when; where the notes do
 * not give its room, "which room" is answered by saying so. Invented notes.
 */
const NOTES = [
  '# Kelp Conf 2025',
  '',
  '## Day 1',
  '',
  '### Streams without tears — Ada Brun (Kelpmesh)',
  'Room: 3B',
  'Time: 10:00',
  '',
  '- Kafka consumers need backpressure',
  '',
  '### Chaos drills — Lu Mai',
  '',
  '- Game days every quarter',
].join('\n');

let fake: FakeSlack;
let surface: SlackSurface;
let live: LiveBot;

beforeAll(async () => {
  fake = await FakeSlack.start();
  const log = capturedLogger();
  const metrics = new Metrics();
  live = new LiveBot(botOf(NOTES), { contentDir: '/nonexistent', logger: log.logger, metrics });
  surface = await startSurface(fake, 'socket', live, log.logger, metrics);
  await fake.waitForConnections(1);
});

afterAll(async () => {
  await surface?.stop();
  await live?.close();
  await fake?.close();
});

const command = async (text: string, id: string) =>
  visibleText(await fake.send('slash_commands', slashCommand(fake, text, id)));

describe('Slack: rooms', () => {
  it("shows a talk's room on its card, and finds the talks of a room", async () => {
    expect(await command('which room is the kafka talk in?', 'r1')).toContain(
      'Day 1, 10:00 · Room 3B',
    );
    const room = await command("what's on in room 3b", 'r2');
    expect(room).toContain('Streams without tears');
    expect(room).not.toContain('Chaos drills');
  });

  it('says the notes do not give a room where they do not', async () => {
    expect(await command('where is the chaos drills talk?', 'r3')).toContain(
      'The notes do not say which room this talk was in',
    );
  });
});
