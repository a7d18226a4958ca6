import type { ParsedNotes } from '../../../src/content/parse-notes.ts';
import { who } from './shape-fixture.ts';

/** Each talk as its title and its speakers (with their companies), as `qcon talks` lists them. */
export const titled = (parsed: ParsedNotes) => parsed.talks.map((t) => [t.title, who(t)]);
