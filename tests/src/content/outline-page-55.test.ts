import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';

/**
 * An outliner's page (Logseq) where the talks' headings are bullets under the page's first
 * bullet (`- KubeCon notes` over `\t- ## Title`): no talk was read. Invented event and talks.
 */
const read = (...lines: string[]) =>
  parseNotes(lines.join('\n'), 'kubefjord-2031.md', 'kubefjord-2031').talks.map((talk) => [
    talk.title,
    talk.speakers.map((speaker) => speaker.name).join(', '),
    talk.summary,
  ]);

describe('an outline whose talk headings are bullets under a bullet', () => {
  it('reads each heading bullet as a talk, with its speaker and notes', () => {
    expect(
      read(
        '- KubeFjord 2031 notes',
        '\t- ## Gateway API in anger',
        '\t  speaker:: [[Ana Lima]]',
        '\t\t- HTTPRoute replaces Ingress annotations',
        '\t- ## eBPF for SREs',
        '\t  speaker:: [[Bo Berg]]',
        '\t\t- bpftrace one-liners in incidents',
      ),
    ).toEqual([
      ['Gateway API in anger', 'Ana Lima', 'HTTPRoute replaces Ingress annotations.'],
      ['eBPF for SREs', 'Bo Berg', 'bpftrace one-liners in incidents.'],
    ]);
  });

  it('leaves a list of bullets without headings as notes', () => {
    expect(
      read(
        '# KubeFjord 2031',
        '',
        '## Gateway API in anger',
        '',
        '- routes',
        '  - HTTPRoute replaces Ingress annotations',
      ),
    ).toEqual([['Gateway API in anger', '', 'routes: HTTPRoute replaces Ingress annotations.']]);
  });
});
