import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * "by Dana Arbuckle, Comcast VIPER": a company and its team in capitals after the name read as a
 * second speaker whose family name is in capitals. Invented people and talks.
 */
describe('a company and its team in capitals after a speaker’s name', () => {
  const { talks } = post(
    '# Streamline Summit 2031',
    '',
    '## Case study: Kubernetes at a cable company by Dana Arbuckle, Comcast VIPER',
    '',
    'Notes.',
  );

  it('is the speaker’s company', () => {
    expect(talks[0]?.speakers).toEqual([{ name: 'Dana Arbuckle', company: 'Comcast VIPER' }]);
  });

  it('is still a second speaker after a given name', () => {
    const other = post(
      '# Streamline Summit 2031',
      '',
      '## Radium at scale by Jean Dupont, Marie CURIE',
      '',
      'Notes.',
    );
    expect(other.talks.map(who)).toEqual([['Jean Dupont', 'Marie CURIE']]);
    const both = post(
      '# Mon Devoxx',
      '',
      '### Le cache - Maëlle FOURNIER, Bastien LEGRAND',
      '',
      'Notes.',
    );
    expect(both.talks.map(who)).toEqual([['Maëlle FOURNIER', 'Bastien LEGRAND']]);
  });
});
