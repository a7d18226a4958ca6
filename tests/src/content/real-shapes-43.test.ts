import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Shapes of real recaps (r43), written again with invented talks, people and companies. */
describe('favourites told by speaker and subject', () => {
  it('are talks under a line that says it lists them, the subject for a title', () => {
    const { talks } = post(
      '# OxideConf 2031 recap',
      '',
      'There were a lot of really interesting talks! Some of my favourites were:',
      '',
      '- Mirela Vasquez talking about effect systems. The problem: how do you make an async copy, a fallible copy?',
      '- Sol gave a talk about the cursed parts of Unix signals',
      '- Teodor Lindahl talked about const functions -- I love compile-time code.',
      '- Priya Raman gave a fascinating talk about bioinformatics, and how she uses Rust for genomes.',
      '',
      'Outside the talks there was a quiz, and I won a book by Ann Berg.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Effect systems', ['Mirela Vasquez']],
      ['Const functions', ['Teodor Lindahl']],
      ['Bioinformatics', ['Priya Raman']],
    ]);
    expect(talks[2]?.summary).toMatch(/genomes/);
    expect(JSON.stringify(talks.map((t) => t.notes))).not.toMatch(/quiz/);
  });

  it('are no talks without such a line, nor where a topic is the subject', () => {
    expect(
      post(
        '# OxideConf 2031 recap',
        '',
        '- Mirela Vasquez talking about effect systems.',
        '- Teodor Lindahl talked about const functions.',
      ).talks,
    ).toEqual([]);
    expect(
      post(
        '# OxideConf 2031 recap',
        '',
        'Some of my favourite talks:',
        '',
        '- Event Sourcing talks about history. Worth it.',
        '- Feature Flags talk about rot.',
      ).talks.flatMap((t) => who(t)),
    ).toEqual([]);
  });
});

describe('"Name, Company: Title" where the title reads as a name too', () => {
  it('gives the person with the company and the given name the talk', () => {
    const { talks } = post(
      '# Web Summit 2031: day 1 keynotes',
      '',
      'Here are some random notes from the keynotes.',
      '',
      '**Tim Halvorsen, Halvorsen Media: Halvorsen Radar**',
      '',
      '- Meaning does not have to be formalized.',
      '',
      '**John Maeda, Rhode Island School of Design: "Open Source Administration"**',
      '',
      '- The pendulum swung towards tech and is swinging back.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Halvorsen Radar', ['Tim Halvorsen @ Halvorsen Media']],
      ['Open Source Administration', ['John Maeda @ Rhode Island School of Design']],
    ]);
  });
});
