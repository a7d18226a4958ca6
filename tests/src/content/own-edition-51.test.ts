import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * "Mon DevFest Nantes 2025 à moi !", "Mon Devoxx 2022 à moi !": a French recap's title, the
 * author's own edition of the conference. The bot listed the event as "Mon DevFest Nantes 2025 à
 * moi", and asking for DevFest Nantes found nothing. Written in that shape with invented talks.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'recap.md', 'recap');

describe("the author's own edition in a post's title", () => {
  it('is the conference', () => {
    const names = [
      'Mon DevFest Lille 2031 à moi !',
      'Notre BreizhCamp 2031',
      'My KubeCon EU 2031',
    ].map(
      (title) =>
        read(
          '---',
          `title: "${title}"`,
          '---',
          '',
          '## Le wasm partout - Paul Girard',
          '',
          'Du Rust dans le navigateur.',
        ).event.name,
    );
    expect(names).toEqual(['DevFest Lille 2031', 'BreizhCamp 2031', 'KubeCon EU 2031']);
  });
});
