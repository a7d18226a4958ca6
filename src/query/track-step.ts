import { fold, termOf, words } from '../search/analyze.ts';
import type { Asking } from './asking.ts';
import { echoing } from './plan.ts';

/**
 * "The platform track", "finops track talks": the talks of a track the notes give
 * (`track: Platform`), where the track's name is also a word many other talks say ("platform" in
 * every talk of a platform conference): the track is what is asked, not its word. A track named
 * as a topic is the topic's (`topic-step.ts`); the words of no track stay words to search.
 */
export function inTrack(ask: Asking): void {
  if (!/\btracks?\b/.test(fold(ask.asked.text))) return;
  const asked = new Set(words(ask.search).map((word) => termOf(word) ?? word));
  const tracks = new Map<string, string[]>();
  for (const talk of ask.library)
    if (talk.track && !tracks.has(talk.track))
      tracks.set(
        talk.track,
        words(talk.track).map((word) => termOf(word) ?? word),
      );
  // The longest name whose every word the question has ("main stage" before "stage").
  let best: string | undefined;
  for (const [track, terms] of tracks)
    if (
      terms.length > (best ? (tracks.get(best)?.length ?? 0) : 0) &&
      terms.every((term) => asked.has(term))
    )
      best = track;
  if (!best || !ask.any((talk) => talk.track === best)) return;
  ask.narrow((talk) => talk.track === best);
  // "3 talks for “platform track”": titled by the question, as a day's talks are by their day.
  ask.scope ??= echoing(ask.asked.text, ask.event);
  const stems = new Set(tracks.get(best));
  ask.query = ask.query.filter((q) => !stems.has(termOf(q.word) ?? q.word));
}
