import type { Answer } from '../../../src/answer.ts';
import { type RenderOptions, renderBlocks, type SlackMessage } from '../render-blocks.ts';

/**
 * Block Kit for an Answer, built once per Answer object and options. The core hands the same
 * Answer object to everyone who asks the same question while it is cached (a keynote's crowd
 * typing the same words), so under a burst most messages are reused instead of re-rendered.
 * Weakly held: an answer the core's cache dropped is forgotten here too. Messages are shared, so
 * nobody may change one (Bolt and the Web API client only serialise them).
 */
export function renderedOnce(): (answer: Answer, options: RenderOptions) => SlackMessage {
  const byOptions = new Map<string, WeakMap<Answer, SlackMessage>>();
  return (answer, options) => {
    // Every option is part of the key, whatever options the renderer grows.
    const key = JSON.stringify(options);
    let messages = byOptions.get(key);
    if (!messages) {
      messages = new WeakMap();
      byOptions.set(key, messages);
    }
    let message = messages.get(answer);
    if (!message) {
      message = renderBlocks(answer, options);
      messages.set(answer, message);
    }
    return message;
  };
}
