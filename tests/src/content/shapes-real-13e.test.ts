import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * Shapes of real notes posts (R13e), written again with invented talks and people: a post titled
 * as the author's feedback on a conference.
 */

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
