/**
 * Slack's limits on what the bot sends, in one table (Block Kit reference, chat.postMessage).
 * Slack rejects a message that breaks one of them, so every renderer cut is made against these.
 */
export const LIMITS = {
  /** Blocks in one message (a Home tab allows 100; we stay within the message limit everywhere). */
  blocks: 50,
  /** A section's text object, and any other mrkdwn text object. */
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  /** Elements of one actions block. */
  actionsElements: 25,
  /** Elements of one context block. */
  contextElements: 10,
  /** The top-level `text`: the notification and screen-reader fallback of a message with blocks. */
  fallbackText: 3000,
} as const;

/** Budgets of our own inside those limits, so a composed section never reaches 3000. */
export const BUDGETS = {
  title: 300,
  byline: 300,
  summary: 1200,
  /** Longer URLs are shown without a link rather than risk a broken `<url|text>`. */
  linkUrl: 1000,
  noteLine: 1000,
  /** Shown from the user's question in headers and texts. */
  query: 200,
} as const;
