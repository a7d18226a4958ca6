import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { contentFolder } from './folder-fixture.ts';
import { post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (29c): vaults, tracks, titles; invented for these tests. */

const folder = contentFolder('qcon-shapes-29c-');

describe("a vault's daily notes, maps of content and people's pages beside notes of talks", () => {
  it('are no events, and one warning says why instead of one or two per page', async () => {
    await folder.write({
      'Vault/Talks MOC.md': '# Talks MOC\n\n- [[LambdaDays Oslo 2025]]\n- [[Ideas]]\n',
      'Vault/Daily/2025-06-03.md': '# 2025-06-03\n\n## Todo\n\n- [ ] write up the talks\n',
      'Vault/People/Ingrid Solli.md':
        '# Ingrid Solli\n\n## Talks\n\n- Effects, gently\n\n## Books\n\n- none\n',
      'Vault/Conferences/LambdaDays Oslo 2025.md':
        '# LambdaDays Oslo 2025\n\n## Effects, gently — Ingrid Solli\n\n- algebraic effects\n',
    });
    const { library, problems } = await loadContent(folder.dir);
    expect(library.events.map((e) => e.name)).toEqual(['LambdaDays Oslo 2025']);
    expect(library.talks.map((t) => t.title)).toEqual(['Effects, gently']);
    expect(problems.map((p) => p.message)).toEqual([
      `3 pages of the vault (daily notes, maps of content, people's pages: "Talks MOC.md" and others) are not read as notes of talks`,
    ]);
  });
});

describe('tracks and topics', () => {
  it('reads "Track A: …" and Portuguese "Trilha …" groups as the track, without the word', () => {
    const parsed = post(
      '# InfraCamp 2025',
      '',
      '## Track A: Developer experience',
      '',
      '### Paved roads — Oda Lien (Posten)',
      '',
      '- golden paths',
      '',
      '## Trilha Cloud',
      '',
      '### FinOps na prática — Lia Souza (Nubank)',
      '',
      '- tags',
    );
    expect(parsed.talks.map((t) => [t.topic, t.track])).toEqual([
      ['Developer experience', 'Developer experience'],
      ['Cloud', 'Cloud'],
    ]);
  });
});

describe('the event a title names', () => {
  it('leaves out the team before "went to", and a place and "Shared notes" after the name', () => {
    const name = (title: string) =>
      post(`# ${title}`, '', '## Talk one — Ana Lima (Acme)', '', '- x').event.name;
    expect(
      name('Our team at Corvid Labs went to BuildConf Lyon 2025 — here is what we learned'),
    ).toBe('BuildConf Lyon 2025');
    expect(name('KubeDay + MeshDay Europe 2025 - Madrid - Shared notes')).toBe(
      'KubeDay + MeshDay Europe 2025',
    );
  });
});

describe('a slide-notes page titled only by its file name', () => {
  it('is that one talk, its speaker in the first bullets', () => {
    const parsed = parseNotes(
      [
        '- Slides: https://speakerdeck.com/olu/zero-trust-tiny',
        '- Speaker: Olu Adebayo (SecureNest)',
        '- start with identity, not the network',
        '- device posture is the hard part',
      ].join('\n'),
      'bsides-lisbon-2025/Zero trust for tiny teams.md',
      'bsides-lisbon-2025',
    );
    expect(parsed.talks.map((t) => [t.title, who(t), t.links.map((l) => l.kind)])).toEqual([
      ['Zero trust for tiny teams', ['Olu Adebayo @ SecureNest'], ['slides']],
    ]);
    expect(parsed.talks[0]?.notes.map((n) => n.text)).toEqual([
      'start with identity, not the network',
      'device posture is the hard part',
    ]);
  });
});
