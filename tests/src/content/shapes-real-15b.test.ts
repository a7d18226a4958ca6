import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes sites (R15), written again with invented talks and people: a docs site of
 * MDX pages, one talk each, the speaker in a component under the title.
 */

describe("an MDX page of one talk with a <Speaker name='…' /> component", () => {
  const page = [
    '---',
    'sidebar_position: 3',
    '---',
    '',
    "import Speaker from '@site/src/components/Speaker';",
    '',
    '# Queues by default',
    '',
    'Building a queue is easy; keeping it healthy is not.',
    '',
    '<Speaker',
    "  name='Ola Nord'",
    "  position='Staff Engineer at Fjordpay'",
    "  imageUrl='https://img.example/ola.jpg'",
    '/>',
    '',
    '[Slides](https://slides.example/queues)',
    '',
    '## Attendees',
    '* Kim',
    '',
    '## Notes',
    '',
    '### Why queues stall',
    'Backpressure.',
    '',
    '### Tools',
    'A dashboard.',
  ].join('\n');
  const parsed = parseNotes(page, 'docs/day-one/queues.mdx', 'docs-day-one-queues');

  it('is that one talk with its speaker, its parts no talks', () => {
    expect(parsed.talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues by default', ['Ola Nord']],
    ]);
  });
});

describe('an opening section above the one group of talks, a conclusion below it', () => {
  const parsed = post(
    '---',
    'title: "Retour sur le Fjordconf 2026"',
    '---',
    '',
    '## Fjordconf a 10 ans',
    '',
    "Le [teaser](https://www.youtube.com/watch?v=aaaaaaaaaaa) de l'ouverture était drôle.",
    '',
    '## Les confs que nous avons vues',
    '',
    '### Les files en production par Ola Nord',
    'Partitions.',
    '',
    '### Les caches qui oublient par Bo Sten',
    'Éviction.',
    '',
    '### Les flux par Anna Lind',
    'Débit.',
    '',
    '## Conclusion',
    '',
    'À l’année prochaine.',
  );

  it('reads the talks of the group only', () => {
    expect(parsed.talks.map((t) => t.title)).toEqual([
      'Les files en production',
      'Les caches qui oublient',
      'Les flux',
    ]);
  });
});
