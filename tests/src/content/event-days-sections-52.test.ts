import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A German post about a conference of three days, told as a story under "## Hintergrund",
 * "## Sensor-Tag", "## Sensorfest Tag 2", "## Schlussfolgerungen": the bot answered with five
 * talks named after the post's sections, no speaker to any. A Japanese post's "### 運営" (the
 * organisers) and "### 基調講演，一般発表，Lightning Talks" (its impressions of them all) too.
 * Written in those shapes with invented people.
 */
const read = (name: string, ...lines: string[]) => parseNotes(lines.join('\n'), name, name);

describe("a post's sections and days, told as a story", () => {
  it('are no talks in German', () => {
    const { talks } = read(
      'sensorfest.md',
      '---',
      'title: "Sensorfest 2031"',
      '---',
      '',
      '## Hintergrund',
      '',
      'Das Sensorfest fand vom 11. bis 13. September in Leipzig statt; die Videos sind auf [YouTube](https://www.youtube.com/watch?v=abc123).',
      '',
      '## Sensor-Tag',
      '',
      'Der erste Tag war ein Tag der Hersteller. Ich habe viele Leute getroffen.',
      '',
      '## Sensorfest Tag 2',
      '',
      'Alle Vorträge waren Highlights, besonders das Konzept des digitalen Zwillings.',
      '',
      '## Schlussfolgerungen',
      '',
      'Eine kleine Konferenz, sehr gut geführt. Mehr auf [der Seite](https://sensorfest.example/).',
    );
    expect(talks.map((t) => t.title)).toEqual([]);
  });

  it('are no talks in Japanese', () => {
    const { talks } = read(
      'kaigi.md',
      '# センサー会議 2031 に参加してきた',
      '',
      '### 基調講演，一般発表，Lightning Talks',
      '',
      '今までで最も発表をゆっくりと聞けました．幅広い分野の話が聞けて面白かったです！',
      '',
      '### 運営',
      '',
      '現地実行委員の皆さんのおかげです．事前準備も当日の対応も素晴らしかった．',
    );
    expect(talks.map((t) => t.title)).toEqual([]);
  });

  it('leave a talk under a day named so where it names its speaker', () => {
    const { talks } = read(
      'sensorfest.md',
      '# Sensorfest 2031',
      '',
      '## Community Day — Ola Brandt',
      '',
      'Ola told how the community day began.',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Community Day', ['Ola Brandt']],
    ]);
  });
});
