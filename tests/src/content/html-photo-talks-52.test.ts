import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * Lightning talks noted one heading each, "## Title - Name, Company" over bullets, one of them
 * over a photo of its slide in HTML alone (`<img src="./slide.jpg">`): the bot dropped that talk
 * as "only images or HTML under it", though the heading names its speaker (a Markdown image was
 * kept). A photo under a heading naming nobody stays no talk. Written with invented people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'lt.md', 'lt');

describe('a talk shown by a photo in HTML', () => {
  it('is a talk where its heading names the speaker', () => {
    const { talks } = read(
      '## Mesh networks on a budget - Ola Brandt, Acme',
      '- cheap radios',
      '',
      '## Browsers speaking gRPC - Pia Lund, Shardly',
      '<img src="./grpc.jpg">',
      '',
      '## Queues all the way down - Marc Dubois, Qwik',
      '- back pressure',
    );
    expect(talks.map((t) => [t.title, t.speakers.map((s) => s.name)])).toEqual([
      ['Mesh networks on a budget', ['Ola Brandt']],
      ['Browsers speaking gRPC', ['Pia Lund']],
      ['Queues all the way down', ['Marc Dubois']],
    ]);
  });

  it('is no talk under a heading naming nobody', () => {
    const { talks } = read(
      '## Mesh networks on a budget - Ola Brandt, Acme',
      '- cheap radios',
      '',
      '## The venue',
      '<img src="./hall.jpg">',
      '',
      '## Group photo',
      '<img src="./everyone.jpg">',
      '',
      '## Queues all the way down - Marc Dubois, Qwik',
      '- back pressure',
    );
    expect(talks.map((t) => t.title)).toEqual([
      'Mesh networks on a budget',
      'Queues all the way down',
    ]);
  });
});
