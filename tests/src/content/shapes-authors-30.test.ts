import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';
import { post, who } from './shape-fixture.ts';

/** Round N12: the gaps the last round left, each as a class. */

describe('bold talk lines of "Name, Company" whose company reads like a name', () => {
  it('reads each as one person of a company where the other lines write people so, else two', () => {
    const { talks } = post(
      '# Brightwater Dev Days 2025',
      '',
      '**Sharding without tears** — Noor Haddad, Grafana Labs',
      'Range sharding first.',
      '',
      '**Shipping on Fridays** — Ilse Brandt, Thoughtworks',
      '',
      '- **Edge caches that forget** — Tiago Ramos, Mercado Libre',
      '- **Typed queues** — Wen Zhou, Spotify',
    );
    expect(talks.map(who)).toEqual([
      ['Noor Haddad @ Grafana Labs'],
      ['Ilse Brandt @ Thoughtworks'],
      ['Tiago Ramos @ Mercado Libre'],
      ['Wen Zhou @ Spotify'],
    ]);
    // Where no line names a company after a comma, two names stay two people.
    const two = post(
      '# Brightwater Dev Days 2025',
      '',
      '- **Pairing at scale** — Tiago Ramos, Wen Zhou',
      '- **Queues** — Ilse Brandt (Thoughtworks)',
    ).talks;
    expect(two.map(who)).toEqual([['Tiago Ramos', 'Wen Zhou'], ['Ilse Brandt @ Thoughtworks']]);
  });
});

describe('a panel moderated by someone "with" its panelists', () => {
  it('keeps the moderator and every panelist as speakers, out of the notes', () => {
    const { talks } = post(
      '# Harbour Infra Summit 2025',
      '',
      '## Is the platform team a product team?',
      '',
      'Panel moderated by Ama Owusu with Lars Eklund, Mei Tanaka (Fastly) and Rui Costa.',
      '',
      '- nobody agreed on the word "platform"',
    );
    expect(who(talks[0])).toEqual(['Ama Owusu', 'Lars Eklund', 'Mei Tanaka @ Fastly', 'Rui Costa']);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['nobody agreed on the word "platform"']);
  });
});

describe('a section that lists what the author attended before the talks', () => {
  it('"Schedule (what I attended)" is no talk and no topic', () => {
    const { talks, event } = post(
      '# Lakeside JS 2025',
      '',
      '## Schedule (what I attended)',
      '',
      '- Signals in every framework',
      '- Bun in production',
      '',
      '## Signals in every framework — Paz Ortega',
      '',
      '- fine-grained updates',
      '',
      '## Bun in production — Kofi Mensah',
      '',
      '- cold starts halved',
    );
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      ['Signals in every framework', undefined],
      ['Bun in production', undefined],
    ]);
    expect(event.topics).toEqual([]);
  });
});

describe('bold track lines between talk headings', () => {
  it('put the talks after each line in its track, and are no fact of the talk above', () => {
    const { talks, event } = post(
      '# PyHarbour 2025',
      '',
      '**Track: Data**',
      '',
      '### Polars for pandas people — Rita Vaz',
      '',
      '- lazy frames',
      '',
      '### DuckDB in notebooks — Hugo Lind',
      '',
      '- no server at all',
      '',
      '**Track: Web**',
      '',
      '### Async Django, honestly — Cleo Marsh',
      '',
      '- sync views are fine',
    );
    expect(talks.map((t) => [t.title, t.topic, t.track])).toEqual([
      ['Polars for pandas people', 'Data', 'Data'],
      ['DuckDB in notebooks', 'Data', 'Data'],
      ['Async Django, honestly', 'Web', 'Web'],
    ]);
    expect(event.topics).toEqual(['Data', 'Web']);
    // With no such line before the first talk, a line at the end of a talk is its own.
    const own = post(
      '# PyHarbour 2025',
      '',
      '### Polars for pandas people — Rita Vaz',
      '',
      '- lazy frames',
      '',
      '**Track: Data**',
      '',
      '### Async Django, honestly — Cleo Marsh',
      '',
      '- sync views are fine',
      '',
      '**Track: Web**',
    );
    expect(own.talks.map((t) => [t.title, t.track])).toEqual([
      ['Polars for pandas people', 'Data'],
      ['Async Django, honestly', 'Web'],
    ]);
  });
});

describe('the room of a schedule line', () => {
  it('is read between a time and the title, or after a bold time', () => {
    const { talks } = post(
      '# Quarry Conf 2025',
      '',
      '- 11:30 | Main stage | Typed SQL everywhere — Sam Green',
      '- 12:15 · Room B · Caching at the edge — Lea Park',
      '- **14:00, Sala 1** Domain modelling with types — Ana Ruiz',
      '- 15:00 | Track 2 | Queues, again — Bo Chen',
    );
    expect(talks.map((t) => [t.title, t.time, t.room])).toEqual([
      ['Typed SQL everywhere', '11:30', 'Main stage'],
      ['Caching at the edge', '12:15', 'Room B'],
      ['Domain modelling with types', '14:00', 'Sala 1'],
      ['Queues, again', '15:00', undefined],
    ]);
  });

  it('is the column of a grid headed by rooms, which is no track', () => {
    const { talks } = post(
      '# Grid Conf 2025',
      '',
      '| Time | Hall A | Hall B |',
      '|---|---|---|',
      '| 09:00 | Kafka at scale (Ann Lee) | Vue internals (Bo Chen) |',
    );
    expect(talks.map((t) => [t.title, t.room, t.track])).toEqual([
      ['Kafka at scale', 'Hall A', undefined],
      ['Vue internals', 'Hall B', undefined],
    ]);
  });
});

describe("the event's name in a title that joins two brands", () => {
  it('keeps "KubeCon + CloudNativeCon" whole from a bold first line', () => {
    const { event } = post(
      '**KubeCon + CloudNativeCon Europe 2025 - London - Shared notes**',
      '',
      '**Gateway API GA** - Rob Scott, Google',
      '',
      '* HTTPRoute vs Ingress',
    );
    expect(event.name).toBe('KubeCon + CloudNativeCon Europe 2025');
  });
});

describe('a notes file named with spaces and signs', () => {
  const folder = contentFolder('qcon-n12-');

  it('gives an event id one can type', async () => {
    await folder.write({
      'My notes: RustConf 2025 (draft!).md':
        '# RustConf 2025\n\n## Async traits — Niko Ma\n\n- at last\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.events.map((e) => [e.id, e.name])).toEqual([
      ['my-notes-rustconf-2025-draft', 'RustConf 2025'],
    ]);
    expect(library.talks.map((t) => t.event)).toEqual(['my-notes-rustconf-2025-draft']);
  });
});
