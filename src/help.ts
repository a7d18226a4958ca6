import type { HelpCommand } from './answer.ts';

/** The grammar of `parseRequest`, as users read it. Surfaces put their own prefix in front. */
export const HELP_COMMANDS: HelpCommand[] = [
  {
    usage: '<words>',
    description: 'search the talks: titles, speakers, companies, topics, notes, links',
  },
  {
    usage: 'talk <id or title words>',
    description: 'one talk in full: notes, all links, related talks',
  },
  { usage: 'topics', description: 'the topics and how many talks each has' },
  { usage: 'topic <name>', description: 'the talks of one topic' },
  { usage: 'list', description: 'every talk, a page at a time' },
  { usage: 'events', description: 'the conferences the notes cover' },
  { usage: '<words> event:<id>', description: 'search one event only' },
  { usage: '<words> page <n>', description: 'another page of a long answer' },
  { usage: 'help', description: 'this help' },
];

export const HELP_EXAMPLES = ['microservices', 'netflix containers', 'topic security', 'talk uber'];
