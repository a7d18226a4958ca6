import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * A day's recap that heads each talk with its title and names the speaker in the first sentence
 * of its prose (a real Strange Loop day 2 post's shape). Invented talks and people.
 */
describe('a speaker named as the subject opening a talk’s prose', () => {
  it('is read from a lead-in, an appositive, "cheered us", or "was …. He gave a talk"', () => {
    const { talks } = post(
      '# LoopConf Day 2',
      '',
      'Day two started off with your choice of talks.',
      '',
      '## Typed Plain JavaScript',
      '',
      'I started with Holly Wren talking about a type checker that needs no build step.',
      '',
      '## The Economics of Languages',
      '',
      'Evan Czapla, creator of Elmish, spoke to a packed room. I stood against the wall.',
      '',
      '## Making Hard Things Easy',
      '',
      'Julia Everard cheered us up with her wit and drawings.',
      '',
      'She covered Bash, HTTP, SQL and DNS.',
      '',
      '## Drawing Comics at Work',
      '',
      'Randall Munro was the perfect ending for LoopConf. He gave a talk about comics.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Typed Plain JavaScript', ['Holly Wren']],
      ['The Economics of Languages', ['Evan Czapla']],
      ['Making Hard Things Easy', ['Julia Everard']],
      // "the perfect ending for LoopConf" is the talk's place at the event, no company.
      ['Drawing Comics at Work', ['Randall Munro']],
    ]);
  });

  it('is no product or topic opening the prose', () => {
    const { talks } = post(
      '# LoopConf Day 2',
      '',
      '## Streams in practice',
      '',
      'Kafka Streams showed that a small cluster is enough. Streams scale out.',
      '',
      '## Containers',
      '',
      'Docker Compose explained the whole setup to the room.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Streams in practice', []],
      ['Containers', []],
    ]);
  });
});
