import type { ConferenceEvent, Talk } from '../../../src/model.ts';

/** Invented talks for the subject tests: notes as a list, the summary their first. */
export function talk(
  event: string,
  id: string,
  title: string,
  notes: string[],
  extra: Partial<Talk> = {},
): Talk {
  return {
    id,
    event,
    title,
    speakers: [],
    links: [],
    notes: notes.map((text) => ({ text, children: [] })),
    summary: notes[0] ?? '',
    source: { file: `${event}.md`, line: 1 },
    ...extra,
  };
}

export const event = (id: string, name: string): ConferenceEvent => ({
  id,
  name,
  tags: [],
  topics: [],
  file: `${id}.md`,
});
