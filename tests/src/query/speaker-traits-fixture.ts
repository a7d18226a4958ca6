import { Bot } from '../../../src/bot.ts';
import { event, talk } from './library-fixture.ts';

/** An invented event with a talk about women in tech, for questions of the speakers' gender. */
const FJORD = 'fjordconf-2031';
export const traitsBot = new Bot({
  events: [event(FJORD, 'FjordConf 2031')],
  talks: [
    talk(FJORD, 'mesh', 'Mesh without sidecars', 'eBPF; ambient', {
      speakers: [{ name: 'Ana Lima' }],
    }),
    talk(FJORD, 'wit', 'Women in tech, ten years on', 'Hiring; retention; mentoring', {
      speakers: [{ name: 'Bo Berg' }],
    }),
  ],
});

/** What the answer says where the notes cannot tell who the speakers are. */
export const NOT_SAID =
  'The notes do not say the speakers’ gender or background, only their names and companies';
