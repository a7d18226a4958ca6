import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A lightning-talk page, a section per person: "### Talk", "### Description" (pasted as a code
 * block by mistake), "### BIO". With the description code alone, the talk's summary was the
 * speaker's bio ("BIO: Full-stack developer at …"), shown as what the talk was about. Written in
 * that shape with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'lightning.md', 'lightning');

describe("a speaker's bio among a talk's parts", () => {
  it('is never its summary', () => {
    const { talks } = read(
      '# Lightning Talks 2031',
      '',
      '## Matt Innes',
      '### Talk',
      'ChatGPT for Developers',
      '### Description',
      '```html',
      '<h1>ChatGPT for Fun and Profit</h1>',
      '```',
      '### BIO',
      'Full-stack developer at Typewise based in Toronto. I really love brunch.',
      '',
      '## Rhoda Gentle',
      '### BIO',
      'Rhoda has managed security for clients across the country.',
      '### Talk Title',
      'Domains, DNS, and Hosting',
      '### Description',
      'Have you ever wanted to set up a website? This talk takes you from buying a domain to DNS.',
    );
    expect(talks.map((t) => [t.title, t.summary])).toEqual([
      ['ChatGPT for Developers', ''],
      [
        'Domains, DNS, and Hosting',
        'Have you ever wanted to set up a website? This talk takes you from buying a domain to DNS.',
      ],
    ]);
  });
});
