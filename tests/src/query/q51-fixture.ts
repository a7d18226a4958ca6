import type { Library } from '../../../src/model.ts';
import { event, talk, video } from './library-fixture.ts';

/** Two editions of one conference and another event of a third year (round q51), invented. */
export const HARBOUR_21 = 'harbourdev-2021';
export const HARBOUR_22 = 'harbourdev-2022';
export const TIDE = 'tidecon-2023';

const at = (date: string, time: string) => ({ date, time });

export const q51Library: Library = {
  events: [
    event(HARBOUR_21, 'HarbourDev 2021', { dates: '2021-04-10' }),
    event(HARBOUR_22, 'HarbourDev 2022', { dates: '2022-04-12' }),
    event(TIDE, 'TideCon 2023', { dates: '2023-09-01' }),
  ],
  talks: [
    talk(HARBOUR_21, 'hire', 'Hiring without whiteboards', 'take-home tasks; paid trials', {
      topic: 'Culture',
      links: [video('https://example.org/v/hire')],
      speakers: [{ name: 'Lotte Brandvik', company: 'Fjordline' }],
      ...at('2021-04-10', '09:30'),
    }),
    talk(HARBOUR_21, 'org', 'Organization design for platform teams', 'team topologies; conway', {
      topic: 'Culture',
      ...at('2021-04-10', '11:00'),
    }),
    talk(HARBOUR_21, 'sec', 'Threat modelling for small teams', 'security reviews; STRIDE', {
      topic: 'Security',
      ...at('2021-04-10', '14:00'),
    }),
    talk(
      HARBOUR_22,
      'organ',
      'Organ donation matching with graphs',
      'graph algorithms; hospitals',
      {
        topic: 'Data',
        ...at('2022-04-12', '10:00'),
      },
    ),
    talk(HARBOUR_22, 'ml', 'Machine learning on a budget', 'feature stores; batch scoring', {
      topic: 'Data',
      speakers: [{ name: 'Ada Byrne', company: 'Acme' }],
      ...at('2022-04-12', '15:00'),
    }),
    talk(TIDE, 'mesh', 'Service mesh in anger', 'sidecars; retries; security by mTLS', {
      topic: 'Architecture',
      links: [video('https://example.org/v/mesh')],
    }),
    talk(TIDE, 'cult', 'Blameless culture at scale', 'postmortems; psychological safety', {
      topic: 'Culture',
    }),
    talk(TIDE, 'kafka', 'Kafka the hard parts', 'partitions; consumer lag', {
      topic: 'Architecture',
      speakers: [{ name: 'Ada Byrne', company: 'Acme' }],
    }),
  ],
};
