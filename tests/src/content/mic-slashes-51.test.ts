import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "🎙️ [Sébastien Blanc](…) / [Horacio Gonzalez](…) / [Sun TAN](…)" under a talk's heading: three
 * speakers after the microphone, parted by slashes. The bot named the first alone, and listed the
 * others' profiles as the talk's links. Written in that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'devoxx.md', 'devoxx');

describe('people after a microphone, parted by slashes', () => {
  it('are each a speaker', () => {
    const { talks } = read(
      '# Devoxx 2031',
      '',
      '### ☸️ Kubernetes pour les débutants',
      '🎙️ [Simon Blanchet](https://twitter.com/sbl) / [Horacio Gomez](https://twitter.com/hgo) / [Lin TAN](https://twitter.com/ltan)  ',
      '📝 [Abstract](https://cfp.devoxx.fr/2031/talk/YND) / ',
      '🏞️ [Slides](https://speakerdeck.com/x/kube)',
      '',
      'Trois heures pour découvrir Kubernetes.',
      '',
      '### Les pièges du Go',
      '🎙️ [Aurore Vachon](https://twitter.com/av), Acme  ',
      '📝 [Abstract](https://cfp.devoxx.fr/2031/talk/PMM)',
      '',
      'Quinze pièges à éviter.',
    );
    expect(talks.map((t) => t.speakers)).toEqual([
      [{ name: 'Simon Blanchet' }, { name: 'Horacio Gomez' }, { name: 'Lin TAN' }],
      [{ name: 'Aurore Vachon', company: 'Acme' }],
    ]);
    expect(talks[0]?.links.map((l) => l.kind)).toEqual(['description', 'slides']);
  });
});
