import { describe, expect, it } from 'vitest';
import { post } from './shape-fixture.ts';

/**
 * A recap whose one talk heading reads "Name: Title", with no other heading to vote on how the
 * post names speakers (the shape of a real German OTMR 2018 recap). Invented people and talks.
 */
describe('a "Name: Title" heading whose notes speak of the person', () => {
  it('is that person\'s talk where the notes call them by the first name and say "er"', () => {
    const parsed = post(
      '# Werkstatt-Tag 2031 Recap',
      '',
      '## Keynote: Ilka Brenner',
      '',
      'Die Keynote von Ilka Brenner eröffnete den Tag.',
      '',
      '## Jannik Osterholt: Digitalisierung bei Stahlwerk',
      '',
      'Jannik war einst Blogger. Seit einiger Zeit ist er bei Stahlwerk für Inhalte zuständig.',
    );
    const talk = parsed.talks.find((t) => t.title.includes('Digitalisierung'));
    expect(talk?.title).toBe('Digitalisierung bei Stahlwerk');
    expect(talk?.speakers.map((s) => s.name)).toEqual(['Jannik Osterholt']);
  });

  it('is so in English too ("Tobiah is …, he …")', () => {
    const parsed = post(
      '## Tobiah Wrenfield: Shipping on Fridays',
      '',
      'Tobiah ran operations at a bank for years. Now he builds deploy tooling.',
    );
    expect(parsed.talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Shipping on Fridays', ['Tobiah Wrenfield']],
    ]);
  });

  it('stays a title where the words before the colon are only a subject of the notes', () => {
    // "Apache" is said with "Kafka" only: the notes speak of the product, whoever "he" is.
    const kafka = post(
      '## Apache Kafka: Streams in Practice',
      '',
      'The Apache Kafka log is shared by all. He showed three topologies.',
    );
    expect(kafka.talks.map((t) => [t.title, t.speakers.length])).toEqual([
      ['Apache Kafka: Streams in Practice', 0],
    ]);
    // No one is "he" or "she" in the notes.
    const mesh = post(
      '## Service Mesh: Lessons Learned',
      '',
      'Service discovery was the first win. Mesh sidecars came later.',
    );
    expect(mesh.talks.map((t) => [t.title, t.speakers.length])).toEqual([
      ['Service Mesh: Lessons Learned', 0],
    ]);
  });
});
