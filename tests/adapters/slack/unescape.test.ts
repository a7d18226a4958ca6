import { describe, expect, it } from 'vitest';
import { slackToPlain } from '../../../adapters/slack/unescape.ts';
import { LiveBot } from '../../../src/live-bot.ts';
import { createLogger } from '../../../src/log.ts';
import { Metrics } from '../../../src/metrics.ts';
import { QuestionLimiter } from '../../../src/rate-limit.ts';
import { growth } from '../../growth.ts';
import { shippedBot } from '../../helpers.ts';

/** Median milliseconds of `runs` calls of `work` (the median shrugs off a GC pause or a busy core). */
function medianMs(work: () => void, runs = 7): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

describe('Slack text back to what the user typed', () => {
  it('turns mentions, channels, broadcasts, links and escapes back into plain words', () => {
    expect(slackToPlain('<@UQCONBOT> talk uber')).toBe('talk uber');
    expect(slackToPlain('&lt;b&gt; Q&amp;A <!channel> <!here|here>')).toBe(
      '<b> Q&A @channel @here',
    );
    expect(slackToPlain('see <https://example.com|example> in <#C1|general>')).toBe(
      'see https://example.com in #general',
    );
    expect(slackToPlain('<@U1|alice> and <!subteam^S1|team>')).toBe('@alice and @team');
    expect(slackToPlain('<mailto:a@example.com|mail me>')).toBe('mailto:a@example.com');
    expect(slackToPlain('a <b> c')).toBe('a <b> c');
    expect(slackToPlain('&amp;lt; stays as typed')).toBe('&lt; stays as typed');
    expect(slackToPlain('<<@U1|x> x < y')).toBe('<@x x < y');
  });

  it('handles 40,000 `<@` without `>` (Slack’s longest message) in linear time', () => {
    const text = (n: number) => '<@'.repeat(n / 2);
    expect(slackToPlain(text(40_000))).toBe(text(40_000));
    // Four times the input may cost about four times as much, never sixteen (quadratic). Measured
    // on inputs big enough for the timer, with a wide margin for a busy machine.
    const { ratio } = growth((n) => slackToPlain(`${text(n)} x <@U1> &amp;`), 200_000, 5, 0.05);
    expect(ratio).toBeLessThan(10);
    expect(medianMs(() => slackToPlain(text(40_000)))).toBeLessThan(50);
    for (const hostile of [
      '<@|'.repeat(20_000),
      '<'.repeat(40_000),
      '<!'.repeat(20_000),
      '&'.repeat(40_000),
    ]) {
      expect(medianMs(() => slackToPlain(hostile), 3)).toBeLessThan(50);
    }
  });

  it('does no text work for a user the rate limit has stopped', async () => {
    const live = new LiveBot(await shippedBot(), {
      contentDir: '.',
      logger: createLogger('silent', { pretty: false }),
      metrics: new Metrics(),
      limiter: new QuestionLimiter({ questions: 1, seconds: 60 }),
    });
    const prepared: string[] = [];
    const prepare = (raw: string) => {
      prepared.push(raw);
      return slackToPlain(raw);
    };
    const first = await live.ask('<@UQCONBOT> netflix', { surface: 'slack', user: 'U1', prepare });
    expect(first.kind).toBe('talks');
    const flood = await live.ask('<@'.repeat(20_000), { surface: 'slack', user: 'U1', prepare });
    expect(flood).toMatchObject({ kind: 'error', reason: 'rate-limited' });
    expect(prepared).toEqual(['<@UQCONBOT> netflix']);
  });
});
