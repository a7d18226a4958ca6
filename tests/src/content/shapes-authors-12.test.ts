import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (12): each post invented for these tests. */

describe('talks and speakers in more wordings', () => {
  const { talks } = post(
    '# ReactConf Paris 2025',
    '',
    '## First day',
    '',
    '🎯 **React Compiler in the wild** — Théo Vasseur (Doctolib)',
    '',
    '- The compiler removed most useMemo calls',
    '- Owner: Piotr Zieliński',
    '- Someone from the audience asked whether it works with MobX — mostly',
    '',
    '### The platform is a product',
    '',
    '**Kari Nordmann** (Vipps MobilePay) opened the first day. Her point: nobody would choose it.',
    '',
    '### Keynote: Java at 30',
    '',
    'Brian Holt, Oracle.',
    '',
    'Java is fine.',
    '',
    'The slides aren’t published yet.',
    '',
    '## Jeudi',
    '',
    '### Chaos engineering for the rest of us (Ioana Marin - Bitdefender)',
    '',
    '- game days',
    '',
    '### Le front, autrement',
    '',
    'Par Claire Moreau, développeuse front chez Ouest-France',
    '',
    '- moins de JavaScript',
    '',
    '### Pause déjeuner',
    '',
    'Crêpes.',
  );

  it('reads each talk with its speaker and company', () => {
    expect(talks.map((t) => [t.title, who(t), t.day])).toEqual([
      ['React Compiler in the wild', ['Théo Vasseur @ Doctolib'], 'First day'],
      ['The platform is a product', ['Kari Nordmann @ Vipps MobilePay'], 'First day'],
      ['Java at 30', ['Brian Holt @ Oracle'], 'First day'],
      ['Chaos engineering for the rest of us', ['Ioana Marin @ Bitdefender'], 'Jeudi'],
      ['Le front, autrement', ['Claire Moreau @ Ouest-France'], 'Jeudi'],
    ]);
  });

  it('leaves the note-taker, the audience’s question and a link to come out of the summary', () => {
    expect(talks.map((t) => t.summary)).toEqual([
      'The compiler removed most useMemo calls.',
      'Kari Nordmann (Vipps MobilePay) opened the first day. Her point: nobody would choose it.',
      'Java is fine.',
      'game days.',
      'moins de JavaScript.',
    ]);
  });
});

describe('the conference of a post', () => {
  it('is named by a `conference:` key, or by more title forms', () => {
    const { event } = post(
      '---',
      'conference: Craft Conference 2025',
      '---',
      '',
      '## Talk by Ana Ruiz',
    );
    expect(event.name).toBe('Craft Conference 2025');
    expect(conferenceName('Appunti dal Codemotion Torino 2025')).toBe('Codemotion Torino 2025');
    expect(conferenceName('KubeSummit Warsaw 2025 – Conference Report')).toBe(
      'KubeSummit Warsaw 2025',
    );
  });

  it('is one per `#` heading in a newsletter about two conferences', () => {
    const { event, more, talks } = post(
      '---',
      'title: "Spring 2025 conference newsletter"',
      '---',
      '',
      '# JavaDays Tallinn 2025',
      '',
      '## Virtual threads in production — Kaarel Tamm (Wise)',
      '',
      '# DataBalt Riga 2025',
      '',
      '## Lakehouse without tears — Jānis Bērziņš (Printful)',
    );
    expect([event, ...(more ?? [])].map((e) => e.name)).toEqual([
      'JavaDays Tallinn 2025',
      'DataBalt Riga 2025',
    ]);
    expect(talks.map((t) => t.event)).toEqual([
      'post-javadays-tallinn-2025',
      'post-databalt-riga-2025',
    ]);
  });
});
