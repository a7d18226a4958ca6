import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load-content.ts';
import { contentFolder } from './folder-fixture.ts';
import { post } from './shape-fixture.ts';

/** Notes written into a template whose heading fields were never filled in, or never rendered. */

const folder = contentFolder('qcon-template-headings-');

describe('a heading that is only a template field', () => {
  it('is no talk: the file of a talk is titled by its name', async () => {
    await folder.write({
      'devconf-2019/tracing.md':
        '# Tracing the checkout\n\n*Speaker: Siri Lunde, Bring*\n\n- spans\n',
      'devconf-2019/consistent-hashing-at-scale.md':
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's field, as notes have it
        '### ${Talk Name}\n### ${Talk Author}\n\nConsistent hashng\nrings and virtual nodes.\n\n- jump hash\n',
    });
    const { library } = await loadContent(folder.dir);
    expect(library.talks.map((t) => t.title).sort()).toEqual([
      'Consistent hashing at scale',
      'Tracing the checkout',
    ]);
  });

  it('among filled-in talks, adds none', () => {
    const parsed = post(
      '# Fjordconf 2025',
      '',
      '## Queues by default — Ola Nord',
      '- backpressure',
      '',
      '## <%= title %> — <%= speaker %>',
      '',
      '## [Talk title]',
      '- to fill in',
      '',
      '## Caches that forget — Bo Sten',
      '- eviction',
    );
    expect(parsed.talks.map((t) => t.title)).toEqual(['Queues by default', 'Caches that forget']);
  });
});
