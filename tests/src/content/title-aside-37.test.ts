import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * A community day's write-up: `### Talk N: Title (Aside)` over a bold speaker line giving the
 * person's role and company. Invented talks and people.
 */
const read = (...lines: string[]) => parseNotes(lines.join('\n'), 'blog/cloud-day.md', 'cloud');
const shown = (talks: { title: string; speakers: { name?: string; company?: string }[] }[]) =>
  talks.map((t) => [t.title, t.speakers.map((s) => `${s.name} / ${s.company}`)]);

describe('parentheses ending a heading whose speaker line gives another company', () => {
  it('are the title’s', () => {
    const { talks } = read(
      '# Cloud Day Hanoi 2026',
      '',
      '### Search Made Simple with Amazon Kendra (Lite)',
      '* **Speaker:** Lan Pham – Solutions Architect at Sao Mai Tech.',
      '* Search everything in one place.',
      '',
      '### Serverless Queues at Scale (Acme)',
      '* **Speaker:** Minh Tran – DevOps Engineer at Acme Cloud.',
      '* Dead letters are your friend.',
    );
    expect(shown(talks)).toEqual([
      ['Search Made Simple with Amazon Kendra (Lite)', ['Lan Pham / Sao Mai Tech']],
      ['Serverless Queues at Scale', ['Minh Tran / Acme Cloud']],
    ]);
  });

  it('still name the company of people the line gives none', () => {
    const { talks } = read(
      '## Copilot for infra (GitHub)',
      '',
      'Speaker: Daniel Okoye',
      '',
      '- Agents write the Terraform',
    );
    expect(shown(talks)).toEqual([['Copilot for infra', ['Daniel Okoye / GitHub']]]);
  });
});
