import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/** Round N12: French and Czech posts' session kinds, people labels and groups. */

describe("Devoxx's session kinds before a title", () => {
  it('reads "Université :" and "Tools-in-Action :" as kinds, keeping a tool\'s lower case', () => {
    const { talks } = post(
      '# Devoxx Lyon 2025 — mon compte rendu',
      '',
      '## Université : Kubernetes de A à Z',
      '',
      'Animée par Julie Roux et Marc Petit (Clevercloud). Trois heures de kubectl.',
      '',
      '## Tools-in-Action : jbang en 30 minutes (Léa Morel)',
      '',
      '- des scripts Java sans projet',
    );
    expect(talks.map((t) => [t.title, t.kind, who(t)])).toEqual([
      [
        'Kubernetes de A à Z',
        'Deep dive',
        ['Julie Roux @ Clevercloud', 'Marc Petit @ Clevercloud'],
      ],
      ['jbang en 30 minutes', 'Tools in action', ['Léa Morel']],
    ]);
  });
});

describe('a Czech post', () => {
  it('reads "Přednášky" as no topic, and "Vedli: A a B (X)" as two people of X', () => {
    const { talks, event } = post(
      '# Brno Dev Days 2025 — poznámky',
      '',
      '## Přednášky',
      '',
      '### Kontejnery bez démona (Eva Horáková)',
      '',
      '- rootless',
      '',
      '### Workshop: Podman od nuly',
      '',
      'Vedli: Petr Kučera a Jan Beneš (Seznam).',
      '',
      '- quadlety',
    );
    expect(talks.map((t) => [t.title, t.topic, who(t)])).toEqual([
      ['Kontejnery bez démona', undefined, ['Eva Horáková']],
      ['Podman od nuly', undefined, ['Petr Kučera @ Seznam', 'Jan Beneš @ Seznam']],
    ]);
    expect(event.topics).toEqual([]);
  });
});

describe('a post with no title, written on a phone', () => {
  it('names the event its first line names: a brand ending in "Fest", then a city', () => {
    const { event } = post(
      'DevFest Sevilla 2025 — quick notes from my phone 📱 sorry for typos',
      '',
      '"Compose en producción" — Javier Ortiz from Wallapop. They share most UI code now.',
    );
    expect(event.name).toBe('DevFest Sevilla 2025');
  });

  it("names a user group's meetup by its number", () => {
    const { event, talks } = post(
      'Porto Rust User Group — meetup #7, June 2025',
      '',
      'Talk 1: "Borrowing, gently" by Rui Lobo (Farfetch). Good intro.',
    );
    expect(event.name).toBe('Porto Rust User Group #7');
    expect(talks.map((t) => t.title)).toEqual(['Borrowing, gently']);
  });
});

describe('a Korean link text that holds its word', () => {
  it('"발표 영상" (the talk\'s video) is a video link, "발표 자료" its slides', () => {
    const { talks } = post(
      '# if(kakao) 2025 참관 후기',
      '',
      '## 메시지 서버의 10년 — 김민수 (카카오)',
      '',
      '- 초당 수백만 메시지',
      '- [발표 영상](https://conf.example.com/session/101)',
      '- [발표 자료](https://conf.example.com/session/101/deck)',
    );
    expect(talks[0]?.links.map((l) => l.kind)).toEqual(['video', 'slides']);
  });
});
