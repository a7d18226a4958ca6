import type { Library } from '../../../src/model.ts';
import { event, slides, talk, video } from './library-fixture.ts';

/** Three events of one edition each, years apart (round q52), invented. */
export const KELP = 'kelpconf-2022';
export const SURF = 'surfdev-2024';
export const DUNE = 'dunejs-2019';

const at = (date: string, time: string) => ({ date, time });

export const q52Library: Library = {
  events: [
    event(KELP, 'KelpConf 2022', { dates: '2022-05-03', place: 'Bergen, Norway' }),
    event(SURF, 'SurfDev 2024', { dates: '2024-10-08', place: 'Porto, Portugal' }),
    event(DUNE, 'DuneJS 2019', { dates: '2019-02-20' }),
  ],
  talks: [
    talk(KELP, 'retro', 'Retrospectives that change things', 'action items; team culture', {
      topic: 'Culture',
      speakers: [{ name: 'Maren Solvik', company: 'Tangle' }],
      ...at('2022-05-03', '09:30'),
    }),
    talk(KELP, 'onboard', 'Onboarding new hires remotely', 'buddy system; culture of writing', {
      topic: 'Culture',
      ...at('2022-05-03', '11:00'),
    }),
    talk(KELP, 'pg', 'Postgres upgrades without downtime', 'logical replication; pg_upgrade', {
      topic: 'Data',
      speakers: [{ name: 'Ivo Marsh', company: 'Tangle' }],
      links: [slides('https://example.org/s/pg')],
      ...at('2022-05-03', '14:00'),
    }),
    talk(SURF, 'wasm', 'WebAssembly at the edge', 'cold starts; sandboxing', {
      topic: 'Architecture',
      speakers: [{ name: 'Rui Lemos', company: 'Onda' }],
      links: [video('https://example.org/v/wasm')],
      ...at('2024-10-08', '10:00'),
    }),
    talk(SURF, 'flags', 'Feature flags in practice', 'trunk-based development; kill switches', {
      topic: 'Delivery',
      ...at('2024-10-08', '13:30'),
    }),
    talk(SURF, 'lead', 'From engineer to manager', 'one-on-ones; delegation; culture', {
      topic: 'Culture',
      speakers: [{ name: 'Maren Solvik', company: 'Tangle' }],
      ...at('2024-10-08', '16:00'),
    }),
    talk(DUNE, 'react', 'State management without tears', 'signals; stores', {
      topic: 'Frontend',
      speakers: [{ name: 'Ola Dune', company: 'Sandbox' }],
    }),
  ],
};
