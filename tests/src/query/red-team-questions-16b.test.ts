import { describe, expect, it } from 'vitest';
import { Bot } from '../../../src/bot.ts';
import { event, ids, talk } from './library-fixture.ts';

/**
 * More of the red team's questions: the asking ("deep dive", "intro") winning over the subject,
 * a yes-or-no about speakers of two events, a greeting typed before a subject, and the events of
 * a year asked for in another language. Invented notes of three small events.
 */
const [SALT, SALT2, REEF] = ['saltconf-2023', 'saltconf-2024', 'reefdays-2024'];
const library = {
  events: [
    event(SALT, 'SaltConf 2023', { dates: '2023-03-14' }),
    event(SALT2, 'SaltConf 2024', { dates: '2024-03-12' }),
    event(REEF, 'ReefDays 2024', { dates: '2024-09-03' }),
  ],
  talks: [
    talk(SALT, 'gradle', 'Gradle builds: a deep dive', 'Configuration cache; build scans', {
      speakers: [{ name: 'Tilde Aro' }],
    }),
    talk(SALT, 'probes', 'Kernel probes for app people', 'eBPF maps; uprobes', {
      speakers: [{ name: 'Juno Pell' }],
    }),
    talk(SALT2, 'probes-2', 'eBPF in production, a year on', 'Overhead; verifier limits', {
      speakers: [{ name: 'Juno Pell' }],
    }),
    talk(REEF, 'reef-sec', 'Threat models for small teams', 'STRIDE; whiteboards', {
      speakers: [{ name: 'Ola Brisk' }],
    }),
    talk(REEF, 'reef-k8s', 'Kubernetes upgrades without fear', 'Surge; PDBs', {
      speakers: [{ name: 'Tilde Aro' }],
    }),
  ],
};
const bot = new Bot(library);
const names = (asked: string) => {
  const answer = bot.ask(asked);
  return answer.kind === 'talks' ? answer.scope.tally?.names.map((entry) => entry.name) : [];
};

describe('the words of the asking beside a subject', () => {
  it('never find a talk of another subject that has only them', () => {
    expect(ids(bot.ask('ebpf deep dive')).sort()).toEqual(['probes', 'probes-2']);
    expect(ids(bot.ask('intro to ebpf')).sort()).toEqual(['probes', 'probes-2']);
  });

  it('still find the talk that has them and the subject', () => {
    expect(ids(bot.ask('gradle deep dive'))).toEqual(['gradle']);
  });
});

describe('a yes or no about the speakers of two events', () => {
  it('names those of both', () => {
    expect(names('did anyone speak at both saltconf editions?')).toEqual(['Juno Pell']);
    expect(names('has anybody spoken at both saltconf 2023 and reefdays')).toEqual(['Tilde Aro']);
  });
});

describe('a greeting typed before a subject', () => {
  it('is no word of the subject', () => {
    expect(ids(bot.ask('sup, ebpf?')).sort()).toEqual(['probes', 'probes-2']);
  });
});

describe('asking to count talks', () => {
  it('is the talks counted, "count" no word to search', () => {
    expect(ids(bot.ask('count the ebpf talks')).sort()).toEqual(['probes', 'probes-2']);
  });
});

describe('the events of a year asked in another language', () => {
  it('are the events of that year', () => {
    for (const asked of ['eventos de 2024', 'conferenze nel 2024', 'Konferenzen in 2024']) {
      const answer = bot.ask(asked);
      const listed = answer.kind === 'events' ? answer.events.map((one) => one.id).sort() : [];
      expect(listed, asked).toEqual([REEF, SALT2]);
    }
  });
});
