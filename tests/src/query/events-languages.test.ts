import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import { listNotes, listTitle } from '../../../adapters/present/words.ts';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { event, ids, slides, talk, video } from './library-fixture.ts';

/**
 * Events named in full, loosely or alone; questions in other languages; schedule edges; links
 * pasted; what the notes do not record. A second red team's findings, as rules.
 */

const LAGOON = 'lagoon-2025';
const PYCORK = 'pycork-2024';
const PYSUR = 'pysur-2025';
const CAIPI = 'caipi-2025';
const TIDE = 'tide-2025';
const QCON = 'qcon-2016';
const MEET = 'meetup-utrecht';

const library: Library = {
  events: [
    event(LAGOON, 'Frontend Lagoon 2025'),
    event(PYCORK, 'PyHarbour 2024', { tags: ['python'] }),
    event(PYSUR, 'PyDay Andalucía 2025'),
    event(CAIPI, 'Caipirinha.js 2025'),
    event(TIDE, 'Tidewater DevOpsDays 2025', { dates: '2025-10-06..2025-10-08' }),
    event(QCON, 'QCon New York 2016', { tags: ['devops'], topics: ['Devops'] }),
    event(MEET, 'PlatformCon Local Utrecht'),
  ],
  talks: [
    talk(LAGOON, 'bundler', 'The end of the bundler?', 'Native ESM and import maps', {
      speakers: [{ name: 'Giulia Ferrante' }],
    }),
    talk(LAGOON, 'css', 'CSS anchor positioning is here', 'Tooltips without JavaScript', {
      speakers: [{ name: 'Chloé Martin' }],
    }),
    talk(LAGOON, 'microfe', 'Micro-frontends, five years later', 'Module federation regrets', {
      links: [video('https://vimeo.com/876543210')],
    }),
    talk(LAGOON, 'web', 'The web is for everyone', 'Accessibility is the baseline', {
      kind: 'Keynote',
    }),
    talk(PYCORK, 'packaging', 'Packaging in 2024', 'uv and pyproject; Python packaging is fine', {
      time: '10:00',
      date: '2024-10-03',
    }),
    talk(PYCORK, 'owes', 'What Python owes to its users', 'Error messages matter', {
      kind: 'Keynote',
      speakers: [{ name: 'Mary-Kate Donnelly', company: 'University College Cork' }],
      time: '09:00',
      date: '2024-10-03',
    }),
    talk(
      PYSUR,
      'polars',
      'Polars para pandas-adictos',
      'Es mucho más rápido que pandas para los datos',
      {
        links: [slides('https://slides.com/jm/polars')],
      },
    ),
    talk(
      PYSUR,
      'fastapi',
      'FastAPI de cero a producción',
      'Un taller con los tests y la base de datos',
      {
        kind: 'Workshop',
        speakers: [{ name: 'Elena Navarro' }],
      },
    ),
    talk(
      PYSUR,
      'comunidad',
      'Comunidad Python en el sur',
      'Faltan meetups fuera de Málaga y Sevilla',
      {
        kind: 'Panel',
      },
    ),
    talk(
      CAIPI,
      'ts',
      'TypeScript sem medo',
      'Não é tão difícil, mas tem muito para aprender com os tipos',
      {},
    ),
    talk(
      CAIPI,
      'a11y',
      'Acessibilidade não é feature',
      'Leitores de tela são para todos e não é opcional',
      {
        links: [video('https://www.youtube.com/watch?v=PtBrA11y001')],
      },
    ),
    talk(
      CAIPI,
      'futuro',
      'O futuro do front-end no Brasil',
      'Mais frameworks do que nunca, isso é bom',
      {
        kind: 'Panel',
      },
    ),
    talk(TIDE, 'verb', 'DevOps is a verb', 'Culture talk', {
      kind: 'Keynote',
      date: '2025-10-07',
      time: '09:00',
    }),
    talk(TIDE, 'argo', 'Progressive delivery with Argo Rollouts', 'Canary analysis', {
      date: '2025-10-07',
      time: '10:00',
      links: [video('https://youtu.be/ArgoRo11outs')],
    }),
    talk(TIDE, 'slo', 'Build your own SLO dashboard', 'Grafana lab', {
      kind: 'Workshop',
      date: '2025-10-07',
      time: '11:00',
    }),
    talk(QCON, 'iac', 'Implementing Infrastructure as Code', 'Config drift; devops automation', {
      topic: 'Devops',
      date: '2016-06-14',
      links: [
        {
          kind: 'see-also',
          text: 'post',
          url: 'http://example.com/2016/04/yodle-hackathon-april-2016/',
        },
      ],
    }),
    talk(MEET, 'backstage', 'Backstage, two years in', 'A developer portal', {
      links: [video('https://youtu.be/Backstage22')],
    }),
  ],
};

const bot = new Bot(library);
const ask = (question: string) => bot.ask(question);
const found = (question: string) => ids(ask(question));
const ofEvent = (id: string) => library.talks.filter((t) => t.event === id).map((t) => t.id);
const scopeOf = (answer: Answer) => (answer.kind === 'talks' ? answer.scope : undefined);
const notes = (answer: Answer) =>
  answer.kind === 'talks' ? listNotes({ ...answer, page: 1, pageCount: 1 }) : [];

describe('an event named in full', () => {
  it('reads a name with a topic word in it as the event, not the topic', () => {
    expect(found('frontend lagoon').sort()).toEqual(ofEvent(LAGOON).sort());
    expect(ask('how many talks at frontend lagoon')).toMatchObject({
      kind: 'talks',
      total: ofEvent(LAGOON).length,
      scope: { event: LAGOON },
    });
    expect(found('what were the keynotes at frontend lagoon')).toEqual(['web']);
  });

  it('gives the last talk of an event without times from the end of its notes', () => {
    expect(found('the last talk at frontend lagoon')[0]).toBe('web');
  });

  it('lists the talks of an event named alone, and its dates when asked when', () => {
    expect(ask('caipirinha')).toMatchObject({
      kind: 'talks',
      total: ofEvent(CAIPI).length,
      scope: { kind: 'list', event: CAIPI },
    });
    expect(found('what was at tidewater').sort()).toEqual(ofEvent(TIDE).sort());
    expect(found('which workshops were there at tidewater')).toEqual(['slo']);
    expect(ask('when was tidewater')).toMatchObject({ kind: 'events', events: [{ id: TIDE }] });
  });
});

describe('an event described, not named', () => {
  it('finds it by its place, its kind, the language of its notes', () => {
    expect(found('the cork python conf').sort()).toEqual(ofEvent(PYCORK).sort());
    expect(found('talks at the python conference in spain').sort()).toEqual(ofEvent(PYSUR).sort());
    expect(found('the spanish python event').sort()).toEqual(ofEvent(PYSUR).sort());
    expect(found('the brazilian frontend event').sort()).toEqual(ofEvent(CAIPI).sort());
    expect(found('the devops conference').sort()).toEqual(ofEvent(TIDE).sort());
  });

  it('leaves a talk called "the … one" to the words, when no event is described so', () => {
    expect(found('the argo one')).toEqual(['argo']);
  });
});

describe('questions in other languages', () => {
  it('gives their question words no weight, elisions included', () => {
    expect(found('chi ha parlato di CSS?')).toEqual(['css']);
    expect(found('ci sono talk su Backstage?')).toEqual(['backstage']);
    expect(found('welke talks gingen over Backstage?')).toEqual(['backstage']);
    expect(found('wie sprak er over Backstage?')).toEqual(['backstage']);
    expect(found("y a-t-il une présentation sur l'accessibility ?")).toContain('web');
  });

  it('reads their kinds of session, and does not correct their verbs into English words', () => {
    expect(found('¿quién dio el taller de FastAPI?')).toEqual(['fastapi']);
    expect(found('¿hubo alguna mesa redonda?').sort()).toEqual(['comunidad', 'futuro']);
    expect(found('welke talks hadden een video?').sort()).toEqual([
      'a11y',
      'argo',
      'backstage',
      'microfe',
    ]);
    const pt = ask('quantas palestras teve no caipirinha?');
    expect(pt).toMatchObject({ kind: 'talks', total: ofEvent(CAIPI).length });
  });

  it('titles the answer by what was typed, with no correction that changed nothing', () => {
    const answer = ask('chi ha parlato di CSS?');
    expect(answer.kind === 'talks' && listTitle(answer)).toContain('chi ha parlato di CSS?');
    expect(notes(answer).join(' ')).not.toMatch(/Showing results/);
  });
});

describe('the schedule’s edges', () => {
  it('says a talk opened its day when asked what came before it', () => {
    const answer = ask('right before the python owes talk');
    expect(ids(answer)).toEqual(['owes']);
    expect(notes(answer).join(' ')).toMatch(/Nothing came before it/);
  });

  it('finds a talk titled with an ordinal ("the closing panel") by its title', () => {
    expect(found('what came after the devops is a verb talk')).toEqual(['argo']);
  });

  it('says none lacks a link when every talk of the event has it', () => {
    const answer = ask('utrecht talks without video');
    expect(answer).toMatchObject({ kind: 'talks', total: 0 });
    // Why none is the answer's title, never "0 talks".
    expect(answer.kind === 'talks' && listTitle(answer)).toBe(
      'Every talk asked about has a video.',
    );
    expect(ask('tidewater talks without video')).toMatchObject({ kind: 'talks', total: 2 });
  });

  it('never takes an event without dates for the oldest, nor a month from an address', () => {
    expect(ask('the oldest conference')).toMatchObject({ events: [{ id: QCON }] });
    expect(found('talks in april')).toEqual(['none']);
  });

  it('hears a channel named after "in" as where the question was asked', () => {
    expect(found('argo talk in #delivery')).toEqual(['argo']);
  });
});

describe('wording and misfires', () => {
  it('takes a pasted address of a talk’s link for that talk, however YouTube is linked', () => {
    expect(found('https://youtube.com/watch?v=ArgoRo11outs')).toEqual(['argo']);
    expect(found('which talk is https://youtu.be/PtBrA11y001')).toEqual(['a11y']);
  });

  it('reads a well-known emoji as its subject, and any other as no subject', () => {
    expect(found('🐍 talks')).toContain('owes');
    expect(found(':snake: talks')).toContain('owes');
    expect(found('🔥 talks')).toEqual(['none']);
  });

  it('asks which talk for a follow-up pointing at one by its kind', () => {
    expect(ask('who else was on that panel?')).toMatchObject({
      kind: 'none',
      reason: 'which-talk',
    });
    expect(ask('the one where it was -24')).not.toMatchObject({ reason: 'which-talk' });
  });

  it('reads minutes as a talk’s length only when talks are asked about', () => {
    const answer = ask('our tests take 40 minutes with pandas, ideas?');
    expect(scopeOf(answer)?.unknown).toBeUndefined();
    expect(ask('what should I watch if I only have 30 minutes?')).toMatchObject({
      unknown: 'durations',
    });
  });

  it('says attendance is beyond the notes rather than count the speakers', () => {
    const answer = ask('how many people attended tidewater');
    expect(scopeOf(answer)).toMatchObject({ unknown: 'attendance', event: TIDE });
    expect(scopeOf(answer)?.tally).toBeUndefined();
  });

  it('says the notes give no price rather than that no price exists', () => {
    const answer = ask('how much did the tickets cost?');
    expect(answer.kind === 'none' && noneTexts(answer).title).toMatch(
      /cannot answer ticket prices/,
    );
  });
});

describe('quoted sayings and what a negation leaves out', () => {
  const library: Library = {
    events: [
      { id: 'pyday-2025', name: 'PyDay 2025', tags: [], topics: [], file: 'p.md' },
      { id: 'kubecon-2025', name: 'KubeCon 2025', tags: [], topics: [], file: 'k.md' },
    ],
    talks: [
      talk('pyday-2025', 'typing', 'Typing at scale', 'mypy strict mode; types are docs'),
      talk(
        'pyday-2025',
        'packaging',
        'Packaging in 2025',
        'uv is fast; python packaging is fine now',
      ),
      talk(
        'kubecon-2025',
        'secrets',
        'Secrets without Vault',
        'External Secrets Operator is boring, and boring is the point',
      ),
      talk(
        'kubecon-2025',
        'boring',
        'The boring cloud',
        'managed services are not boring; choose old services',
      ),
    ],
  };
  const bot = new Bot(library);

  it('finds the talk whose notes say the quoted words side by side, not one that shares a word', async () => {
    expect(ids(await bot.ask('the talk where they said "boring is the point"'))).toEqual([
      'secrets',
    ]);
  });

  it('leaves out the talks that say the words and those of an event named so', async () => {
    // "python" also finds PyDay's other talks by the event's name; "not about python" leaves
    // them out too: PyDay's mypy talk is a Python talk (round q49).
    expect(ids(await bot.ask('python'))).toEqual(['packaging', 'typing']);
    expect(ids(await bot.ask('talks not about python'))).toEqual(['secrets', 'boring']);
  });
});
