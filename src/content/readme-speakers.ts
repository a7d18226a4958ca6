import type { Speaker, Talk } from '../model.ts';
import { comparable } from './same-talk.ts';

/**
 * A repository of a file per talk whose README lists them (`| Knitting for JavaScripters |
 * [Mariko Kosaka](…) | [notes](/07-knitting.md) |`, `**LLM 모니터링**` / `송인서 | 업스테이지` /
 * `[상세 보기](sessions/03-llm-monitoring.md)`): the README's row of a talk gives the file's talk
 * the speakers it does not name, and their companies. A row is a file's talk by a link to that
 * file (its name as written, `-` or `_` alike: links are often off by one), else by the same
 * title. Only the talks of the files the README speaks for are looked at.
 */
export function speakersByReadme(
  /** The talks of the files the README speaks for. */
  talks: Talk[],
  /** The README read as notes (of the event `README_EVENT` of `notes-files.ts`). */
  rows: Talk[],
): void {
  if (talks.length === 0) return;
  const listed = rows.filter((talk) => talk.speakers.length > 0);
  if (listed.length === 0) return;
  const byFile = new Map<string, Talk>();
  const byTitle = new Map<string, Talk>();
  for (const talk of talks) {
    byFile.set(fileKey(talk.source.file), talk);
    byTitle.set(comparable(talk.title), talk);
  }
  for (const row of listed) {
    const linked = row.links.map((link) => byFile.get(fileKey(link.url))).find(Boolean);
    const talk = linked ?? byTitle.get(comparable(row.title));
    if (talk) fillSpeakers(talk, row.speakers);
  }
}

/** `sessions/03_llm-monitoring.md`, `/03-llm-monitoring.md`, `./03-llm-monitoring`: `03 llm monitoring`. */
function fileKey(path: string): string {
  const name = path.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return comparable(name.replace(/\.(?:md|markdown|txt|adoc)$/i, ''));
}

function fillSpeakers(talk: Talk, speakers: Speaker[]): void {
  if (talk.speakers.length === 0) {
    talk.speakers = speakers.map((speaker) => ({ ...speaker }));
    return;
  }
  talk.speakers = talk.speakers.map((speaker) => {
    if (speaker.company || !speaker.name) return speaker;
    const same = speakers.find(
      (other) =>
        other.company && other.name && comparable(other.name) === comparable(speaker.name ?? ''),
    );
    return same ? { ...speaker, company: same.company } : speaker;
  });
}
