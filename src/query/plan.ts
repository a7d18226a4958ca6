import type { Focus, TalksScope, Unknown } from '../answer.ts';
import { firstLink, type Talk } from '../model.ts';
import { opt } from './asking.ts';
import type { EventRanking } from './event-ranking.ts';
import type { Question } from './understand.ts';

/** What a question comes to: a list of talks (how to title it, how to fetch a page), or nothing. */
export type Plan =
  | {
      kind: 'talks';
      scope: TalksScope;
      total: number;
      /** The first `end` talks (or all of them), in order. */
      talks: (end: number) => Talk[];
      focus?: Focus;
      /**
       * "The first talk on day 2" over several events, none named: each event's, but which event
       * is meant is not known: these events, to ask between.
       */
      whichEvent?: string[];
    }
  /**
   * The question is about the conferences themselves ("when was qcon"): these events; in this
   * order where `ranking` ("which conference had the most security talks").
   */
  | {
      kind: 'events';
      events: string[];
      noNotesIn?: string;
      ranking?: EventRanking;
      /** Asked about the notes' languages: each event says its own. */
      languages?: true;
    }
  /**
   * "What topics were covered?": the topics; of `events` only ("topics at devoxx"), the most
   * talks first where `ranked` ("which topic had the most talks").
   */
  | {
      kind: 'topics';
      events?: string[];
      ranked?: boolean | 'fewest';
      /** "More devops or security talks?": these topics only (folded). */
      only?: string[];
    }
  /**
   * No talk; `unknown`: what was asked is something the notes never record; `person`: the
   * speaker or company asked about, as typed, whom no talk has (the suggestions: near names);
   * `place`: the event asked about ("kubecon"), which the notes do not have (the suggestions:
   * events they have).
   */
  | {
      kind: 'none';
      suggestions: string[];
      unknown?: Unknown;
      person?: string;
      place?: string;
      /** "Talks at pycon us 2023": the event asked about, whose notes gave no talk. */
      empty?: string;
      /** "The fourth culture talk": the list asked of, as typed, and how many talks it has. */
      fewer?: { list: string; ordinal: string; count: number };
      /** "Kubernetes rbac": the one word no talk mentions, where the others find talks. */
      unmatched?: string[];
      /** "Kubernetes rbac": words the notes each have, never side by side in a talk. */
      apart?: string[];
      /** With `apart`: a talk has them all, never side by side ("the data team … the lake"). */
      apartInOne?: true;
      /**
       * "Streaming except kafka": every talk of the subject (`total` of them) is about what was
       * left out too.
       */
      leftOut?: { subject: string; excluded: string; total: number };
    };

/** A list titled by the question as asked ("3 talks for “talks with neither slides nor video”"). */
export function echoing(text: string, event: string | undefined): TalksScope {
  return { kind: 'search', words: text, ...opt('event', event) };
}

/** Talks reordered so those with the asked-for link come first (within the first this many). */
export const REORDER_WITHIN = 100;

/**
 * The talks a question came to, as a plan: how the answer is titled, how many there are, how to
 * fetch a page of them (those with the link asked for first, among the close ones).
 */
export function planOf(
  scope: TalksScope,
  list: Talk[] | { total: number; talks: (end: number) => Talk[] },
  question: Question,
  close = REORDER_WITHIN,
): Plan {
  const source = Array.isArray(list)
    ? { total: list.length, talks: (end: number) => list.slice(0, end) }
    : list;
  if (question.having) scope = { ...scope, having: question.havingBoth ? 'both' : question.having };
  if (question.lacking) scope = { ...scope, lacking: question.lacking };
  if (question.noneHas) scope = { ...scope, noneHas: question.noneHas };
  if (question.lackingBoth) scope = { ...scope, lacking: 'both' };
  if (question.excluding) scope = { ...scope, excluding: question.excluding };
  const { focus } = question;
  const kind = focus === 'slides' || focus === 'video' ? focus : undefined;
  const talks =
    focus && focus !== 'speakers' && focus !== 'room' && close > 1
      ? (end: number) => withLinkFirst(source.talks(Math.max(end, close)), kind, end, close)
      : source.talks;
  return { kind: 'talks', scope, total: source.total, talks, ...opt('focus', focus) };
}

/** The first `within` talks with those having the link first, then the rest as they were. */
function withLinkFirst(
  list: Talk[],
  kind: 'slides' | 'video' | undefined,
  end: number,
  within: number,
): Talk[] {
  const has = (talk: Talk) => (kind ? !!firstLink(talk, kind) : talk.links.length > 0);
  const head = list.slice(0, within);
  return [...head.filter(has), ...head.filter((t) => !has(t)), ...list.slice(within)].slice(0, end);
}
