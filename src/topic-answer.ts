import type { Answer, TalksScope } from './answer.ts';
import { echo } from './answer-pages.ts';
import { type Catalogue, groupOf } from './catalogue.ts';
import type { Talk } from './model.ts';
import type { Request } from './query/parse-request.ts';
import { fold } from './search/analyze.ts';
import { opt } from './text.ts';

/**
 * `topic <name>`: the talks of the topic named (exactly, else the first whose name begins so or
 * that the name begins), of the event asked about; none, offering the topics, where no topic is.
 * `page` lays out a page of them, asked again by the topic's own name ("topic Security").
 */
export function topicAnswer(
  request: Extract<Request, { kind: 'topic' }>,
  catalogue: Catalogue,
  page: (name: string, scope: TalksScope, talks: Talk[]) => Answer,
): Answer {
  const wanted = fold(request.name);
  const topics = catalogue.topics(request.event);
  const topic =
    topics.find((t) => fold(t.name) === wanted) ??
    topics.find((t) => fold(t.name).startsWith(wanted) || wanted.startsWith(fold(t.name)));
  if (!topic) {
    return {
      kind: 'none',
      query: echo(`topic ${request.name}`),
      suggestions: [],
      topics: topics.map((t) => t.name),
    };
  }
  const talks = catalogue
    .inEvent(request.event)
    .filter((t) => fold(groupOf(t) ?? '') === fold(topic.name));
  const scope: TalksScope = { kind: 'topic', topic: topic.name, ...opt('event', request.event) };
  return page(topic.name, scope, talks);
}
