import { describe, expect, it } from 'vitest';
import { kinds, post, who } from './shape-fixture.ts';

/** Shapes of notes posts as authors write them (19): each post invented for these tests. */

describe('sections that are not talks', () => {
  it('makes no talks of a book review, whatever its sections and the talks it mentions', () => {
    const { talks, problems } = post(
      '---',
      'title: "Book review: \'Queues in Practice\' by Oona Virtanen"',
      '---',
      '',
      'I read *Queues in Practice* (Oona Virtanen, Tallgrass Books, 2025, 280 pages) after her talk.',
      '',
      '## What the book covers',
      '',
      'Backpressure, retries and idempotency, one chapter each.',
      '',
      '### The chapter on retries',
      '',
      'If you saw her talk *Retry storms* the [video](https://www.youtube.com/watch?v=q1q2q3q4q5q) is a preview.',
      '',
      '## Who should read it',
      '',
      '- Backend engineers: yes',
    );
    expect(talks).toEqual([]);
    expect(problems.map((p) => p.message)).toContain(
      'a book review: its sections and the talks it mentions in passing are not read as talks',
    );
  });

  it('skips speaker bios that point at talks with headings of their own', () => {
    const { talks, problems } = post(
      '# FjordDev 2025 — the recap',
      '',
      '## Meet our speakers',
      '',
      '### Ingrid Solheim',
      '![Ingrid Solheim](/img/ingrid.jpg)',
      'Ingrid leads the payments team at Nordlys Bank and bakes sourdough.',
      '',
      '**Talk:** *Ledgers without tears* (opening keynote)',
      '',
      '### Marco Bianchi',
      'Marco is a freelance SRE who once rebooted a cluster from a ski lift.',
      '',
      '## The talks',
      '',
      '### Ledgers without tears',
      'Ingrid opened with double-entry bookkeeping for engineers.',
      '',
      '[Video](https://www.youtube.com/watch?v=L3dg3rL3dg3)',
    );
    expect(talks.map((t) => [t.title, kinds(t)])).toEqual([['Ledgers without tears', ['video']]]);
    // The bio naming the talk gives it its speaker; the one naming none is skipped, and said so.
    expect(talks[0]?.speakers).toEqual([{ name: 'Ingrid Solheim', company: 'Nordlys Bank' }]);
    expect(problems.filter((p) => p.message.includes("speaker's bio")).map((p) => p.line)).toEqual([
      11,
    ]);
  });

  it('keeps a bio that is the only place its talk is told', () => {
    const { talks } = post(
      '# FjordDev 2025',
      '',
      '## Speakers',
      '',
      '### Ingrid Solheim',
      'Ingrid leads the payments team at Nordlys Bank.',
      '',
      '**Talk:** *Ledgers without tears* — double-entry bookkeeping for engineers.',
      '',
      '### Tor Haugen',
      'Tor builds ferries software. [Slides](https://speakerdeck.com/thaugen/ferries)',
    );
    expect(talks.map((t) => t.title)).toEqual(['Ingrid Solheim', 'Tor Haugen']);
  });

  it("makes no talks of an unconference's format, its wall of sessions or its closing circle", () => {
    const { talks } = post(
      '# LeanCamp Graz 2025',
      '',
      '## How it works',
      '',
      '- Pitch a session on a sticky note',
      '- The law of two feet applies',
      '',
      '## The marketplace',
      '',
      '| Slot | Room A |',
      '|---|---|',
      '| 10:00 | Kanban for one |',
      '',
      '## Kanban for one',
      '',
      'Convened by Petra Leitner (Murtal Soft). WIP limit of two, even at home.',
      '',
      '## Closing circle',
      '',
      'Everyone said one thing they would try on Monday.',
    );
    // "Convened by …": an open space's host is its speaker.
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      ['Kanban for one', ['Petra Leitner @ Murtal Soft'], 'WIP limit of two, even at home.'],
    ]);
  });

  it("reads a daily note's log and skips its fleeting notes and backlinks", () => {
    const { talks } = post(
      '# Fri, 6 June 2025',
      '',
      '## Log',
      '',
      '- 09:00 Keynote: [[Queues are forever]] — [[Hedda Lund]] (Fjellnett)',
      '  - every queue needs an owner',
      '',
      '## Fleeting',
      '',
      '- try a dead-letter budget on staging',
      '',
      '## Backlinks',
      '',
      '- [[QueueCon 2025]] — 1 linked mention',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Queues are forever', ['Hedda Lund @ Fjellnett']],
    ]);
  });

  it('skips breaks, drinks and verdicts in Dutch, Turkish, Hindi and Arabic, and emoji around them', () => {
    const heading = (name: string) => [`## ${name}`, '', 'Broodjes, koffie, çay, चाय, قهوة.', ''];
    const { talks } = post(
      '# MeetupMix 2025',
      '',
      '## Caching at the edge — Femke Jansen (Dijkwerk)',
      '',
      'Stale-while-revalidate everywhere.',
      '',
      ...heading('Pauze 🥪'),
      ...heading('Borrel'),
      ...heading('Volgende meetup'),
      ...heading('Öğle arası'),
      ...heading('Genel değerlendirme'),
      ...heading('दोपहर का भोजन'),
      ...heading('निष्कर्ष'),
      ...heading('استراحة الغداء'),
      ...heading('الخلاصة'),
      ...heading('🌮🌮 Lunch break 🌮🌮'),
      ...heading('🙏 Thanks 💜'),
    );
    expect(talks.map((t) => t.title)).toEqual(['Caching at the edge']);
  });

  it('leaves the emoji after a day heading out of the day', () => {
    const { talks } = post(
      '# EdgeFest 2025',
      '',
      '## 📅 Day 1 — Thursday 🌞',
      '',
      '### Caching at the edge — Femke Jansen (Dijkwerk)',
      '',
      'Stale-while-revalidate everywhere.',
    );
    expect(talks.map((t) => t.day)).toEqual(['Day 1 — Thursday']);
  });

  it("makes no talks of a Medium export's byline, subtitle and tag links", () => {
    const profile = 'https://medium.com/@lenavoss?source=post_page-----a1b2c3--------';
    const { talks } = post(
      '# 3 talks from StreamConf 2025',
      '',
      '## Kafka, Flink and a very honest talk about schemas',
      '',
      `[![Lena Voss](https://miro.medium.com/v2/resize:fill:88:88/1*lv.jpeg)](${profile})`,
      '',
      `[Lena Voss](${profile})`,
      '',
      'Published in',
      '',
      '5 min read',
      '',
      'Member-only story',
      '',
      'Three talks that changed how I think about streams.',
      '',
      '## 1. Schemas are contracts',
      '',
      '*Jonas Ek, Bergsflod*',
      '',
      'Registry first, code second.',
      '',
      '## 2. Closing keynote: Streams are tables',
      '',
      '*Mira Kaas, Tidevann*',
      '',
      'A table is a stream at rest.',
      '',
      '[Watch the keynote on YouTube](https://www.youtube.com/watch?v=StR34mT4bL3)',
      '',
      '[Streaming](https://medium.com/tag/streaming?source=post_page-----a1b2c3----)',
      '',
      '[Conference](https://medium.com/tag/conference?source=post_page-----a1b2c3----)',
      '',
      `[![Lena Voss](https://miro.medium.com/v2/resize:fill:144:144/1*lv.jpeg)](${profile})`,
      '',
      '## Written by Lena Voss',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind, kinds(t)])).toEqual([
      ['Schemas are contracts', ['Jonas Ek @ Bergsflod'], undefined, []],
      ['Streams are tables', ['Mira Kaas @ Tidevann'], 'Keynote', ['video']],
    ]);
  });
});

describe('labels and session kinds in Turkish, Hindi and Arabic', () => {
  it('reads the speaker, slides and video labels, and keeps them out of the summary', () => {
    const { talks } = post(
      '# Konferans 2025',
      '',
      '## Açılış konuşması: Derleyiciler ve biz',
      '',
      '**Konuşmacı:** Dr. Deniz Arslan (Marmara Yazılım)',
      '**Sunum:** https://slides.com/darslan/derleyiciler',
      '',
      'Optimizasyonlar sihir değil.',
      '',
      '## पायथन में टाइपिंग',
      '',
      '**वक्ता:** डॉ. अनन्या राव (Lotus Labs)',
      '',
      'टाइप हिंट्स से बग कम होते हैं।',
      '',
      'वीडियो: https://www.youtube.com/watch?v=Ty9eH1nT5xx',
      '',
      '## حلقة نقاش: مستقبل الويب',
      '',
      '**المتحدث:** د. ليلى حسن (شركة سحاب)',
      '',
      '**الشرائح:** https://speakerdeck.com/lhassan/web',
    );
    expect(talks.map((t) => [t.title, who(t), t.kind, kinds(t)])).toEqual([
      ['Derleyiciler ve biz', ['Dr. Deniz Arslan @ Marmara Yazılım'], 'Keynote', ['slides']],
      ['पायथन में टाइपिंग', ['डॉ. अनन्या राव @ Lotus Labs'], undefined, ['video']],
      ['مستقبل الويب', ['د. ليلى حسن @ شركة سحاب'], 'Panel', ['slides']],
    ]);
    expect(talks[0]?.summary).toBe('Optimizasyonlar sihir değil.');
    expect(talks[1]?.summary).not.toMatch(/वक्ता|वीडियो/);
  });

  it("reads a Turkish panel's moderator and panelists joined by ve", () => {
    const { talks } = post(
      '# Konferans 2025',
      '',
      '## Panel: Uzaktan çalışma',
      '',
      'Moderatör: Aylin Çelik. Panelistler: Kerem Aksoy (Boğaz Bank) ve Seda Yurt.',
    );
    expect(who(talks[0])).toEqual(['Aylin Çelik', 'Kerem Aksoy @ Boğaz Bank', 'Seda Yurt']);
  });

  it('drops direction marks, reads two terms in parentheses as part of the title and و as "and"', () => {
    const { talks } = post(
      '# مؤتمر 2025',
      '',
      '## واجهات بالاتجاهين (RTL و LTR)',
      '',
      '**المتحدثون:** سامي عادل و Lena Park — شركة \u200eNour Labs\u200e',
      '',
      'استخدموا \u200eCSS logical properties\u200e دائمًا.',
    );
    expect(talks.map((t) => [t.title, who(t), t.summary])).toEqual([
      [
        'واجهات بالاتجاهين (RTL و LTR)',
        ['سامي عادل @ شركة Nour Labs', 'Lena Park @ شركة Nour Labs'],
        'استخدموا CSS logical properties دائمًا.',
      ],
    ]);
  });
});

describe('asides in parentheses', () => {
  it('reads no company from an aside, and a co-speaker from "with"', () => {
    const { talks } = post(
      '# Talks',
      '',
      '## Modules you can reuse',
      '',
      '*Nia Okafor* (Sam was ill)',
      '',
      'She gave both halves alone.',
      '',
      '## On-call for people (with Piotr Zieliński)',
      '',
      'Rotations of one week at most.',
    );
    expect(talks.map((t) => [t.title, who(t)])).toEqual([
      ['Modules you can reuse', ['Nia Okafor']],
      ['On-call for people', ['Piotr Zieliński']],
    ]);
  });
});
