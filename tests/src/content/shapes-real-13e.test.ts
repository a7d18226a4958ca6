import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { titled } from './real-13-fixture.ts';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R13e), written again with invented talks and people: a file of one
 * talk whose speaker is a bold "By" line under its title, over its parts; a post titled as the
 * author's feedback on a conference.
 */

describe('a file of one talk, its speaker a "By" line under the title', () => {
  it('is that talk, its headings its parts', () => {
    const parsed = parseNotes(
      [
        '# Quick Design Reviews',
        '',
        '**By Mira Solberg @mirasol**',
        '',
        'Good design is about intent.',
        '',
        '## Visual Hierarchy',
        '* where do you look first',
        '',
        '## Target Audience',
        'Personas for each audience.',
      ].join('\n'),
      'design-reviews.md',
      'design-reviews',
    );
    expect(titled(parsed)).toEqual([['Quick Design Reviews', ['Mira Solberg']]]);
    expect(parsed.problems).toEqual([]);
  });
});

describe('a post titled as the author’s feedback on a conference', () => {
  it('names the conference without the word', () => {
    const parsed = post(
      '---',
      'title: "Harbourdays Oslo 2026 - Feedback"',
      '---',
      '### Talk 1: Budgets for errors',
      '[Vera Holm](https://x.com/veraholm) shares how her team spends its budget.',
    );
    expect(parsed.event.name).toBe('Harbourdays Oslo 2026');
  });
});
