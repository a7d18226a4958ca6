import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Round r32: shapes of real notes posts the bot had never seen. */

describe('a talk heading with its speakers in a heading under it', () => {
  it('reads "## Title" over "### Name" as the talk and its speakers, not a talk named by a person', () => {
    const { talks } = post(
      '# Beacon Summit 2024 Day 1',
      '',
      '## Contents',
      '',
      '* [Parsing JSON in Zig](#parsing-json-in-zig)',
      '* [Mapping the Ocean Floor with Drones](#mapping-the-ocean-floor-with-drones)',
      '* [Teaching Kids to Solder](#teaching-kids-to-solder)',
      '* [What Broke When We Went Multi-Region](#what-broke-when-we-went-multi-region)',
      '',
      '## Parsing JSON in Zig',
      '### [Tomasz Wilk](https://twitter.com/@twilk)',
      '',
      '* comptime is the trick',
      '* no allocator in the hot path',
      '',
      '## Mapping the Ocean Floor with Drones',
      '### Hana Sato & Luis Ortega',
      '',
      '![the drone](pics/drone.png)',
      '',
      '* sonar every 4 metres',
      '',
      '## Teaching Kids to Solder',
      '### Greta Holm',
      '',
      '* start with a blinking LED',
      '',
      '## What Broke When We Went Multi-Region',
      '### [Omar Haddad](https://example.org/omar)',
      '',
      '* DNS, always DNS',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Parsing JSON in Zig', ['Tomasz Wilk']],
      ['Mapping the Ocean Floor with Drones', ['Hana Sato', 'Luis Ortega']],
      ['Teaching Kids to Solder', ['Greta Holm']],
      ['What Broke When We Went Multi-Region', ['Omar Haddad']],
    ]);
  });

  it('keeps a post that goes person by person: "## Name" over "### Their talk"', () => {
    const { talks } = post(
      '# Beacon Summit 2024',
      '',
      '## Tomasz Wilk',
      '### Parsing JSON in Zig',
      '',
      '* comptime is the trick',
      '',
      '## Hana Sato',
      '### Mapping the Ocean Floor with Drones',
      '',
      '* sonar every 4 metres',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Parsing JSON in Zig', ['Tomasz Wilk']],
      ['Mapping the Ocean Floor with Drones', ['Hana Sato']],
    ]);
  });
});
