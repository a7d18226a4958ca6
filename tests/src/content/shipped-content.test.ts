import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadContent } from '../../../src/content/load-content.ts';
import { firstLink, type Library } from '../../../src/model.ts';
import { CONTENT_DIR } from '../../helpers.ts';

interface Fact {
  slug: string;
  speakers: { name: string | null }[];
  official_title: string | null;
  description_url: string;
  slides_url?: string;
  video_url?: string | null;
  confidence: 'high' | 'medium' | 'low';
}

let library: Library;
let facts: Fact[];
beforeAll(async () => {
  const content = await loadContent(CONTENT_DIR);
  expect(content.problems).toEqual([]);
  library = content.library;
  const factsFile = new URL('../../fixtures/facts/qcon-ny-2016-talks.yaml', import.meta.url);
  facts = (parseYaml(await readFile(factsFile, 'utf8')) as { talks: Fact[] }).talks;
});

describe('the shipped QCon New York 2016 notes', () => {
  it('have exactly 10 talks in the 4 topics of the table of contents', () => {
    expect(library.talks).toHaveLength(10);
    expect(library.events.map((e) => e.topics)).toEqual([
      ['Culture', 'Devops', 'Architecture', 'Security'],
    ]);
    const perTopic = Object.fromEntries(
      ['Culture', 'Devops', 'Architecture', 'Security'].map((t) => [
        t,
        library.talks.filter((k) => k.topic === t).length,
      ]),
    );
    expect(perTopic).toEqual({ Culture: 2, Devops: 3, Architecture: 3, Security: 2 });
  });

  it('give every talk its description link and the slides links the post has', () => {
    for (const fact of facts) {
      const talk = library.talks.find((t) => t.id === fact.slug);
      expect(talk, fact.slug).toBeDefined();
      if (!talk) continue;
      expect(firstLink(talk, 'description')).toBe(fact.description_url);
      if (fact.slides_url) expect(firstLink(talk, 'slides')).toBe(fact.slides_url);
    }
    expect(library.talks.filter((t) => firstLink(t, 'slides')).length).toBe(
      facts.filter((f) => f.slides_url).length,
    );
  });

  it('carry speakers, official titles and videos only where the facts are high or medium confidence', () => {
    for (const fact of facts) {
      const talk = library.talks.find((t) => t.id === fact.slug);
      const names = talk?.speakers.map((s) => s.name).filter(Boolean);
      if (fact.confidence === 'low') {
        expect(talk?.speakers, fact.slug).toEqual([]);
        expect(talk?.officialTitle).toBeUndefined();
      } else {
        expect(names, fact.slug).toEqual(fact.speakers.map((s) => s.name).filter(Boolean));
        if (fact.video_url) expect(talk && firstLink(talk, 'video')).toBe(fact.video_url);
      }
    }
  });

  it('summarise every talk in at most 300 characters from the notes, never from link-only bullets', () => {
    for (const talk of library.talks) {
      expect(talk.summary.length, talk.id).toBeGreaterThan(20);
      expect(talk.summary.length, talk.id).toBeLessThanOrEqual(300);
      expect(talk.summary).not.toMatch(/^Description/);
    }
    const culture = library.talks.find((t) => t.id === 'how-to-optimize-your-culture-for-learning');
    expect(culture?.summary).toMatch(/^Key message: Hire attitude over skill/);
  });

  it('describe the event from the front matter', () => {
    expect(library.events[0]).toMatchObject({
      id: 'qcon-ny-2016',
      name: 'QCon New York 2016',
      dates: '2016-06-13..2016-06-17',
      author: 'Holger Reinhardt',
      tags: ['qcon', 'culture', 'devops', 'microservices'],
    });
  });
});

describe('the shipped notes read exactly as they always have', () => {
  it('keep every talk, id, title, speaker, topic, link and note of the recorded reading', async () => {
    const golden = JSON.parse(
      await readFile(
        new URL('../../fixtures/golden/qcon-ny-2016.talks.json', import.meta.url),
        'utf8',
      ),
    );
    const events = library.events.map(({ file: _file, ...event }) => event);
    const talks = library.talks.map(({ summary: _s, source, notes, ...rest }) => ({
      ...rest,
      line: source.line,
      notes,
    }));
    expect({ events, talks }).toEqual(golden);
  });
});
