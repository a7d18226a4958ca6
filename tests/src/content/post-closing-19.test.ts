import { describe, expect, it } from 'vitest';
import { kinds, post } from './shape-fixture.ts';

/** The author's closing words after one rule under the last talk are not that talk's notes. */

/** Three talks, ruled off from each other when `ruled`, the last with its slides, then `tail`. */
const talks = (ruled: boolean, ...tail: string[]) => {
  const rule = ruled ? ['', '---'] : [];
  return post(
    '# Harbor Conf 2026',
    '',
    '## Scaling the widget pipeline',
    '',
    'Queues kept the tail latency flat.',
    ...rule,
    '',
    '## Fast builds for everyone',
    '',
    'Remote caching halved the build times.',
    ...rule,
    '',
    '## Edge caches',
    '',
    'Caches near the users.',
    '',
    '### Slides',
    '',
    'https://speakerdeck.com/lena/edge-caches',
    '',
    '---',
    '',
    ...tail,
  ).talks;
};

describe("a post's closing under a rule after its last talk", () => {
  it("is no part of the last talk: its links are not that talk's slides", () => {
    const last = talks(
      false,
      "That's all from me. Talks I could not cover: [Lost in the mesh](https://speakerdeck.com/omar/mesh) and [Tiny models](https://speakerdeck.com/ida/tiny).",
    ).at(-1);
    expect(last?.links.map((l) => l.url)).toEqual(['https://speakerdeck.com/lena/edge-caches']);
    expect(last?.summary).not.toMatch(/That's all/);
  });

  it("stays the talk's where the post rules off its talks from each other", () => {
    const last = talks(true, 'Bonus: the [edge demo deck](https://speakerdeck.com/lena/edge).').at(
      -1,
    );
    expect(kinds(last)).toEqual(['slides', 'slides']);
  });
});
