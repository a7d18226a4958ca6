import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { isFiller } from '../../../src/search/question-words.ts';
import { familyOf, relatedTo } from '../../../src/search/related-words.ts';
import { TalkIndex } from '../../../src/search/talk-index.ts';
import { event, talk } from './subject-fixture.ts';

/** Talks of a subject by its own word, by the words of its parts, and by an event's name. */
const library: Library = {
  events: [
    event('secops', 'SecOpsCon 2025'),
    event('leaddev', 'LeadDev Harbour 2024'),
    event('misc', 'Tidewater Summit 2025'),
    event('wroclaw', 'Wrocław Data Days 2025'),
  ],
  talks: [
    talk('secops', 'supply', 'Supply chain attacks are boring now', [
      'What matters is detection time',
    ]),
    talk('secops', 'bank', 'Passkeys at a bank', ['Rolled out to 400k users; SMS fallback']),
    talk('leaddev', 'unmanageable', 'Managing the unmanageable', [
      'Velocity is a trailing indicator of trust',
    ]),
    talk('leaddev', 'fireside', 'Fireside chat', ['Hiring is what a leader does that lasts']),
    talk('misc', 'cloudsec', 'Security in cloud environments', ['Rotate keys, store none']),
    talk('misc', 'audits', 'Accessibility audits that stick', [
      'Same SLA as security bugs in the same backlog',
    ]),
    talk('misc', 'vault', 'Secrets without Vault', ['External Secrets Operator is boring']),
    talk('misc', 'perm', 'The Permission Model in practice', ['Sandbox third-party scripts']),
    talk('misc', 'boring', 'Boring Technology, Revisited', [
      'Count innovation tokens, managed services included',
    ]),
    talk('misc', 'grpc', 'Why we left gRPC', ['Connect-RPC instead, because browser clients']),
    talk('misc', 'css', 'CSS anchor positioning is here', ['Tooltips without JavaScript']),
    talk('misc', 'karpenter', 'Karpenter in anger', ['Consolidation caused pod churn']),
    talk('misc', 'upgrades', 'Kubernetes upgrades without fear', ['Blue/green clusters']),
    talk('misc', 'helm', 'Why I stopped using Helm', ['Plain manifests and kustomize']),
    talk('misc', 'panel', 'AI in the developer day', ['Copilot writes my boilerplate']),
    talk('misc', 'agents', 'LLM agents without the hype', ['Tool calls and guardrails']),
    talk('misc', 'probe', 'Monitoring in anger', ['Fully monitored if the agent is present']),
    talk('misc', 'packaging', 'Packaging in 2024: it is fine now', ['uv and lock files']),
    talk('misc', 'tuning', 'Fine-tuning small models', ['LoRA adapters on one GPU']),
    talk('misc', 'streams', 'Streams are not scary', ['Backpressure for 400k rows']),
    talk('wroclaw', 'opening', 'Prelekcja otwierająca', ['Dane to nie ropa']),
    talk('wroclaw', 'duckdb', 'DuckDB w produkcji', ['Ta prelekcja: Sparka zastąpili DuckDB']),
  ],
};

const bot = new Bot(library);
const ids = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : answer.kind;
};
const index = new TalkIndex(library);
const refs = (words: string[]) =>
  index
    .search(words.map((word) => ({ word })))
    .top(20)
    .map((hit) => hit.ref.split('/')[1]);

describe('a subject by its own word, the words of its parts and its events', () => {
  it('finds the talks that say the word first, then those of its parts, then its events’', () => {
    const found = refs(['security']);
    // "security" said, then the secrets and permission talks, then SecOpsCon's by its name
    expect(found.slice(0, 2)).toEqual(expect.arrayContaining(['cloudsec', 'audits']));
    expect(found.slice(2, 4)).toEqual(expect.arrayContaining(['vault', 'perm']));
    expect(found).toEqual(expect.arrayContaining(['bank', 'supply']));
    expect(found.indexOf('bank')).toBeGreaterThan(found.indexOf('perm'));
  });

  it('counts an event named for a subject the notes never say (LeadDev: leadership)', () => {
    expect(refs(['leadership'])).toEqual(expect.arrayContaining(['unmanageable', 'fireside']));
  });

  it('brings in no word sharing a related word’s stem ("managed services")', () => {
    expect(refs(['leadership'])).not.toContain('boring');
  });

  it('finds a subject by the well-known names of its parts, below the subject itself', () => {
    // "External Secrets Operator" is a Kubernetes operator too
    expect(refs(['kubernetes'])[0]).toBe('upgrades');
    expect(refs(['kubernetes'])).toEqual(expect.arrayContaining(['karpenter', 'helm', 'vault']));
    expect(refs(['frontend'])).toEqual(expect.arrayContaining(['css', 'audits']));
    expect(refs(['ai'])).toEqual(['panel', 'agents', 'tuning']);
  });

  it('does not read a word of another sense as a part ("agent", "browser")', () => {
    expect(refs(['ai'])).not.toContain('probe');
    expect(refs(['frontend'])).not.toContain('grpc');
  });

  it('answers a subject question with its parts’ talks', () => {
    expect(ids('kubernetes talks')).toEqual(expect.arrayContaining(['karpenter', 'helm']));
    expect(ids('security talks')).toEqual(expect.arrayContaining(['cloudsec', 'vault', 'perm']));
  });

  it('has only true relations, one way', () => {
    expect(relatedTo('kubernetes')).toContain('karpenter');
    expect(relatedTo('karpenter')).toEqual([]);
    expect(familyOf('passkeys')).toEqual(expect.arrayContaining(['security', 'secrets']));
  });
});

describe('talks like one', () => {
  const like = (text: string, self: string) =>
    index
      .find(text, { anyWord: true, keep: (doc) => library.talks[doc]?.id !== self })
      .top(10)
      .map((hit) => hit.ref.split('/')[1]);

  it('are those of the same subject or its parts', () => {
    expect(like('Passkeys at a bank', 'bank')).toEqual(
      expect.arrayContaining(['cloudsec', 'vault', 'perm']),
    );
    expect(like('Passkeys at a bank', 'bank')).not.toContain('streams');
    expect(like('Karpenter in anger', 'karpenter')).toEqual(
      expect.arrayContaining(['upgrades', 'helm']),
    );
  });

  it('are none when nothing is shared but a common word', () => {
    expect(like('Streams are not scary', 'streams')).toEqual([]);
  });
});

describe('a word joined by a hyphen', () => {
  it('is one word, never either half alone', () => {
    const search = (words: [string, boolean][]) =>
      index
        .search(words.map(([word, joined]) => ({ word, ...(joined ? { joined } : {}) })))
        .top(5)
        .map((hit) => hit.ref.split('/')[1]);
    expect(search([['fine', false]])).toContain('packaging');
    expect(
      search([
        ['fine', false],
        ['tuning', true],
      ]),
    ).toEqual(['tuning']);
    expect(
      search([
        ['pre', false],
        ['fine', true],
      ]),
    ).toEqual([]);
  });
});

describe('a question in another language', () => {
  it('gives its function words no weight', () => {
    for (const word of ['ze', 'z', 'o', 'na', 'про', 'со', 'с']) expect(isFiller(word)).toBe(true);
  });

  it('corrects no word that only another ending sets apart from the notes’', () => {
    const found = index.search([{ word: 'prelekcje' }, { word: 'slajdami' }]);
    expect(found.corrections).toEqual([]);
    expect(ids('prelekcje ze slajdami')).not.toContain('opening');
  });

  it('still corrects a slip inside a word', () => {
    expect(index.search([{ word: 'kubernetis' }]).corrections).toEqual([
      ['kubernetis', 'kubernetes'],
    ]);
  });
});
