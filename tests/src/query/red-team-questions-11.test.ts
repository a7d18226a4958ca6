import { describe, expect, it } from 'vitest';
import { noneTexts } from '../../../adapters/present/none-words.ts';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round W: questions typed as people type them in Slack or Discord — two questions in
 * one message, a refusal beside what is wanted, the logistics of a conference — over notes of
 * several events, each class on invented notes.
 */

const [RIVER, VAULT] = ['riverconf-2025', 'vaultdays-2024'];
const library = new Bot({
  events: [
    event(RIVER, 'RiverConf 2025', { place: 'Porto, Portugal', dates: '2025-05-06..2025-05-07' }),
    event(VAULT, 'VaultDays 2024', { place: 'Denver, USA', dates: '2024-10-01..2024-10-02' }),
  ],
  talks: [
    talk(RIVER, 'kafka', 'Kafka consumer lag', 'Cooperative rebalancing; autoscaling on lag'),
    talk(RIVER, 'streams', 'Kafka Streams in practice', 'State stores; exactly once'),
    talk(RIVER, 'rust', 'Rust for Java developers', 'Ownership; rewriting a hot path'),
    // Notes that say "also" and "plus": words of a second question, not of the notes.
    talk(RIVER, 'pg', 'Postgres under load', 'Connection storms; see also pgbouncer'),
    talk(RIVER, 'wasm', 'WebAssembly plugins', 'Sandboxed plugins in wasm, plus fuel limits'),
    talk(VAULT, 'k8s-sec', 'Kubernetes security', 'Pod security standards; network policies'),
    talk(VAULT, 'sign', 'Signing images', 'Sign every container image with cosign'),
    talk(VAULT, 'secrets', 'Secrets scanning', 'Security of keys before the commit'),
    talk(VAULT, 'data', 'Data contracts', 'Schemas between data teams'),
    talk(VAULT, 'ai-data', 'AI on your data', 'Embeddings over the data lake'),
  ],
});

describe('two questions in one message', () => {
  it("lists both subjects' talks, each side's best first, not only a talk with both", () => {
    for (const asked of [
      'kafka? also anything on rust',
      'kafka, also rust',
      'kafka? plus rust',
      'rust and also kafka',
    ]) {
      const found = ids(library.ask(asked));
      expect(found, asked).toEqual(expect.arrayContaining(['kafka', 'streams', 'rust']));
      expect(found.slice(0, 2).sort(), asked).toEqual(['kafka', 'rust']);
    }
    const pg = ids(library.ask('any postgres talks? and what about kafka'));
    expect(pg.slice(0, 2)).toEqual(['pg', 'kafka']);
    expect(pg).toContain('streams');
  });

  it('stays one question where nothing adds a second', () => {
    expect(ids(library.ask('kafka? I missed it'))).toEqual(['kafka', 'streams']);
    expect(ids(library.ask('kafka and rust'))).not.toContain('pg');
  });
});

describe('a refusal beside what is wanted, in two clauses', () => {
  it('leaves out what is turned down from the talks asked for', () => {
    for (const asked of [
      'no kubernetes pls, something on security',
      'security talks, no kubernetes please',
      'not kubernetes. anything on security?',
    ]) {
      const found = ids(library.ask(asked));
      expect(found, asked).toContain('secrets');
      expect(found, asked).not.toContain('k8s-sec');
    }
    // "Not interested in …" opening the message: the subject is what is left out, titled so.
    expect(scope(library.ask('not interested in kafka'))?.excluding).toBe('kafka');
    const data = ids(library.ask("I don't want AI talks, what's on data?"));
    expect(data).toContain('data');
    expect(data).not.toContain('ai-data');
    expect(data).not.toContain('kafka');
  });
});

describe('a negation that a title says word for word', () => {
  const outages = new Bot({
    events: [event(VAULT, 'VaultDays 2024')],
    talks: [
      talk(VAULT, 'bank', "The outage at the bank that wasn't an attack", 'A certificate expired'),
      talk(VAULT, 'ddos', 'Surviving a DDoS attack', 'An outage of six hours'),
      talk(VAULT, 'slo', 'SLOs after an outage', 'Error budgets'),
    ],
  });

  it('describes that talk, and leaves no talk out', () => {
    for (const asked of [
      "which talk was about an outage that wasn't an attack",
      "the outage that wasn't an attack",
    ])
      expect(ids(outages.ask(asked))[0], asked).toBe('bank');
  });

  it('still leaves talks out where no title says it', () => {
    const left = ids(outages.ask("outage talks that aren't about attacks"));
    expect(left).toContain('slo');
    expect(left).not.toContain('ddos');
  });
});

describe('getting to a conference and staying there', () => {
  it('is said to be beyond the notes, never a speaker whose name is a word of it', () => {
    const parking = new Bot({
      events: [event(VAULT, 'VaultDays 2024')],
      talks: [
        talk(VAULT, 'outage', 'The bank outage', 'Certificates', {
          speakers: [{ name: 'Helen Park', company: 'Capital One' }],
        }),
        talk(VAULT, 'books', 'Architecture books', 'A book to read on the plane'),
      ],
    });
    for (const asked of [
      'is there parking',
      'where can I park',
      'which hotel should I book',
      'how do I get to the venue',
      'parking?',
    ])
      expect(unknownOf(parking, asked), asked).toBe('travel');
    const at = parking.ask('where can I park at vaultdays');
    expect(scope(at)?.unknown).toBe('travel');
    expect(ids(parking.ask('talks by helen park'))).toEqual(['outage']);
  });

  it("reads next year's edition as one still to come", () => {
    for (const asked of ["when is next year's vaultdays", 'when is next years vaultdays'])
      expect(unknownOf(library, asked), asked).toBe('future');
  });
});

describe('a question pasted from a chat, with a word no talk has', () => {
  const images = new Bot({
    events: [event(VAULT, 'VaultDays 2024')],
    talks: [
      talk(
        VAULT,
        'containers',
        'Container platforms',
        'Base images for every container; image layering; container limits',
      ),
      talk(VAULT, 'sign', 'Supply chain security', 'Sign every container image with cosign'),
      talk(VAULT, 'faq', 'Ask me anything', 'Every question from the audience, answered'),
    ],
  });

  it('finds the talk with every other word, first and alone, saying the word is missing', () => {
    for (const asked of [
      'signing container images standup',
      'hey, quick question — someone in standup mentioned a talk about signing container images, do we have that?',
    ]) {
      const answer = images.ask(asked);
      expect(ids(answer), asked).toEqual(['sign']);
    }
    expect(scope(images.ask('signing container images standup'))?.unmatched).toEqual(['standup']);
  });

  it('reads "quick question" as asking, not as a word of the notes', () => {
    for (const asked of ['quick question: cosign?', 'quick question, any talk on cosign'])
      expect(ids(images.ask(asked)), asked).toEqual(['sign']);
  });
});

describe('signing in and permissions, by the words the notes use for them', () => {
  const access = new Bot({
    events: [event(VAULT, 'VaultDays 2024')],
    talks: [
      talk(VAULT, 'webauthn', 'Passwordless login with WebAuthn', 'Passkeys for customers'),
      talk(VAULT, 'roles', 'Roles that scale', 'RBAC roles exploded; least privilege reviews'),
      talk(VAULT, 'kafka', 'Kafka consumer lag', 'Autoscaling on lag'),
    ],
  });

  it('finds the login talks for authentication, the roles talks for authorization', () => {
    for (const asked of ['authentication', 'authn', '2fa', 'mfa', 'authentication talks'])
      expect(ids(access.ask(asked)), asked).toEqual(['webauthn']);
    for (const asked of ['authorization', 'authz'])
      expect(ids(access.ask(asked)), asked).toEqual(['roles']);
  });
});

describe('a continent of two words, and a place before the word for events', () => {
  const places = new Bot({
    events: [
      event('tor-2025', 'MapleConf 2025', { place: 'Toronto, Canada' }),
      event('aus-2025', 'LoneStar Days 2025', { place: 'Austin, USA' }),
      event('den-2024', 'Mile High Data 2024', { place: 'Denver, USA' }),
      event('lis-2025', 'HarbourDev 2025', { place: 'Lisbon, Portugal' }),
    ],
    talks: [
      talk('tor-2025', 'rag', 'RAG that works', 'Chunking; reranking'),
      talk('aus-2025', 'sbom', 'SBOMs in practice', 'Syft and Grype'),
      talk('den-2024', 'kafka', 'Kafka ingestion', 'Consumer lag'),
      talk('lis-2025', 'pg', 'Postgres at scale', 'Read replicas; kafka connect'),
    ],
  });

  it('is the events of its countries', () => {
    for (const asked of ['events in north america', 'conferences in north america']) {
      const answer = places.ask(asked);
      expect(answer.kind === 'events' && [...answer.events.map((e) => e.id)].sort(), asked).toEqual(
        ['aus-2025', 'den-2024', 'tor-2025'],
      );
    }
    expect(ids(places.ask('kafka talks in north america'))).toEqual(['kafka']);
    expect(ids(places.ask('north american events')).sort()).toEqual(['kafka', 'rag', 'sbom']);
  });

  it('names every event of that place, where one alone does not answer', () => {
    expect(ids(places.ask('the american conferences')).sort()).toEqual(['kafka', 'sbom']);
  });
});

describe('the talk before or after another, in notes that give no times', () => {
  const day = (id: string, title: string, notes: string, date: string) =>
    talk('denver-2024', id, title, notes, { date });
  const untimed = new Bot({
    events: [event('denver-2024', 'Mile High Data 2024', { dates: '2024-09-17..2024-09-18' })],
    talks: [
      day('slow', 'Your queries are slow', 'pg_stat_statements', '2024-09-17'),
      day('storage', 'Storage costs', 'S3 lifecycle tiers', '2024-09-17'),
      day('graphql', 'REST vs GraphQL', 'Caching is harder', '2024-09-17'),
      day('heroku', 'Off Heroku', 'Forty apps moved', '2024-09-17'),
      day('loom', 'Virtual threads', 'Java 21', '2024-09-18'),
    ],
  });

  it("is the neighbour in the notes' order of its day", () => {
    expect(ids(untimed.ask('what was before the graphql talk'))).toEqual(['storage']);
    expect(ids(untimed.ask('what came after the storage talk'))).toEqual(['graphql']);
  });

  it('is that talk, said to end its day, at either end of it', () => {
    const last = untimed.ask('what came after the heroku talk');
    expect(ids(last)).toEqual(['heroku']);
    expect(scope(last)?.edge).toBe('last');
  });
});

describe('words typed as a day, a comparison or a phrase, that are words of the notes', () => {
  const week = new Bot({
    events: [event('chi-2026', 'ShipFast 2026', { dates: '2026-06-19..2026-06-19' })],
    talks: [
      talk('chi-2026', 'friday', 'Deploy on Friday', 'Small batches', { date: '2026-06-19' }),
      talk('chi-2026', 'outage', 'The bank outage', 'A certificate expired on a Friday night', {
        date: '2026-06-19',
      }),
      talk('chi-2026', 'rest', 'REST vs GraphQL', 'Caching is harder', { date: '2026-06-19' }),
      talk('chi-2026', 'heroku', 'Off Heroku', 'Forty apps moved', { date: '2026-06-19' }),
      talk('chi-2026', 'sbom', 'SBOMs in practice', 'Syft on every build', { date: '2026-06-19' }),
      talk('chi-2026', 'bill', 'Cutting the cloud bill', 'Spot instances', { date: '2026-06-19' }),
    ],
  });

  it('reads "mentioning friday" as the word, not the day', () => {
    for (const asked of ['talks mentioning friday', 'which talk mentioned friday'])
      expect(ids(week.ask(asked)).sort(), asked).toEqual(['friday', 'outage']);
    expect(week.ask('talks on friday')).toMatchObject({ kind: 'talks', total: 6 });
  });

  it('reads a title with "vs" in a schedule question as that talk', () => {
    expect(ids(week.ask('what came after the rest vs graphql talk'))).toEqual(['heroku']);
  });

  it('reads "bill of materials" as the SBOM, not a bill', () => {
    expect(ids(week.ask('bill of materials'))).toEqual(['sbom']);
  });
});

describe('a "no match" that can say why', () => {
  const apart = new Bot({
    events: [event(VAULT, 'VaultDays 2024')],
    talks: [
      talk(VAULT, 'k8s', 'Kubernetes security', 'Pod security standards'),
      talk(VAULT, 'k8s-cost', 'Kubernetes cost control', 'Karpenter'),
      talk(VAULT, 'k8s-ops', 'Kubernetes operators', 'Reconcile loops'),
      talk(VAULT, 'rbac', 'Role-based access control that scales', 'RBAC roles exploded'),
    ],
  });

  it('names the words the notes have apart, or the one word no talk mentions', () => {
    const both = apart.ask('kubernetes rbac');
    expect(both).toMatchObject({ kind: 'none', apart: ['kubernetes', 'rbac'] });
    expect(noneTexts(both as Extract<typeof both, { kind: 'none' }>).title).toBe(
      'No talk mentions “kubernetes rbac”: the notes have “kubernetes” and “rbac” only in different talks',
    );
    const one = apart.ask('kubernetes zorblax');
    expect(one).toMatchObject({ kind: 'none', unmatched: ['zorblax'] });
  });

  it('says nothing it cannot tell: an event, a number, a word read as another', () => {
    const at = apart.ask('kubernetes rbac at vaultdays');
    expect(at.kind === 'none' && at.apart).toEqual(['kubernetes', 'rbac']);
    for (const asked of ['k8s rbac', 'kubernetes 1.31 rbac'])
      expect(apart.ask(asked), asked).not.toHaveProperty('apart');
  });
});

describe('who moderated a panel', () => {
  it('is a way of asking who was on it, not a word said to be missing', () => {
    const panels = new Bot({
      events: [event(VAULT, 'VaultDays 2024')],
      talks: [
        talk(VAULT, 'owns', 'Closing panel: who owns security?', 'Security champions', {
          kind: 'Panel',
          speakers: [{ name: 'Marcus Webb' }, { name: 'Helen Park' }],
        }),
        talk(VAULT, 'roles', 'Roles that scale', 'RBAC roles exploded'),
      ],
    });
    const answer = panels.ask('who moderated the closing panel');
    expect(ids(answer)).toEqual(['owns']);
    expect(scope(answer)?.unmatched).toBeUndefined();
    expect(answer).toMatchObject({ focus: 'speakers' });
  });
});

describe('a name and its version typed together', () => {
  const versions = new Bot({
    events: [event(RIVER, 'RiverConf 2025')],
    talks: [
      talk(
        RIVER,
        'h3',
        'HTTP/3 for internal APIs',
        'QUIC between services; HTTP/2 stays at the edge',
      ),
      talk(RIVER, 'h2', 'HTTP/2 push is dead', 'Early hints instead'),
      talk(RIVER, 'j21', 'Java 21 virtual threads', 'Pinning; structured concurrency'),
      talk(RIVER, 'j8', 'Leaving Java 8 behind', 'Modules and records'),
    ],
  });

  it("finds the version the notes write apart ('http3' is HTTP/3), and 'jdk' is Java", () => {
    expect(ids(versions.ask('http3'))).toEqual(['h3']);
    expect(ids(versions.ask('java21'))).toEqual(['j21']);
    expect(ids(versions.ask('jdk 21'))).toEqual(['j21']);
  });
});
