/**
 * Discord's limits, in one table (https://discord.com/developers/docs/resources/message and
 * .../interactions/message-components). Lengths are UTF-16 code units, as Discord counts them.
 * The renderer cuts to these; Discord rejects a whole message (400, 50035) if one is exceeded.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of every title, description, field, footer and author text of a message's embeds. */
  embedsTotal: 6000,
  customId: 100,
  buttonsPerRow: 5,
  actionRows: 5,
  buttonLabel: 80,
  /** A link button's or embed's URL; longer ones are left out rather than sent. */
  url: 512,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionValue: 100,
  selectOptionDescription: 100,
  selectPlaceholder: 150,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;
