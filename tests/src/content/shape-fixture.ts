import { readFileSync } from 'node:fs';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { isError, type Talk } from '../../../src/model.ts';

/** Read an invented notes post of tests/fixtures/shapes/. */
export function shape(name: string, transform: (text: string) => string = (text) => text) {
  const text = readFileSync(new URL(`../../fixtures/shapes/${name}.md`, import.meta.url), 'utf8');
  return parseNotes(transform(text), `${name}.md`, name);
}

export const who = (talk: Talk | undefined) =>
  talk?.speakers.map((s) => [s.name, s.company].filter(Boolean).join(' @ '));
export const kinds = (talk: Talk | undefined) => talk?.links.map((l) => l.kind);
export const warnings = (problems: ReturnType<typeof shape>['problems']) =>
  problems.filter((p) => !isError(p)).map((p) => `${p.line}: ${p.message}`);

/** Parse a post given as its lines. */
export const post = (...lines: string[]) => parseNotes(lines.join('\n'), 'post.md', 'post');

/** Each talk's title, speakers' names, kind and topic, to compare at once. */
export const facts = (talks: Talk[]) =>
  talks.map((t) => ({
    title: t.title,
    speakers: t.speakers.map((s) => s.name),
    kind: t.kind,
    topic: t.topic,
  }));

/** Each talk's title and its speakers' names joined by ' & '. */
export const titlesAndSpeakers = (talks: Talk[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(' & ')]);

/** The talks of a post given as its lines, as {@link titlesAndSpeakers}. */
export const postSpeakers = (...lines: string[]) => titlesAndSpeakers(post(...lines).talks);
