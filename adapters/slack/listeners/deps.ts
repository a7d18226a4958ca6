import type { Answer } from '../../../src/answer.ts';
import type { Deduper } from '../../../src/dedupe.ts';
import type { Logger } from '../../../src/log.ts';
import type { Metrics } from '../../../src/metrics.ts';
import type { Asker } from '../../../src/surface.ts';
import type { RenderOptions, SlackMessage } from '../render-blocks.ts';

/** What every listener gets besides Bolt's arguments: the core, the command name, the logger. */
export interface ListenerDeps {
  asker: Asker;
  /** The slash command as configured (SLACK_COMMAND), shown in help. */
  command: string;
  logger: Logger;
  /** Failed calls to Slack are counted here (platformErrors, surface "slack"). */
  metrics: Metrics;
  scrub: (text: string) => string;
  /** Block Kit for an answer, rendered once per Answer object (listeners/rendered.ts). */
  render: (answer: Answer, options: RenderOptions) => SlackMessage;
  /**
   * How long a slash command waits for its answer to send it in the acknowledgement itself;
   * slower answers are acknowledged empty and sent to the response_url.
   */
  ackBudgetMs: number;
  /** "Seen this event already?", shared by replicas when it is backed by Redis. */
  deduper: Deduper;
}
