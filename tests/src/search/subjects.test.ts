import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import type { Library } from '../../../src/model.ts';
import { termOf } from '../../../src/search/analyze.ts';
import { TalkIndex } from '../../../src/search/talk-index.ts';
import { event, talk } from './subject-fixture.ts';

/** Talks of events whose names say their subject, and talks that name a subject by other words. */
const library: Library = {
  events: [
    event('pyharbour', 'PyHarbour 2024'),
    event('gopherlake', 'GopherLake 2025'),
    event('misc', 'Tidewater Summit 2025'),
  ],
  talks: [
    talk('pyharbour', 'packaging', 'Packaging in 2024: it is fine now', [
      'uv, wheels and lock files',
    ]),
    talk('pyharbour', 'owes', 'What Python owes to its users', ['A keynote on the community']),
    talk('gopherlake', 'rangefunc', 'Range-over-func, one year later', [
      'Iterators in the standard library',
    ]),
    talk('gopherlake', 'debugger', 'Building a Go debugger from scratch', [
      'ptrace and DWARF, live',
    ]),
    talk('misc', 'audits', 'Accessibility audits that stick', ['Fix the bugs screen readers find']),
    talk('misc', 'acessibilidade', 'Acessibilidade não é feature', [
      'Leitores de tela e contraste',
    ]),
    talk(
      'misc',
      'netflix',
      'Container mgmt at Netflix',
      ['Engineering tool team builds base images'],
      {
        links: [
          {
            kind: 'video',
            text: 'Video',
            url: 'https://www.infoq.com/presentations/container-management-netflix',
          },
        ],
      },
    ),
    talk('misc', 'managing', 'Managing the unmanageable', ['Managers need managers too']),
    talk('misc', 'argo', 'Progressive delivery with Argo Rollouts', [
      'Canary analysis with Prometheus queries',
    ]),
    talk('misc', 'staff', "The staff engineer's first 90 days", ['Write the strategy down']),
    talk('misc', 'dagger', 'Dagger for CI pipelines', ['Pipelines as code, run anywhere']),
    talk('misc', 'sins', 'The deadly sins of microservices', ['CI/CD for every service']),
    talk('misc', 'fastapi', 'FastAPI from zero to production', [
      'Two hours, hands on, though the wifi did not help',
    ]),
    talk('misc', 'cloudsec', 'Security in cloud environments', [
      'Rotate every password, store none',
    ]),
    talk('misc', 'vault', 'Secrets without Vault', [
      '"External Secrets Operator is boring, and boring is the point."',
    ]),
    talk('misc', 'boring', 'The boring cloud', ['Boring technology wins; pick boring defaults']),
    talk('misc', 'upgrades', 'Kubernetes upgrades without fear', [
      'Surge upgrades, one node pool at a time',
    ]),
    talk('misc', 'iceberg', 'Iceberg at petabyte scale', [
      'Hidden partitioning and snapshot expiry',
    ]),
    talk('misc', 'backstage', 'Backstage, two years in', [
      'Plugins, templates and a software catalog',
    ]),
    talk('misc', 'hints', 'Type hints in large projects', [
      'mypy in strict mode, one package at a time',
    ]),
    talk('misc', 'kotlin', 'Kotlin coroutines in the backend', [
      'Structured concurrency on the server',
    ]),
  ],
};

const bot = new Bot(library);
const ids = (question: string) => {
  const answer = bot.ask(question);
  return answer.kind === 'talks' ? answer.hits.map((hit) => hit.id) : answer.kind;
};

describe('a word is not matched inside another word or a short form', () => {
  it('reads debugging and debugger as one word, and not as the bugs of another talk', () => {
    expect(termOf('debugger')).toBe(termOf('debugging'));
    expect(termOf('programmers')).toBe(termOf('programming'));
    expect(ids('debugging')).toEqual(['debugger']);
  });

  it('finds no talk by a word only in its link’s address', () => {
    // "management" is only in the Netflix talk's video address; its notes say "engineering"
    expect(ids('engineering management')).not.toContain('netflix');
    expect(ids('engineering management')).toContain('managing');
  });

  it('finds the talks of a practice, not a talk that says one of its words in passing', () => {
    expect(ids('deployment strategies')[0]).toBe('argo');
    expect(ids('deployment strategies')).not.toContain('staff');
    expect(ids('canary releases')).toContain('argo');
    expect(ids('ci/cd')).toEqual(expect.arrayContaining(['dagger', 'sins']));
  });

  it('says no match when each word is only said in passing by another talk', () => {
    expect(ids("what's the wifi password")).toBe('none');
  });
});

describe('an event whose name says the subject', () => {
  it('counts its talks for the word, after the talks that say it', () => {
    expect(ids('python')).toEqual(['owes', 'packaging']);
    expect(ids('go talks')).toEqual(['debugger', 'rangefunc']);
  });

  it('marks the talks found only by their event’s name', () => {
    const index = new TalkIndex(library);
    const hits = index.search([{ word: 'python' }]).top(5);
    expect(hits.map((hit) => hit.byEventName ?? false)).toEqual([false, true]);
  });
});

describe('a broad subject by the words its talks use', () => {
  it.each([
    ['static typing', 'hints'],
    ['jvm', 'kotlin'],
    ['developer portal', 'backstage'],
    ['lakehouse', 'iceberg'],
  ])('"%s" finds %s', (question, id) => {
    expect(ids(question)).toContain(id);
  });

  it('finds the same word as another language spells it', () => {
    expect(ids('accessibility')).toEqual(['audits', 'acessibilidade']);
  });
});

describe('related talks', () => {
  const index = new TalkIndex(library);
  it('are not those sharing only a common word', () => {
    // "without" is in three titles; nothing else of "Secrets without Vault" is in another talk
    const found = index.find('Secrets without Vault', { anyWord: true });
    expect(found.top(5).map((hit) => hit.ref)).not.toContain('misc/upgrades');
  });
});

describe('a quoted saying', () => {
  const index = new TalkIndex(library);
  it('finds the talk whose notes have its words side by side', () => {
    expect(
      index
        .saying('boring is the point')
        .top(5)
        .map((hit) => hit.ref),
    ).toEqual(['misc/vault']);
    expect(index.saying('the point is boring').total).toBe(0);
  });
});

describe('a word of another language', () => {
  it('is not corrected to a word only one talk has, beside other words the notes lack', () => {
    const index = new TalkIndex(library);
    const found = index.search([{ word: 'hadden' }, { word: 'zwaardvis' }]);
    expect(found.corrections).toEqual([]);
    expect(ids('welke talks hadden een video?')).not.toContain('iceberg');
  });
});
