import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../src/answer.ts';
import { Bot } from '../../src/bot.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { parseNotes } from '../../src/content/parse-notes.ts';
import type { Library } from '../../src/model.ts';

/** Helpers the adapters' tests share: bots over notes written in the test, and what a list shows. */

/** A bot over notes written here: what an author (or a careless paste) can put in a talk. */
export function botOf(...files: string[]): Bot {
  const parsed = files.map((markdown, i) => parseNotes(markdown, `e${i}.md`, `e${i}`));
  return new Bot({ events: parsed.map((p) => p.event), talks: parsed.flatMap((p) => p.talks) });
}

/** One notes post with an event name and a `## Talks` section holding `body`. */
export function notes(body: string, name = 'Hostile Conf'): string {
  return `---\nevent:\n  name: ${name}\n---\n## Talks\n\n${body}`;
}

/**
 * A bot over notes files written to a temporary content folder and loaded as `qcon start` loads
 * one (file names, front matter, problems and all); `remove` deletes the folder.
 */
export async function botOnDisk(files: Record<string, string>): Promise<{
  bot: Bot;
  dir: string;
  library: Library;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'qcon-notes-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    for (const [name, markdown] of Object.entries(files))
      await writeFile(join(dir, name), markdown);
    const { library } = await loadContent(dir);
    return { bot: new Bot(library), dir, library, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** The titles of a list's talks, in order; none for another answer. */
export function titles(answer: Answer): string[] {
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.title) : [];
}

/** The titles as Discord's cards show them: numbered from the list's first. */
export function numberedTitles(answer: Answer): string[] {
  return answer.kind === 'talks'
    ? titles(answer).map((title, i) => `${answer.first + i}. ${title}`)
    : [];
}
