import type { Link, NoteNode, Speaker } from './model.ts';

/**
 * The Answer: everything a surface needs to show, and nothing else. Plain JSON, so it can be
 * logged, snapshot-tested, printed by `qcon ask --json`, and rendered by any adapter.
 */
export interface TalkCard {
  /** `event/id`: unique across events; what buttons carry. */
  ref: string;
  id: string;
  event: string;
  eventName: string;
  title: string;
  officialTitle?: string;
  topic?: string;
  speakers: Speaker[];
  summary: string;
  links: { description?: string; slides?: string; video?: string };
}

export interface TalkDetail extends TalkCard {
  notes: NoteNode[];
  /** Every link of the talk in the author's order, classified. */
  allLinks: Link[];
  date?: string;
  time?: string;
  track?: string;
}

export interface TopicInfo {
  name: string;
  count: number;
  events: string[];
}

export interface EventInfo {
  id: string;
  name: string;
  dates?: string;
  author?: string;
  source?: string;
  talkCount: number;
  topics: string[];
}

export interface HelpCommand {
  /** Text after the surface's prefix (`/qcon`, `@qcon-bot`, or nothing in a terminal). */
  usage: string;
  description: string;
}

/** How a list of talks came about, so surfaces can title it. */
export type TalksScope =
  | { kind: 'search'; words: string; event?: string }
  | { kind: 'topic'; topic: string; event?: string }
  | { kind: 'list'; event?: string };

export type Answer =
  | {
      kind: 'talks';
      /** The question that reproduces this list; ask it again with another page to page. */
      query: string;
      scope: TalksScope;
      hits: TalkCard[];
      total: number;
      page: number;
      pageCount: number;
    }
  | { kind: 'talk'; talk: TalkDetail; related: TalkCard[] }
  | { kind: 'topics'; topics: TopicInfo[] }
  | { kind: 'events'; events: EventInfo[] }
  | {
      kind: 'help';
      commands: HelpCommand[];
      examples: string[];
      stats: { events: number; talks: number };
    }
  | { kind: 'none'; query: string; suggestions: string[]; topics: string[] }
  | {
      kind: 'error';
      message: string;
      /** `rate-limited`: the asker should see this privately and may ask again after a wait. */
      reason?: 'rate-limited';
    };

export type AnswerKind = Answer['kind'];
