import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, scope, talk } from './library-fixture.ts';

/**
 * A conference's region or city written short in its name ("KubeCon EU", "QCon NYC") or in the
 * question ("kubecon europe", "qcon ny"): the same conference, either way round.
 */

const bot = new Bot({
  events: [
    event('kubecon-eu-2024', 'KubeCon EU 2024'),
    event('kubecon-na-2024', 'KubeCon NA 2024'),
    event('qcon-new-york-2016', 'QCon New York 2016'),
    event('devsummit-sf', 'DevSummit SF 2023'),
  ],
  talks: [
    talk('kubecon-eu-2024', 'gateway', 'Gateway API in practice', 'routes; listeners'),
    talk('kubecon-eu-2024', 'kueue', 'Batch jobs with Kueue', 'quotas; cohorts'),
    talk('kubecon-na-2024', 'cilium', 'Cilium at scale', 'eBPF maps; identities'),
    talk('qcon-new-york-2016', 'chaos', 'Chaos engineering at Netflix', 'failure injection'),
    talk('devsummit-sf', 'wasm', 'Wasm on the edge', 'cold starts; isolates'),
  ],
});

describe('a conference asked for by the other spelling of its place', () => {
  it.each([
    ['talks at kubecon europe', ['gateway', 'kueue']],
    ['kubecon emea', ['gateway', 'kueue']],
    ['what was on at kubecon north america', ['cilium']],
    ['qcon nyc', ['chaos']],
    ['anything from qcon ny?', ['chaos']],
    ['devsummit san francisco', ['wasm']],
  ])('"%s" lists that conference', (asked, expected) => {
    expect(ids(bot.ask(asked)).sort()).toEqual(expected);
  });

  it('keeps the asked subject, the place words not searched for', () => {
    const answer = bot.ask('kueue talks at kubecon europe');
    expect(ids(answer)).toEqual(['kueue']);
    expect(scope(answer)?.unmatched).toBeUndefined();
  });
});
