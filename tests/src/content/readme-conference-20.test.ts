import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';

/**
 * A repository of one-talk files whose README names the conference: in its first line when it
 * has no heading ("Notes from sessions at the …"), and for files in date folders under it.
 */
const folder = contentFolder('qcon-readme-');

const talk = (title: string, speaker: string) =>
  `# ${title}\n\nSpeaker: ${speaker}\n\n- the first point of the talk\n- another point\n`;

const events = async () =>
  (await loadContent(folder.dir)).library.events.map((event) => event.name).sort();

describe("a README naming the notes' conference", () => {
  it('in its first line, with no heading: the files are that conference, not the talks of it', async () => {
    await folder.write({
      'README.md': 'Notes from sessions at the 2019 Harbor PHP Conference\n\nMore soon.\n',
      'queues.md': talk('Queues in the wild', 'Omar Haddad'),
      'caches.md': talk('Edge caches', 'Lena Park'),
    });
    expect(await events()).toEqual(['2019 Harbor PHP Conference']);
  });

  it('at the root, over folders of dates: the files of each day are that conference', async () => {
    await folder.write({
      'README.md': '# Harborconf Lisbon 2012\n\nMy notes from the conference.\n',
      '2012-04-24/1-queues.md': talk('Queues in the wild', 'Omar Haddad'),
      '2012-04-25/3-caches.md': talk('Edge caches', 'Lena Park'),
    });
    expect(await events()).toEqual(['Harborconf Lisbon 2012']);
  });

  it('names nothing from a sentence that merely has a year in it', async () => {
    await folder.write({
      'README.md': 'I started writing these in 2019 and never stopped.\n',
      'queues.md': talk('Queues in the wild', 'Omar Haddad'),
    });
    expect(await events()).toEqual(['queues']);
  });

  it('leaves a folder that names a conference of its own to that conference', async () => {
    await folder.write({
      'README.md': '# Harborconf Lisbon 2012\n',
      'devnorth-2013/queues.md': talk('Queues in the wild', 'Omar Haddad'),
    });
    expect(await events()).toEqual(['Devnorth 2013']);
  });
});
