import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Talk headings that say a sponsor's slot, and "by Name / Company" with a company like a name. */

describe("a sponsor's slot and a company after a slash", () => {
  it('reads "(gold sponsor)" as the kind of session, never as a company or a person', () => {
    const parsed = post(
      '# Fjordconf 2025',
      '',
      '## Queues by default by Ola Nordmann / Red Hat (gold sponsor)',
      '- backpressure',
      '',
      '## Caches that forget by Bo Sten / Capital One',
      '- eviction',
      '',
      '## Tracing the checkout (Sponsored by Acme)',
      '- spans',
      '',
      '## Streams in anger by Ida Berg / Brightloom (Silver Sponsor)',
      '- state stores',
    );
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nordmann @ Red Hat']],
      ['Caches that forget', ['Bo Sten @ Capital One']],
      ['Tracing the checkout', []],
      ['Streams in anger', ['Ida Berg @ Brightloom']],
    ]);
  });

  it('keeps two people after a slash two people', () => {
    const parsed = post(
      '# Fjordconf 2025',
      '',
      '## Pairing in practice / Ola Hansen + Per Olsen',
      '- driver and navigator',
      '',
      '## Mob testing / Kari Berg & Ida Lund',
      '- one keyboard',
    );
    expect(parsed.talks.map((t) => who(t))).toEqual([
      ['Ola Hansen', 'Per Olsen'],
      ['Kari Berg', 'Ida Lund'],
    ]);
  });
});
