import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { CONTENT_DIR } from '../../helpers.ts';
import { event, ids, talk } from './library-fixture.ts';

/** The number an answer says is the number of talks it lists, page after page. */

const OSLO = 'cloudnord-oslo-2022';

describe('an answer that adds talks of related words to those with the words themselves', () => {
  it('counts each talk it lists, no fewer', async () => {
    // The shipped notes say "Infrastructure-as-Code" in passing; two other talks are about
    // Terraform, a related word, and score far higher for it.
    const { library } = await loadContent(CONTENT_DIR);
    library.events.push(event(OSLO, 'CloudNord Oslo 2022'));
    library.talks.push(
      talk(
        OSLO,
        'modules',
        "Terraform modules that don't hurt",
        'Small Terraform modules; Terragrunt',
      ),
      talk(OSLO, 'tofu', 'Terraform or OpenTofu?', 'Licence change; Terraform state stays'),
    );
    const bot = new Bot(library);
    const answer = bot.ask('infra as code');
    expect(answer.kind).toBe('talks');
    if (answer.kind !== 'talks') return;
    expect(ids(answer).sort()).toEqual(['implementing-infrastructure-as-code', 'modules', 'tofu']);
    expect(answer.total).toBe(3);
  });
});
