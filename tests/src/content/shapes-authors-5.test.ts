import { describe, expect, it } from 'vitest';
import { kinds, shape, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (5): each fixture invented for these tests. */

describe('panels: "Moderator: …" and "Panelists: …" lines, "Moderated by …", "Host: … Guests: …"', () => {
  const { talks } = shape('panel-people');
  const byTitle = (title: string) => talks.find((t) => t.title === title);

  it('finds every person on the panel, moderator first, and none of them in the notes', () => {
    const panel = byTitle('The future of platform teams');
    expect(who(panel)).toEqual(['Ingrid Solberg', 'Mateo Ruiz', 'Aiko Tanabe', 'Lars Eriksen']);
    expect(panel?.summary).toBe(
      'They argued about whether platform teams should own golden paths or only paved roads.',
    );
    expect(who(byTitle('Hiring after the layoffs'))).toEqual(['Priya Raman']);
    const roundtable = byTitle('Observability roundtable');
    expect(who(roundtable)).toEqual(['Tomasz Nowak', 'Fatou Diallo', 'Jonas Weber']);
    expect(roundtable?.summary).toMatch(/^Sampling is the hard part/);
  });

  it('does not take "Host: a cluster of …" for a person: it stays a note', () => {
    const lab = byTitle('Home lab clusters');
    expect(lab?.speakers).toEqual([]);
    expect(lab?.summary).toMatch(/^Host: a cluster of eight single-board computers/);
  });
});

describe('recordings and decks embedded by the blog: shortcodes, players, MDX components', () => {
  const { talks } = shape('embedded-media');
  const links = (title: string) =>
    talks.find((t) => t.title === title)?.links.map((l) => [l.kind, l.url]);

  it('gives each talk the video or slides its embed shows', () => {
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([
      ['Java 25 in practice', ['video']],
      ['Virtual threads under load', ['video']],
      ['Spring Boot 4 deep dive', ['video', 'slides']],
      ['Valhalla, finally', ['slides']],
      ['Leyden and startup time', ['video']],
    ]);
    expect(links('Spring Boot 4 deep dive')).toEqual([
      ['video', 'https://www.youtube.com/watch?v=3x3bT9rE-Ec'],
      ['slides', 'https://speakerdeck.com/player/4f6a3b2c1d9e'],
    ]);
    expect(links('Virtual threads under load')).toEqual([
      ['video', 'https://www.youtube-nocookie.com/embed/zPhkg8dYysY'],
    ]);
    expect(links('Leyden and startup time')).toEqual([['video', 'https://vimeo.com/987654321']]);
  });

  it('leaves out an embed that is neither, such as a map of the venue', () => {
    expect(links('Valhalla, finally')).toEqual([
      ['slides', 'https://speakerdeck.com/player/0123abcd4567'],
    ]);
  });
});
