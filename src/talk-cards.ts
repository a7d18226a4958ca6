import type { TalkCard, TalkDetail } from './answer.ts';
import { firstLink, type Talk, talkRef } from './model.ts';
import { opt } from './text.ts';

/** A talk as an answer shows it in a list: what it is, who gave it, when, and its first links. */
export function talkCard(talk: Talk, eventName: string): TalkCard {
  const links: TalkCard['links'] = {};
  for (const kind of ['description', 'slides', 'video'] as const) {
    const url = firstLink(talk, kind);
    if (url) links[kind] = url;
  }
  return {
    ref: talkRef(talk),
    id: talk.id,
    event: talk.event,
    eventName,
    title: talk.title,
    ...opt('officialTitle', talk.officialTitle),
    ...opt('kind', talk.kind),
    ...opt('topic', talk.topic),
    speakers: talk.speakers,
    summary: talk.summary,
    links,
    ...opt('date', talk.date),
    ...opt('day', talk.day),
    ...opt('time', talk.time),
    ...opt('room', talk.room),
    ...opt('rating', talk.rating),
  };
}

/** A talk opened in full: its card, every note and every link. */
export function talkDetail(talk: Talk, eventName: string): TalkDetail {
  return {
    ...talkCard(talk, eventName),
    notes: talk.notes,
    allLinks: talk.links,
    ...opt('track', talk.track),
  };
}
