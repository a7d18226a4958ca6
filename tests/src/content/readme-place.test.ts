import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/** A repository of one-talk files whose README says where the conference was. Invented. */
const folder = contentFolder('qcon-readme-place-');

const talk = (title: string, speaker: string) =>
  `# ${title}\n\nSpeaker: ${speaker}\n\n- the first point of the talk\n- another point\n`;

const places = async () =>
  (await loadContent(folder.dir)).library.events.map((event) => [event.name, event.place]);

describe("a README's opening that says where the conference was", () => {
  it('is the place of the files it names as that conference', async () => {
    await folder.write({
      'README.md':
        '# Gullwing 2023\n\nMy notes from Gullwing 2023 in Porto Alegre, one file per talk.\n',
      'queues.md': talk('Queues in the wild', 'Omar Haddad'),
      'caches.md': talk('Edge caches', 'Lena Park'),
    });
    expect(await places()).toEqual([['Gullwing 2023', 'Porto Alegre']]);
  });

  it('is no place where the sentence names a month, or no README opening says one', async () => {
    await folder.write({
      'README.md': '# Gullwing 2023\n\nMy notes from Gullwing 2023 in May.\n',
      'queues.md': talk('Queues in the wild', 'Omar Haddad'),
    });
    expect(await places()).toEqual([['Gullwing 2023', undefined]]);
  });
});

describe("a post's opening that says its notes are from a place", () => {
  it('is where the event was', async () => {
    await folder.write({
      'gullwing.md':
        '# Gullwing 2024 recap\n\nMy notes from Gullwing 2024 in Tromsø.\n\n## Edge caches — Lena Park\n\nStale while revalidate.\n\n## Queues in the wild — Omar Haddad\n\nBackpressure first.\n',
    });
    expect(await places()).toEqual([['Gullwing 2024', 'Tromsø']]);
  });
});
