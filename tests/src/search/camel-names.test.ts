import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from '../query/library-fixture.ts';

/**
 * Names written in two capitals ("OpenTracing", "WebAssembly", "CloudFormation") are a kind of their
 * last word: asking for the kind finds the talks that only name it so. A short last word
 * ("GitHub", "ThoughtWorks", "TypeScript") names no kind, and a word written whole stays one word.
 */
const RIVER = 'riverconf-2025';
const bot = new Bot({
  events: [event(RIVER, 'Riverconf 2025')],
  talks: [
    talk(RIVER, 'otel', 'Signals everywhere', 'We moved from OpenTracing to OpenTelemetry; spans'),
    talk(RIVER, 'wasm', 'Plugins in the browser', 'WebAssembly modules; sandboxing'),
    talk(RIVER, 'stacks', 'Stacks as code', 'CloudFormation drift; TypeScript for the glue'),
    talk(RIVER, 'ops', 'Ops at a bank', 'ThoughtWorks radar; DevOps; GitHub Actions'),
    talk(RIVER, 'plain', 'Kafka at scale', 'Partitions; consumer groups; retention'),
  ],
});

describe('a name written in two capitals', () => {
  it('is found by its last word', () => {
    expect(ids(bot.ask('tracing'))).toEqual(['otel']);
    expect(ids(bot.ask('any talks on telemetry?'))).toEqual(['otel']);
    expect(ids(bot.ask('assembly'))).toEqual(['wasm']);
    expect(ids(bot.ask('formation'))).toEqual(['stacks']);
  });

  it('is still found whole, and a short last word finds nothing', () => {
    expect(ids(bot.ask('opentelemetry'))).toEqual(['otel']);
    expect(ids(bot.ask('hub'))).not.toContain('ops');
    expect(ids(bot.ask('works'))).not.toContain('ops');
    expect(ids(bot.ask('script'))).not.toContain('stacks');
    expect(ids(bot.ask('ops'))).toEqual(['ops']);
  });
});
