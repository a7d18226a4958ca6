import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * Shapes of real notes (session 23), written again with invented talks and people: a linked
 * "Keynote by …" in a list, a speaker said in a sentence of the notes, and files of one talk
 * whose headings are its fields ("## 발표자", "## 시간", "## 세션 개요") or its parts ("## Demo").
 */

const read = (parsed: ReturnType<typeof post>) => parsed.talks.map((t) => [t.title, who(t)]);

describe('a linked "Keynote by Name" in a list of talks', () => {
  it('is a keynote titled by its kind, by that person', () => {
    const parsed = post(
      '# Fjordconf 2026 notes',
      '',
      '## Day 2:',
      '1. [Keynote by Kari Holm](https://fjordconf.example/program#session-734) About community.',
      '2. [Queues by default](https://fjordconf.example/program#session-714) Good talk.',
      '3. [Opening keynote by Per Aune](https://fjordconf.example/program#session-701) Warm.',
    );
    expect(read(parsed)).toEqual([
      ['Keynote', ['Kari Holm']],
      ['Queues by default', []],
      ['Opening keynote', ['Per Aune']],
    ]);
  });

  it('keeps a title that only has "by" in it', () => {
    const parsed = post(
      '# Fjordconf 2026 notes',
      '',
      '## Talks',
      '1. [Refactoring by example](https://fjordconf.example/program#session-1) Live coding.',
      '2. [Queues by default](https://fjordconf.example/program#session-2) Good talk.',
    );
    expect(read(parsed)).toEqual([
      ['Refactoring by example', []],
      ['Queues by default', []],
    ]);
  });
});

describe('a speaker said in a sentence of the notes', () => {
  it('reads "The speaker, Per Aune, …", "Speaker: Ola Nord (Acme)." and "The speaker was …"', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Running a ledger on Ruby',
      '',
      'Good talk about public-sector code. The speaker, Per Aune, has impressive open source work.',
      '',
      '## Queues by default',
      '',
      'I liked it a lot. Speaker: Ola Nord (Acme). She showed backpressure.',
      '',
      '## Caches that forget',
      '',
      'The speaker was Bo Sten from Fjordpay, who wrote the cache.',
      '',
      '## Streams in anger',
      '',
      'The speaker was great and the room was full.',
    );
    expect(read(parsed)).toEqual([
      ['Running a ledger on Ruby', ['Per Aune']],
      ['Queues by default', ['Ola Nord @ Acme']],
      ['Caches that forget', ['Bo Sten @ Fjordpay']],
      ['Streams in anger', []],
    ]);
  });

  it('reads it in the notes of a linked title in a list', () => {
    const parsed = post(
      '# Fjordconf 2026 notes',
      '',
      '## Day 1',
      '1. [Running a ledger on Ruby](https://fjordconf.example/p#1) Very good. The speaker, Per Aune, has many gems.',
      '2. [Queues by default](https://fjordconf.example/p#2) Backpressure everywhere.',
    );
    expect(read(parsed)).toEqual([
      ['Running a ledger on Ruby', ['Per Aune']],
      ['Queues by default', []],
    ]);
  });
});

describe('a file of one talk whose headings are its fields or its parts', () => {
  it('reads a Korean talk file: its speaker field, its time and summary are no talks', () => {
    const parsed = post(
      '# 2040년의 개발 문화는 어떻게 바뀔까?',
      '',
      '## 발표자',
      '',
      '- 김민수 | 파란하늘 CTO',
      '',
      '## 시간',
      '',
      '- 09:20 ~ 09:40',
      '',
      '## 세션 개요',
      '',
      'AI 시대의 조직 문화 전망.',
      '',
      '## 핵심 요약',
      '',
      '- 반복 업무는 자동화된다.',
      '',
      '## 인사이트',
      '',
      '- 팀 단위 역량이 중요하다.',
    );
    expect(read(parsed)).toEqual([['2040년의 개발 문화는 어떻게 바뀔까?', ['김민수 @ 파란하늘']]]);
  });

  it('reads "# OPA" over its intro, demo and questions as one talk', () => {
    const parsed = post(
      '# OPA',
      '',
      '## Intro',
      '- policy as code',
      '',
      '## Demo',
      '- rego playground',
      '',
      '## Gatekeeper',
      '- admission control',
      '',
      '## Q&A',
      '- how fast is it?',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['OPA']);
  });

  it('keeps a post of talks whose last heading is a Q&A session as its talks', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Queues by default — Ola Nord',
      '- backpressure',
      '',
      '## Caches that forget — Bo Sten',
      '- eviction',
      '',
      '## Q&A',
      '- questions to both',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Queues by default', 'Caches that forget']);
  });
});

describe("a recap's prose naming talks as someone's lecture or presentation", () => {
  it('reads "Ola Nord’s lecture “Title”", "’s presentation — “Title”" and "in her lecture “Title”"', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '### Lectures',
      '',
      'The day was opened by Ola Nord’s lecture “Queues are not a database”. She talked about backpressure.',
      '',
      'Bo Sten’s presentation — “Caches that forget on purpose” was a reminder of eviction.',
      '',
      'Anna Lind in her lecture “Streams in anger” showed real incidents.',
      '',
      '### Organization',
      '',
      'The cinema was too small for the breaks.',
    );
    expect(read(parsed)).toEqual([
      ['Queues are not a database', ['Ola Nord']],
      ['Caches that forget on purpose', ['Bo Sten']],
      ['Streams in anger', ['Anna Lind']],
    ]);
  });
});

describe('a list of linked talks whose link names the speaker first', () => {
  it('reads "[Ola Nord - Title](…)" and "[Bo Sten (Acme) - Title](…)" under a talks heading', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Ignite Talks',
      '',
      'Below were the ignite talks I saw:',
      '',
      '- [Ola Nord - Queues by default](https://fjordconf.example/talks/queues)',
      '- [Bo Sten (Acme) - Caches that forget](https://fjordconf.example/talks/caches)',
    );
    expect(read(parsed)).toEqual([
      ['Queues by default', ['Ola Nord']],
      ['Caches that forget', ['Bo Sten @ Acme']],
    ]);
  });

  it('leaves a reading list of "Product - Page" links alone', () => {
    const parsed = post(
      '# Fjordconf 2026',
      '',
      '## Queues by default — Ola Nord',
      '',
      '- [Spring Boot - Reference Guide](https://docs.example/spring)',
      '- [Apache Kafka - Documentation](https://docs.example/kafka)',
      '',
      '## Caches that forget — Bo Sten',
      '',
      '- eviction',
    );
    expect(read(parsed)).toEqual([
      ['Queues by default', ['Ola Nord']],
      ['Caches that forget', ['Bo Sten']],
    ]);
  });
});
