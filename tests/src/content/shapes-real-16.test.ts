import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (R16), written again with invented talks and people: markup that hid a
 * heading, and numbered session kinds before a title.
 */

describe('a heading under a line of <br/> (space on the page)', () => {
  const parsed = post(
    '# Notes from Fjordconf 2026',
    '',
    'What a day.<br/>',
    '## Queues by default by Ola Nord',
    '- Backpressure',
    '',
    '<br/>',
    '## Caches that forget by Bo Sten',
    '- Eviction',
    '',
    '<a name="day-2"></a>',
    '## Streams in anger by Anna Lind',
    '- Throughput',
  );

  it('reads every talk, the ones under the tags too', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nord']],
      ['Caches that forget', ['Bo Sten']],
      ['Streams in anger', ['Anna Lind']],
    ]);
    expect(parsed.talks[1]?.source.line).toBe(8);
  });
});

describe('headings written without a space after their marks', () => {
  const parsed = post(
    '##Queues by default:',
    '',
    '*Speaker: Ola Nord, Fjordpay*',
    '',
    '* Backpressure first',
    '',
    '##Caches that forget:',
    '',
    '*Speaker: Bo Sten, Sundial*',
    '',
    '```sh',
    '##not-a-heading',
    '```',
    '#kubecon is a tag',
    '',
    '##The people So there were many speakers at this event, some of whom I want to mention here.',
  );

  it('are talks, titled without the colon that leads to the speaker', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nord @ Fjordpay']],
      ['Caches that forget', ['Bo Sten @ Sundial']],
    ]);
    expect(JSON.stringify(parsed.talks[1]?.notes)).toContain('##not-a-heading');
  });

  it('are not a long sentence glued to the marks: that is a paragraph of the talk before', () => {
    expect(JSON.stringify(parsed.talks[1]?.notes)).toContain('So there were many speakers');
  });
});

describe("a title that ends with an emoji's code", () => {
  it('never keeps half of the code (`:iphone`)', () => {
    const parsed = post(
      '# Notes from Fjordconf 2026',
      '',
      '## Hacking the badge :beginner::iphone:',
      '',
      '*Speaker: Ola Nord*',
      '',
      '- Firmware',
    );
    const [title] = parsed.talks.map((t) => t.title);
    expect(title).toMatch(/^Hacking the badge/);
    expect(title).not.toMatch(/:[a-z]+$/);
  });
});

describe('a numbered kind before a title: "Keynote 1:", "Keynote 3 -"', () => {
  const parsed = post(
    '# Notes from Fjordconf 2026',
    '',
    '### Keynote 1: Queues by default (Ola Nord)',
    '- Backpressure',
    '',
    '### Keynote 2: Bjørn Dahl (Staff Engineer @ Sundial)',
    '- Eviction',
    '',
    '### Keynote 3 - Streams in anger (Anna Lind)',
    '- Throughput',
  );

  it('is no part of the title; the kind is kept, a name alone is the speaker', () => {
    expect(parsed.talks.map((t) => [t.title, t.kind, who(t)])).toEqual([
      ['Queues by default', 'Keynote', ['Ola Nord']],
      ['Keynote', 'Keynote', ['Bjørn Dahl @ Sundial']],
      ['Streams in anger', 'Keynote', ['Anna Lind']],
    ]);
  });
});

describe('a kind and a name after a dash, in a post that names speakers so', () => {
  const parsed = post(
    '# Day 2',
    '',
    '## Keynote - Ysolde Marchetti',
    '- Cognitive load',
    '',
    '## Queues by default - Ola Nord',
    '- Backpressure',
    '',
    '## Caches that forget - Bo Sten',
    '- Eviction',
  );

  it('is a keynote by that person', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])[0]).toEqual([
      'Keynote',
      ['Ysolde Marchetti'],
    ]);
  });
});

describe('"Talk 1: Welcome Remarks - Name": a count before a title that is no name', () => {
  const parsed = post(
    '## Keynote',
    '',
    '### Talk 1: Welcome Remarks - Ola Nord',
    '',
    '### Talk 2: Project Update - Bo Sten',
    '- Graduations',
  );

  it('drops the count', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Welcome Remarks', ['Ola Nord']],
      ['Project Update', ['Bo Sten']],
    ]);
  });
});
