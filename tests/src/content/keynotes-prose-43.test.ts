import { describe, expect, it } from 'vitest';
import { post, who } from './shape-fixture.ts';

/**
 * "## Keynotes" over a paragraph per keynote, each told by its speaker and subject, beside the
 * talks' own headings (a real KubeCon day recap's shape). Invented conference, people, companies.
 */
const day = (heading: string) =>
  post(
    '# Second day at HarborConf 2031',
    '',
    `## ${heading}`,
    '',
    'The day started with keynotes in a huge hall.',
    '',
    'Vera Lindholm from shopBay talked about the challenges in the monitoring space, and how AI changed their incident work.',
    '',
    'Tomasz Kowal from the Open Kernel Foundation gave a great talk about the addition of Rust in the kernel (only ~20k lines)! I like it.',
    '',
    'Kasper Borg Nilssen from Tracewise treated us to a nice introduction to auto-instrumentation with OpenTelemetry.',
    '',
    '## GPUs explained',
    '',
    'This excellent talk by Carla Santos (Cloudline) took us on a journey through device plugins.',
  );

describe('keynotes told in prose under a Keynotes heading', () => {
  it('are keynotes by their speaker, the subject for a title', () => {
    const { talks } = day('Keynotes');
    expect(talks.map((t) => [t.title, who(t), t.kind])).toEqual([
      ['The challenges in the monitoring space', ['Vera Lindholm @ shopBay'], 'Keynote'],
      ['The addition of Rust in the kernel', ['Tomasz Kowal @ Open Kernel Foundation'], 'Keynote'],
      ['Auto-instrumentation with OpenTelemetry', ['Kasper Borg Nilssen @ Tracewise'], 'Keynote'],
      ['GPUs explained', ['Carla Santos @ Cloudline'], undefined],
    ]);
    expect(talks[0]?.summary).toMatch(/incident work/);
  });

  it('are no talks under another heading', () => {
    const { talks } = day('Hallway track');
    expect(talks.map((t) => t.title)).toEqual(['GPUs explained']);
  });
});
