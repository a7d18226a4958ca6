/**
 * Who a message names besides its question: mentions of people, roles and channels, which say
 * who should read the answer, and a handle asked about alone ("@ana"), which is the person.
 */

/**
 * Other people, roles and channels named in a message: Discord's `<@123>`, `<@!123>`, `<@&123>`,
 * `<#123>`, Slack's `<@U123|alice>`, `<#C123|general>` as they come raw, and `@alice` as Slack's
 * adapter and people write them, with a "cc" before them. They say who should read the answer,
 * not what it is about, and so do Slack's broadcasts and groups typed or pasted raw (`<!here>`,
 * `<!channel>`, `<!subteam^S1|@sre>`: Slack's adapter turns them into `@here` first). An address
 * (`jane@example.com`) keeps its words.
 */
const MENTION = /(?:^|(?<=[\s(,;:]))(?:(?:cc|fyi|\/cc)[\s:]+)?(?:<[@#!][^<>\s]*>|@[\w.-]+)/gi;

/**
 * "@ana", "@chloe talks", "@jane.doe's slides": a handle with nothing else asked is the person's
 * talks, not a mention of who should read (a bot's handle and Slack's broadcasts are no one).
 */
const HANDLE_ONLY =
  /^@(?!(?:here|channel|everyone)\b)([a-z][\w.-]*?)(?:['’]s)?(?:\s+(talks?|sessions?|slides|videos?|stuff))?[\s?!.]*$/i;

export function withoutMentions(text: string): string {
  if (!/[@#<]/.test(text)) return text;
  const handle = HANDLE_ONLY.exec(text);
  if (handle?.[1] && !/bot$/i.test(handle[1]))
    return `${handle[2] ?? 'talks'} by ${handle[1].replace(/[._-]+/g, ' ')}`;
  return text.replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
}
