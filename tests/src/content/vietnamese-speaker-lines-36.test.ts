import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A Vietnamese write-up of a community day: each talk a `### Chuyên đề N: Title` heading (the
 * author's count of the talks), then `* **Diễn giả:** Name (Latin spelling) – Role tại Company.`
 * ("tại" is "at"). Invented talks and people.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'posts/cloud-day/event-1.md', 'page');

const talk = (n: number, title: string, speaker: string) => [
  `### Chuyên đề ${n}: ${title}`,
  `* **Diễn giả:** ${speaker}`,
  '* **Chủ đề chính:** Bối cảnh và chi phí.',
  '#### Nội dung cốt lõi:',
  '1. **Ý chính:** Một điểm quan trọng của bài nói.',
  '---',
];

describe('a Vietnamese post of numbered topics with a speaker label', () => {
  const { talks } = read(
    '# BÀI THU HOẠCH: CLOUD DAY HẢI PHÒNG',
    '',
    '## 2. NỘI DUNG CHI TIẾT',
    ...talk(
      1,
      'Context Is Everything — Making Agents Useful',
      'Lê Minh Khoa (Khoa Le) – Platform Engineer tại Sông Hồng Tech.',
    ),
    ...talk(2, 'Edge Caching for Small Teams', 'Vũ Thị Hà – DevOps Engineer tại Lúa Cloud.'),
    ...talk(
      3,
      'Credit Scoring for Startups — A Multi-Agent Case',
      'Hoàng Anh Tú (Tu Hoang) – Solution Architect tại Ngân Hàng Sen.',
    ),
    ...talk(4, 'Forty Hours of Hacking', 'Team Lotus.'),
  );

  it('drops the count from the titles', () => {
    expect(talks.map((t) => t.title)).toEqual([
      'Context Is Everything — Making Agents Useful',
      'Edge Caching for Small Teams',
      'Credit Scoring for Startups — A Multi-Agent Case',
      'Forty Hours of Hacking',
    ]);
  });

  it('reads the label as the speaker, the Latin spelling as part of the name, "tại" as "at"', () => {
    expect(talks.map((t) => t.speakers)).toEqual([
      [{ name: 'Lê Minh Khoa (Khoa Le)', company: 'Sông Hồng Tech' }],
      [{ name: 'Vũ Thị Hà', company: 'Lúa Cloud' }],
      [{ name: 'Hoàng Anh Tú (Tu Hoang)', company: 'Ngân Hàng Sen' }],
      [{ name: 'Team Lotus' }],
    ]);
  });
});

describe('the same forms in English', () => {
  it('keeps "(Acme)" after a name a company, and a count before a name', () => {
    const { talks } = read(
      '## Talk 1: Caching in anger',
      'Speaker: Jane Doe (Acme) – Staff Engineer at Foo',
      '',
      'Notes on caching.',
      '',
      '## Talk 2: Queues',
      'Speaker: Ana Lima – AWS Community Builder at Brightloom',
      '',
      'Notes on queues.',
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Caching in anger', [{ name: 'Jane Doe', company: 'Acme' }]],
      ['Queues', [{ name: 'Ana Lima', company: 'Brightloom' }]],
    ]);
  });
});
