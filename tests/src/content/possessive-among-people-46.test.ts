import { describe, expect, it } from 'vitest';
import { facts, post } from './shape-fixture.ts';

/**
 * A German post's list of highlights: people with what they spoke of, one item a person's talk in
 * the possessive with a role aside and its topic (the shape of a real TEDxDresden post). Invented
 * people and talks.
 */
describe('a person’s talk on a topic among a list of people', () => {
  it('is a talk, its role aside left out, the others no talks', () => {
    const parsed = post(
      '# Das war TEDxElbtal 2031',
      '',
      'Ich war am Sonntag auf der Konferenz. Meine persönlichen Highlights waren:',
      '',
      '- Jana Richter’s Vortrag (Direktorin der Stadtbibliothek) über die Bibliothek der Zukunft',
      '- Tobias Kern, der vom Nordkap nach Sizilien gewandert ist',
      '- Mira Sommer – schwer zu erklären, aber absolut anrührend',
      '- Die Elbtöne als Band',
    );
    expect(facts(parsed.talks).map(({ title, speakers }) => ({ title, speakers }))).toEqual([
      { title: 'Die Bibliothek der Zukunft', speakers: ['Jana Richter'] },
    ]);
  });

  it('reads the same in English, with a company aside', () => {
    const parsed = post(
      '# Harbourconf 2031',
      '',
      'My highlights:',
      '',
      '- Kari Holm’s talk (CTO at Fjordpay) about ferries that schedule themselves',
      '- Tobias Kern, who walked from the North Cape to Sicily',
      '- The band in the evening',
    );
    expect(parsed.talks.map((t) => [t.title, t.speakers[0]?.name])).toEqual([
      ['Ferries that schedule themselves', 'Kari Holm'],
    ]);
  });
});
