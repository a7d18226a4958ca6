import { describe, expect, it } from 'vitest';
import type { Library } from '../../../src/model.ts';
import { TalkIndex } from '../../../src/search/talk-index.ts';
import { event, talk } from './subject-fixture.ts';

/** A broad subject no talk names, with talks that say one of its everyday related words. */
const library: Library = {
  events: [event('canal', 'Canalside Web Fest 2023')],
  talks: [
    talk('canal', 'synth', 'Making music in the browser', [
      'She shared the secrets behind her modular rig and a tiny knob box',
    ]),
    talk('canal', 'vaults', 'Keeping secrets out of CI', ['Short-lived tokens only']),
    talk('canal', 'rotate', 'A year of key rotation', [
      'Secrets rotate weekly; permissions are reviewed per team',
    ]),
    talk('canal', 'grid', 'Grid layouts in anger', ['Subgrid finally ships']),
  ],
};

const index = new TalkIndex(library);
const refs = (word: string) =>
  index
    .search([{ word }])
    .top(20)
    .map((hit) => hit.ref.split('/')[1]);

describe('an everyday related word alone is no answer for the broad subject', () => {
  it('finds talks with it in the title or with two related words, not one said in passing', () => {
    const found = refs('security');
    expect(found).toContain('vaults');
    expect(found).toContain('rotate');
    expect(found).not.toContain('synth');
  });
});
