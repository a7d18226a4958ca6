import type { Logger } from '../../../src/log.ts';
import type { Metrics } from '../../../src/metrics.ts';
import type { Asker } from '../../../src/surface.ts';

/** What every listener gets besides Bolt's arguments: the core, the command name, the logger. */
export interface ListenerDeps {
  asker: Asker;
  /** The slash command as configured (SLACK_COMMAND), shown in help. */
  command: string;
  logger: Logger;
  /** Failed calls to Slack are counted here (platformErrors, surface "slack"). */
  metrics: Metrics;
  scrub: (text: string) => string;
}
