import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk, unknownOf } from './library-fixture.ts';

/**
 * Red-team round V: questions typed as people type them in Slack or Discord, shaped by a goal
 * or a problem ("how do we release without downtime", "observability cheap"), over notes of
 * several events, each class on invented notes.
 */

const DOCKS = 'dockside-2025';
/** A talk of Dockside's Monday (10 March) or Tuesday (11 March): [id, title, notes]. */
const on = (date: string, list: [string, string, string][]) =>
  list.map(([id, title, notes]) => talk(DOCKS, id, title, notes, { date }));
const shipping = new Bot({
  events: [event(DOCKS, 'Dockside 2025', { dates: '2025-03-10..2025-03-11' })],
  talks: [
    ...on('2025-03-10', [
      // Given on Monday, saying "merge" in its notes.
      ['review', 'Code review etiquette', 'Merge requests need two approvals'],
      [
        'zdr',
        'Zero-downtime releases',
        'Blue-green and canary releases; expand and contract migrations',
      ],
      ['kafka', 'Kafka consumer lag', 'Cooperative rebalancing; autoscaling on lag'],
    ]),
    ...on('2025-03-11', [
      // Given on Tuesday, titled with Monday.
      ['merge-monday', 'Merge on Monday', 'Small batches; trunk-based development'],
      ['helm', 'Releases on Kubernetes', 'Helm charts and Argo rollouts'],
      ['safer', 'Safer deploys', 'Feature flags and fast rollback'],
      ['o11y', 'Observability on a budget', 'Sampling traces; dropping debug logs'],
      ['llmops', 'MLOps for LLM apps', 'Prompt versioning; cost dashboards per feature'],
      ['finops', 'FinOps for engineers', 'Showback before chargeback'],
      ['sins', 'Seven sins of microservices', 'Shared databases; distributed monoliths'],
    ]),
  ],
});

describe('a weekday that a talk is titled with', () => {
  it('is a word of the title beside its other words, however the question orders them', () => {
    for (const asked of [
      'merge on monday',
      'monday merges',
      'video for merge on monday',
      'the talk about merging on monday',
    ])
      expect(ids(shipping.ask(asked))[0], asked).toBe('merge-monday');
    expect(ids(shipping.ask('merge on monday'))).not.toContain('review');
  });

  it('is still the day alone, or beside words no such title has', () => {
    expect(scope(shipping.ask('talks on monday'))?.kind).toBe('date');
    expect(ids(shipping.ask('talks on monday')).sort()).toEqual(['kafka', 'review', 'zdr']);
    expect(ids(shipping.ask('kafka on monday'))).toEqual(['kafka']);
  });
});

describe('"without" after a goal', () => {
  it('is what the goal must avoid, not talks left out', () => {
    for (const asked of [
      'how do we release without downtime',
      'we need to do releases without downtime, any talks?',
      'is it possible to release without downtime',
    ])
      expect(ids(shipping.ask(asked))[0], asked).toBe('zdr');
  });

  it('still leaves talks out where no goal is asked', () => {
    const left = ids(shipping.ask('releases without kubernetes'));
    expect(left).toContain('zdr');
    expect(left).not.toContain('helm');
  });
});

describe('everyday words of asking', () => {
  it('reads "seen" as a word of asking, never corrected to a word of the notes', () => {
    expect(ids(shipping.ask('has anyone seen the finops talk'))).toEqual(['finops']);
    const answer = shipping.ask('anyone seen the kafka lag talk');
    expect(ids(answer)).toEqual(['kafka']);
    const said = scope(answer);
    expect(said?.kind === 'search' && said.correctedFrom).toBeFalsy();
  });
});

describe('what a thing costs, as people ask it', () => {
  it('finds the talks about its cost or budget for "cheap", "expensive", "save money"', () => {
    expect(ids(shipping.ask('observability cheap'))[0]).toBe('o11y');
    expect(ids(shipping.ask('how to make observability cheaper'))[0]).toBe('o11y');
    expect(ids(shipping.ask('cheaper llm'))).toEqual(['llmops']);
    expect(ids(shipping.ask('are LLMs expensive?'))).toEqual(['llmops']);
    expect(ids(shipping.ask('how to save money on llm apps'))).toEqual(['llmops']);
  });
});

describe('a noun made of a verb ending in y', () => {
  it('finds the talks that say the verb: "deployment" finds deploys', () => {
    for (const asked of ['deployment', 'deployments', 'safer deployments'])
      expect(ids(shipping.ask(asked)), asked).toEqual(['safer']);
  });
});

const [BONN, PORTO] = ['cloudtage-bonn-2024', 'harbourdev-porto-2025'];
const twoWords = new Bot({
  events: [event(BONN, 'Cloud-Tage Bonn 2024'), event(PORTO, 'HarbourDev Porto 2025')],
  talks: [
    talk(BONN, 'kosten', 'Cloud-Kosten im Griff', 'Budgets pro Team in der Cloud'),
    talk(BONN, 'sicher', 'Cloud-Sicherheit', 'Rechte in der Cloud'),
    talk(PORTO, 'zt', 'Zero trust', 'mTLS everywhere', {
      speakers: [{ name: 'Omar Haddad', company: 'Cloudflare' }],
    }),
    talk(PORTO, 'key', 'Boring technology', 'Cloud costs and innovation tokens', {
      kind: 'Keynote',
    }),
    talk(PORTO, 'kafka', 'Kafka in production', 'Consumer lag in the cloud'),
    talk(PORTO, 'ship', 'Shipping every day', 'Small batches; fast rollback'),
  ],
});

describe("an event's name typed in two, one half a subject", () => {
  it('is left out whole, never leaving its first half to name a company', () => {
    for (const asked of ['keynotes at cloud tage', 'keynote at cloud tage'])
      expect(ids(twoWords.ask(asked)), asked).not.toContain('zt');
    const kafka = twoWords.ask('kafka talks at cloud tage');
    expect(ids(kafka)).toEqual(['kafka']);
    expect(scope(kafka)?.dropped).toBe('at cloud tage');
  });
});

describe('what a goal asks of a subject, or how it hurts', () => {
  it('is left out, and said to be, where no talk of the subject says it', () => {
    for (const [asked, left] of [
      ['make shipping safer', 'safer'],
      ['how do we ship safely', 'safely'],
      ['our shipping is scary', 'scary'],
      ['shipping is painful', 'painful'],
    ] as const) {
      const answer = twoWords.ask(asked);
      expect(ids(answer), asked).toEqual(['ship']);
      expect(scope(answer)?.unmatched, asked).toEqual([left]);
    }
  });
});

describe('"anything else like" a talk named by its title', () => {
  const likeness = new Bot({
    events: [event(PORTO, 'HarbourDev Porto 2025')],
    talks: [
      talk(PORTO, 'bill', 'Cutting the cloud bill', 'Spot instances; rightsizing'),
      talk(PORTO, 'finops', 'FinOps for engineers', 'Showback; the cloud bill per team'),
      talk(PORTO, 'kafka', 'Kafka in production', 'Consumer lag'),
    ],
  });

  it('lists the talks like it, not that talk', () => {
    for (const asked of [
      'anything else like cutting the cloud bill',
      'something else like cutting the cloud bill',
    ])
      expect(ids(likeness.ask(asked)), asked).toEqual(['finops']);
  });
});

describe('conferences still to come', () => {
  it('are said to be beyond the notes, which are about conferences that took place', () => {
    for (const asked of [
      'upcoming conferences',
      'next conference',
      'is there a conference next month',
      'any events coming up?',
    ])
      expect(unknownOf(shipping, asked), asked).toBe('future');
  });
});

describe('a city by its name in another language', () => {
  const cities = new Bot({
    events: [
      event('wolke-2024', 'Wolkentage 2024', { place: 'München, Deutschland' }),
      event('porto-2025', 'HarbourDev 2025', { place: 'Lisboa, Portugal' }),
    ],
    talks: [
      talk('wolke-2024', 'k8s', 'Kubernetes-Sicherheit', 'Pod Security Standards'),
      talk('porto-2025', 'kafka', 'Kafka in production', 'Consumer lag'),
    ],
  });

  it('is the city the notes name', () => {
    for (const asked of ['the munich conference', 'talks in munich'])
      expect(ids(cities.ask(asked)), asked).toEqual(['k8s']);
    expect(ids(cities.ask('kafka talks in lisbon'))).toEqual(['kafka']);
    expect(ids(cities.ask('talks in lisbon'))).toEqual(['kafka']);
  });
});

describe('a word no talk has, beside words that find talks', () => {
  it('is said to be missing, so the talks are not taken to be about it', () => {
    const answer = shipping.ask('our kafka consumer lag on openshift');
    expect(ids(answer)).toEqual(['kafka']);
    expect(scope(answer)?.unmatched).toEqual(['openshift']);
  });

  it('is no note where every word is found, or a slip is corrected', () => {
    expect(scope(shipping.ask('kafka consumer lag'))?.unmatched).toBeUndefined();
    expect(scope(shipping.ask('kafka lagg'))?.unmatched).toBeUndefined();
  });
});

describe('chat-speak of the team', () => {
  const infra = new Bot({
    events: [event(PORTO, 'HarbourDev Porto 2025')],
    talks: [
      talk(PORTO, 'modules', 'Terraform modules that do not hurt', 'Small versioned modules'),
      talk(PORTO, 'kafka', 'Kafka in production', 'Consumer lag'),
    ],
  });

  it('reads "tf" as Terraform where the notes never write "tf"', () => {
    expect(ids(infra.ask('tf modules'))).toEqual(['modules']);
    expect(ids(infra.ask('any tf talks?'))).toEqual(['modules']);
  });

  it('greets back "gm", and says goodbye to "brb", "gtg"', () => {
    expect(infra.ask('gm')).toMatchObject({ kind: 'help', greeting: 'hello' });
    for (const asked of ['brb', 'gtg', 'ttyl'])
      expect(infra.ask(asked), asked).toMatchObject({ kind: 'help', greeting: 'bye' });
  });
});

describe('the talk next to one answered before', () => {
  it('asks which talk, as every follow-up does', () => {
    for (const asked of [
      'the one before',
      'the one after',
      'and the talk before?',
      'what came after it',
    ])
      expect(shipping.ask(asked), asked).toMatchObject({ kind: 'none', reason: 'which-talk' });
  });
});

describe('"24/7" in a question', () => {
  it('is all the time: no day (24 July) and no number ("seven")', () => {
    for (const asked of [
      'kafka consumer lag 24/7',
      'our kafka consumers lag 24/7, the sins of our setup',
    ]) {
      const answer = shipping.ask(asked);
      expect(scope(answer)?.kind, asked).toBe('search');
      expect(ids(answer)[0], asked).toBe('kafka');
    }
    expect(ids(shipping.ask('kafka 24x7'))).toEqual(['kafka']);
  });
});

describe('speakers at two events', () => {
  const by = (name: string) => ({ speakers: [{ name, company: 'Stripe' }] });
  const twice = new Bot({
    events: [event('alpha-2024', 'Alpha 2024'), event('beta-2025', 'Beta 2025')],
    talks: [
      talk('alpha-2024', 'k1', 'Kafka in production', 'Consumer lag', by('Ana Ferreira')),
      talk('beta-2025', 'k2', 'Kafka again', 'Rebalancing', by('Ana Ferreira')),
      talk(
        'alpha-2024',
        'eda',
        'Event-driven mistakes',
        'Events are not commands',
        by('Marta Kowal'),
      ),
    ],
  });

  it('are those who spoke at more than one event, not a talk about events', () => {
    for (const asked of ['which speakers were at two events', 'who spoke at two conferences']) {
      const answer = twice.ask(asked);
      expect(ids(answer).sort(), asked).toEqual(['k1', 'k2']);
      expect(scope(answer)?.tally?.names, asked).toEqual([{ name: 'Ana Ferreira', count: 2 }]);
    }
  });
});

describe('a phrase of the field that a hyphenated word elsewhere joins', () => {
  const iac = new Bot({
    events: [event(PORTO, 'HarbourDev Porto 2025')],
    talks: [
      talk(
        PORTO,
        'tf',
        'Terraform modules',
        'Small modules; Policy as code with OPA in the pipeline',
      ),
      talk(
        PORTO,
        'book',
        'Infrastructure as Code',
        'Infrastructure-as-Code: engineering applied to servers',
      ),
      talk(PORTO, 'kafka', 'Kafka in production', 'Consumer lag'),
    ],
  });

  it('is the phrase, not a word the hyphens joined ("ascode")', () => {
    expect(ids(iac.ask('policy as code'))).toEqual(['tf']);
    expect(ids(iac.ask('infrastructure as code'))[0]).toBe('book');
  });
});

describe('a word a talk says only as half of one term', () => {
  const boxes = new Bot({
    events: [event(PORTO, 'HarbourDev Porto 2025')],
    talks: [
      talk(
        PORTO,
        'css',
        'CSS container queries in production',
        'Container queries replace media queries',
      ),
      talk(
        PORTO,
        'docker',
        'Running services on Docker',
        'One container per service; small images',
      ),
      talk(PORTO, 'lag', 'Kafka consumer lag', 'Autoscaling on lag'),
      talk(PORTO, 'kafka', 'Streaming without pain', 'Kafka and Flink; exactly once'),
    ],
  });

  it('comes after the talks that say the word by itself', () => {
    for (const asked of ['containers', 'container talks'])
      expect(ids(boxes.ask(asked)), asked).toEqual(['docker', 'css']);
    expect(ids(boxes.ask('container queries'))[0]).toBe('css');
  });

  it('stays where it is when its title says it once', () => {
    expect(ids(boxes.ask('kafka'))[0]).toBe('lag');
  });
});
