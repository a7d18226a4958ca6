import { event, slides, talk, video } from './library-fixture.ts';

/** Three invented conferences for the questions of round q49: talks, people, links and days. */
const RUST = 'rustconf-2024';
const HARBOUR = 'harbourdev-2025';
const DOCK = 'datadock-2023';
const by = (name: string, company?: string) => ({
  speakers: [{ name, ...(company ? { company } : {}) }],
});
const at = (date: string, time: string) => ({ date, time });

export const q49Library = {
  events: [
    event(RUST, 'RustConf 2024', { dates: '2024-09-10..2024-09-11', place: 'Montréal' }),
    event(HARBOUR, 'HarbourDev 2025', { dates: '2025-03-04..2025-03-05', place: 'Bergen' }),
    event(DOCK, 'DataDock 2023', { dates: '2023-11-20..2023-11-21', place: 'Lisbon' }),
  ],
  talks: [
    talk(RUST, 'async', 'Async Rust in anger', 'tokio; cancellation safety; pinning', {
      ...by('Lena Ortega', 'Ferrous Systems'),
      ...at('2024-09-10', '10:00'),
      links: [video('https://example.org/v/async')],
    }),
    talk(RUST, 'embedded', 'Blinking LEDs safely', 'no_std; probes; HALs', {
      ...by('Mara Jensen'),
      ...at('2024-09-10', '14:00'),
    }),
    talk(RUST, 'hiring', 'Hiring juniors for a new language', 'interviews; onboarding; mentoring', {
      ...by('Sam Okafor', 'Oxide'),
      ...at('2024-09-11', '09:30'),
    }),
    talk(
      HARBOUR,
      'culture',
      'Blameless culture after an outage',
      'postmortems need safety; timelines first',
      {
        ...by('Tom Becker', 'Zalando'),
        ...at('2025-03-04', '09:00'),
        kind: 'Keynote',
        links: [slides('https://example.org/s/culture')],
      },
    ),
    talk(
      HARBOUR,
      'queues',
      'Lock-free queues',
      'compare-and-swap; hazard pointers; epoch reclamation',
      {
        ...by('Priya Raman', 'Fastly'),
        ...at('2025-03-04', '11:00'),
        links: [video('https://example.org/v/queues'), slides('https://example.org/s/queues')],
      },
    ),
    talk(
      HARBOUR,
      'ownership',
      'Organisational design for platform teams',
      'team topologies; optimisation of hand-offs',
      {
        ...by('Ines Duarte', 'Spotify'),
        ...at('2025-03-05', '10:00'),
      },
    ),
    talk(HARBOUR, 'first', 'First responders: on-call that lasts', 'rotations; paging budgets', {
      ...by('Eva Lunde'),
      ...at('2025-03-05', '14:00'),
    }),
    talk(HARBOUR, 'wasm', 'WebAssembly outside the browser', 'WASI; plugins in Rust', {
      ...by('Nadia Petrova', 'Fermyon'),
      ...at('2025-03-05', '15:00'),
      kind: 'Workshop',
    }),
    talk(DOCK, 'pgscale', 'Postgres at scale', 'partitioning; vacuum; pgbouncer', {
      ...by('Oskar Lind', 'Fjordpay'),
      ...at('2023-11-20', '10:00'),
      links: [video('https://example.org/v/pgscale')],
    }),
    talk(
      DOCK,
      'lakes',
      'Optimizing a data culture',
      'data contracts; organizational buy-in; culture eats strategy',
      {
        ...by('Per Dahl'),
        ...at('2023-11-20', '13:00'),
      },
    ),
    talk(
      DOCK,
      'streams',
      'Kafka Streams in production',
      'state stores; exactly-once; throughput optimization',
      {
        ...by('Ada Brandt', 'Confluent'),
        ...at('2023-11-21', '09:00'),
      },
    ),
  ],
};
