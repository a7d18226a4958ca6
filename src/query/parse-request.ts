import { cleanInput } from '../text.ts';

/**
 * What the user asked, parsed from free text by the one grammar every surface shares:
 *   <words> · help · topics · topic <name> · talk <id|title words> · list · events
 * plus `event:<id>` anywhere to narrow to one event and a trailing `page <n>` for paging.
 */
export type Request =
  | { kind: 'help' }
  | { kind: 'topics'; event?: string }
  | { kind: 'events' }
  | { kind: 'topic'; name: string; event?: string; page: number }
  | { kind: 'talk'; target: string; event?: string }
  | { kind: 'list'; event?: string; page: number }
  | { kind: 'search'; words: string; event?: string; page: number };

/** Words after `talk`/`show` that make the rest a question rather than a talk's name. */
const QUESTION_START =
  /^(about|on|regarding|by|from|of|for|me|us|all|any|some|every|talks|sessions|slides|videos?|links?|the (slides|video|videos|links?|talks|speakers?)|who|what|which|where|when|with)\b/i;

/** Longest question the core reads; the rest of a 10,000-character paste is ignored. */
export const MAX_QUESTION = 500;

export function parseRequest(raw: string, page?: number): Request {
  let text = cleanInput(raw, MAX_QUESTION);
  let event: string | undefined;
  text = text
    .replace(/(?:^|\s)event:(\S+)/gi, (_match, id: string) => {
      event = id.toLowerCase();
      return ' ';
    })
    .trim();
  const paged = /^(.*?)\s*\bpage\s+(\d{1,6})$/i.exec(text);
  let pageNumber = page ?? 1;
  if (paged && paged[1] !== undefined) {
    text = paged[1];
    pageNumber = page ?? Number(paged[2]);
  }
  pageNumber = Math.max(1, Math.floor(pageNumber) || 1);
  const scoped = event ? { event } : {};

  const [first = '', ...rest] = text.split(' ');
  const command = first.toLowerCase().replace(/^[/!]/, '');
  const argument = rest.join(' ').trim();
  switch (command) {
    case '':
      return event ? { kind: 'list', ...scoped, page: pageNumber } : { kind: 'help' };
    case 'help':
    case '?':
    case 'commands':
      return { kind: 'help' };
    case 'topics':
      return { kind: 'topics', ...scoped };
    case 'events':
    case 'conferences':
      return { kind: 'events' };
    case 'list':
    case 'all':
      // "list talks by Ryan Lane", "all security talks": a question, not the whole list.
      return argument
        ? { kind: 'search', words: text, ...scoped, page: pageNumber }
        : { kind: 'list', ...scoped, page: pageNumber };
    case 'topic':
      return argument
        ? { kind: 'topic', name: argument, ...scoped, page: pageNumber }
        : { kind: 'topics', ...scoped };
    case 'talk':
    case 'show':
    case 'details':
      if (!argument) return { kind: 'help' };
      // "talk about containers", "show me the slides for …": a question, not a talk's name.
      if (QUESTION_START.test(argument))
        return { kind: 'search', words: text, ...scoped, page: pageNumber };
      return { kind: 'talk', target: argument, ...scoped };
    default:
      return { kind: 'search', words: text, ...scoped, page: pageNumber };
  }
}

/** The question text for a request, without its page: what paging buttons ask again. */
export function requestText(request: Request): string {
  const event = 'event' in request && request.event ? ` event:${request.event}` : '';
  switch (request.kind) {
    case 'help':
    case 'events':
      return request.kind;
    case 'topics':
    case 'list':
      return `${request.kind}${event}`;
    case 'topic':
      return `topic ${request.name}${event}`;
    case 'talk':
      return `talk ${request.target}${event}`;
    case 'search':
      return `${request.words}${event}`;
  }
}
