import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/**
 * The topics a "no match" offers to try instead. In an archive of many posts, every post's
 * sections were offered in the order the posts came, a section of one talk first: the subjects
 * most talks share come first now, and a section of one talk is left for `topics` to list.
 */
const SKERRY = 'skerryconf-2030';
const TARN = 'tarnday-2031';
const topic = (name: string) => ({ topic: name });

describe('topics offered after a question that finds nothing', () => {
  it('over several events: those of the most talks first, none of a single talk', () => {
    const bot = new Bot({
      events: [event(SKERRY, 'SkerryConf 2030'), event(TARN, 'TarnDay 2031')],
      talks: [
        talk(SKERRY, 'walk', 'A walk to the venue', 'Rain; ferries', topic('Getting there')),
        talk(SKERRY, 'mesh', 'Mesh without sidecars', 'eBPF; ambient', topic('Networking')),
        talk(TARN, 'bgp', 'BGP for app people', 'Peering; routes', topic('Networking')),
        talk(TARN, 'quic', 'QUIC in production', 'Head-of-line blocking', topic('Networking')),
        talk(TARN, 'slo', 'SLOs that page less', 'Burn rates', topic('Reliability')),
        talk(SKERRY, 'chaos', 'Chaos on Fridays', 'Game days', topic('Reliability')),
      ],
    });
    const answer = bot.ask('how do I bake sourdough bread');
    expect(answer.kind).toBe('none');
    if (answer.kind === 'none') expect(answer.topics).toEqual(['Networking', 'Reliability']);
  });

  it("over many posts: only topics several posts share, not one author's sections", () => {
    const posts = ['fjord-2029', 'fjord-2030', 'moor-2030', 'heath-2031'];
    const bot = new Bot({
      events: posts.map((id) => event(id, id)),
      talks: [
        talk(posts[0] as string, 'mesh', 'Mesh without sidecars', 'eBPF', topic('Networking')),
        talk(posts[0] as string, 'bgp', 'BGP for app people', 'Peering', topic('Networking')),
        talk(posts[1] as string, 'quic', 'QUIC in production', 'Streams', topic('Networking')),
        talk(posts[2] as string, 'a', 'Ambient mesh', 'Ztunnel', topic('Ce que j’ai retenu')),
        talk(posts[2] as string, 'b', 'Cache tiers', 'Redis', topic('Ce que j’ai retenu')),
        talk(posts[2] as string, 'c', 'Queue depth', 'Kafka', topic('Ce que j’ai retenu')),
        talk(posts[3] as string, 'd', 'Build caches', 'Bazel', topic('세션 요약')),
        talk(posts[3] as string, 'e', 'Test splits', 'Shards', topic('세션 요약')),
      ],
    });
    const answer = bot.ask('how do I bake sourdough bread');
    if (answer.kind === 'none') expect(answer.topics).toEqual(['Networking']);
    else expect.unreachable(answer.kind);
  });

  it('of one event: every topic, in the order of its notes', () => {
    const bot = new Bot({
      events: [event(SKERRY, 'SkerryConf 2030')],
      talks: [
        talk(SKERRY, 'walk', 'A walk to the venue', 'Rain; ferries', topic('Getting there')),
        talk(SKERRY, 'mesh', 'Mesh without sidecars', 'eBPF; ambient', topic('Networking')),
        talk(SKERRY, 'bgp', 'BGP for app people', 'Peering; routes', topic('Networking')),
      ],
    });
    const answer = bot.ask('how do I bake sourdough bread');
    if (answer.kind === 'none') expect(answer.topics).toEqual(['Getting there', 'Networking']);
    else expect.unreachable(answer.kind);
  });
});
