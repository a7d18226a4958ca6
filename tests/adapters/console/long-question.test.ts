import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { consoleSurface } from '../../../adapters/console/surface.ts';
import type { SurfaceContext } from '../../../src/surface.ts';
import { shippedBot } from '../../helpers.ts';

/** A question longer than the 200 characters the core echoes, paged with "more" in the terminal chat. */
const LONG_QUESTION =
  'talks about microservices or containers or culture or security or learning or cloud or ' +
  'netflix or uber or docker or devops or infrastructure or lyft or buffer, I am preparing an ' +
  'internal summary for my team and would love to see every one of them, so please list all ' +
  'of them with their speakers and companies and slides and videos where the notes have them, ' +
  'because we want to pick what to watch together at our next lunch and learn session on ' +
  'friday but not netflix';

describe('terminal chat: a long question', () => {
  it('pages the question typed, whole: "more" does not bring back what its last words left out', async () => {
    const bot = await shippedBot();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => {
      printed += String(chunk);
    });
    const input = Readable.from([[LONG_QUESTION, 'more'].join('\n')]);
    const surface = consoleSurface({ input, output, interactive: false })({
      asker: bot,
    } as unknown as SurfaceContext);
    await surface?.start();
    await surface?.finished;
    const [, page2] = printed.split(/^qcon> /m).filter(Boolean);
    expect(page2).toContain('Page 2 of 2');
    expect(page2).not.toContain('Netflix');
  });
});
