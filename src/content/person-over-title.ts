import type { DraftTalk } from './talk-body.ts';
import { cleanTitle, sessionKind } from './title-marks.ts';

/**
 * A meetup's page of past talks, a bullet per speaker over a bullet of their talk's title:
 * "- [Peter Ullmann](linkedin)" over "  - What is an MCP and why would you need it?". The item
 * was read as a talk titled by the person's name, its title a note. Where two talks of a post at
 * least are so — the title the speaker's own name, the first note one short line under it — that
 * line is the title ("Lightning talk: …" its kind), and no note.
 */
export function titlesUnderPeople(drafts: DraftTalk[]): void {
  const found = drafts.filter(personOverTitle);
  if (found.length < 2) return;
  for (const draft of found) {
    const line = draft.notes.shift()?.text.trim() ?? '';
    draft.title = cleanTitle(line);
    const kind = sessionKind(line);
    if (kind) draft.kind ??= kind;
  }
}

function personOverTitle(draft: DraftTalk): boolean {
  const [speaker, ...more] = draft.speakers;
  if (!speaker?.name || more.length > 0 || draft.title !== speaker.name) return false;
  // The one note, a title's line: no sentence's stop at its end ("Notes on kernels." is notes).
  const [first, ...others] = draft.notes;
  if (!first || others.length > 0 || first.children.length > 0) return false;
  if (/[.!…]$/u.test(first.text.trim())) return false;
  const text = first.text.trim();
  return (
    text.length >= 4 && text.length <= 150 && /\p{L}{2}.*\s\S/u.test(text) && !/\.\s/.test(text)
  );
}
