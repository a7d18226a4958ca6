import { describe, expect, it } from 'vitest';
import {
  byline,
  bylineWithin,
  cardView,
  detailView,
  focusLine,
  formatDate,
  formatTime,
  helpIntro,
  listNotes,
  listTitle,
  noneTexts,
  people,
  wellFormedAll,
  whenText,
} from '../../../adapters/present/index.ts';
import type { TalkCard, TalkDetail, TalksScope } from '../../../src/answer.ts';

const card: TalkCard = {
  ref: 'qcon-ny-2016/container-mgmt-at-netflix',
  id: 'container-mgmt-at-netflix',
  event: 'qcon-ny-2016',
  eventName: 'QCon New York 2016',
  title: 'Container mgmt at Netflix',
  topic: 'Devops',
  speakers: [
    { name: 'Andrew Spyker', company: 'Netflix' },
    { name: 'Sharma Podila', company: 'Netflix' },
  ],
  summary: 'Titus.',
  links: { description: 'https://example.com/d', slides: 'https://example.com/s' },
};

describe('presentation', () => {
  it('writes each speaker with their company in brackets, and says when nobody is named', () => {
    expect(byline(card)).toBe(
      'Andrew Spyker and Sharma Podila (Netflix) · Devops · QCon New York 2016',
    );
    expect(
      people([
        { name: 'Jane Doe', company: 'Acme' },
        { name: 'Ali Khan', company: 'Globex' },
      ]),
    ).toBe('Jane Doe (Acme), Ali Khan (Globex)');
    expect(
      people([
        { name: 'A One', company: 'Acme' },
        { name: 'B Two', company: 'acme' },
        { name: 'C Three', company: 'Acme' },
      ]),
    ).toBe('A One, B Two and C Three (Acme)');
    expect(people([{ name: 'Jane Doe', company: 'Acme' }, { name: 'Ali Khan' }])).toBe(
      'Jane Doe (Acme), Ali Khan',
    );
    expect(byline({ ...card, speakers: [] })).toBe('speaker unknown · Devops · QCon New York 2016');
    expect(
      byline({ ...card, speakers: [{ company: 'Recurse Center', role: 'co-founder' }] }),
    ).toMatch(/^Co-founder, Recurse Center · /);
    expect(byline({ ...card, speakers: [{ company: 'Lyft' }] })).toMatch(/^a speaker from Lyft · /);
  });

  it('says a talk’s kind once: not again where its topic says it', () => {
    const keynote = { ...card, speakers: [{ name: 'Ada Lind' }], kind: 'Keynote' };
    expect(byline({ ...keynote, topic: 'Keynotes' })).toBe(
      'Ada Lind · Keynotes · QCon New York 2016',
    );
    expect(byline({ ...keynote, kind: 'Lightning talk', topic: 'Day 2 lightning talks' })).toBe(
      'Ada Lind · Day 2 lightning talks · QCon New York 2016',
    );
    // A topic that does not say it keeps the kind; a word that only starts alike is not the kind.
    expect(byline({ ...keynote, topic: 'Devops' })).toBe(
      'Ada Lind · Keynote · Devops · QCon New York 2016',
    );
    expect(byline({ ...keynote, kind: 'Panel', topic: 'Panels of glass' })).toMatch(
      /^Ada Lind · Panels of glass/,
    );
    expect(byline({ ...keynote, kind: 'Talk', topic: 'Talkative tech' })).toBe(
      'Ada Lind · Talk · Talkative tech · QCon New York 2016',
    );
  });

  it('shows a day with every time, written by Intl', () => {
    expect(formatDate('2016-06-15')).toBe('Wed 15 June 2016');
    expect(formatDate('Day 2')).toBe('Day 2');
    expect(formatDate('2016-02-30')).toBe('2016-02-30');
    expect(formatTime('2:55pm-3:45pm')).toBe('2:55–3:45 pm');
    expect(formatTime('11:50am-12:40pm')).toBe('11:50 am–12:40 pm');
    expect(formatTime('14:00–15:30')).toBe('2:00–3:30 pm');
    // No am or pm, and no hour that says which: as written.
    expect(formatTime('1:00-2:00')).toBe('1:00–2:00');
    expect(formatTime('after lunch')).toBe('after lunch');
    expect(whenText({ date: '2016-06-15', time: '2:55pm-3:45pm' })).toBe(
      'Wed 15 June 2016, 2:55–3:45 pm',
    );
    expect(whenText({ day: 'Day 2', time: '10:35am-11:25am' })).toBe('Day 2, 10:35–11:25 am');
    expect(whenText({ time: '10:35am-11:25am', track: 'Microservices' })).toBe(
      '10:35–11:25 am (day not recorded) · Microservices track',
    );
  });

  it('says hello back, or you are welcome, before what the bot knows', () => {
    const stats = { talks: 10, events: 1 };
    expect(helpIntro(stats)).toBe('I know 10 talks from 1 event.');
    expect(helpIntro(stats, 'hello')).toBe('Hi! I know 10 talks from 1 event.');
    expect(helpIntro(stats, 'thanks')).toBe('You’re welcome! I know 10 talks from 1 event.');
  });

  it('titles every kind of list, and says what a corrected typo was', () => {
    const title = (scope: TalksScope, total = 2) => listTitle({ scope, total, hits: [card] });
    expect(title({ kind: 'search', words: 'postgres' })).toBe('2 talks for “postgres”');
    expect(title({ kind: 'topic', topic: 'Devops' })).toBe('2 talks in topic Devops');
    expect(
      title({ kind: 'topic', topic: 'Security and Devops', topics: ['Security', 'Devops'] }),
    ).toBe('2 talks in topics Security and Devops');
    expect(title({ kind: 'list', event: 'qcon-ny-2016' })).toBe(
      'All 2 talks at QCon New York 2016',
    );
    expect(title({ kind: 'speaker', name: 'Andrew Spyker' }, 1)).toBe('1 talk by Andrew Spyker');
    expect(title({ kind: 'company', name: 'Netflix' })).toBe('2 talks by speakers from Netflix');
    expect(title({ kind: 'date', label: 'Morning' })).toBe('2 talks in the morning');
    expect(title({ kind: 'date', label: 'at 10:30' })).toBe('2 talks at 10:30');
    expect(title({ kind: 'list', having: 'video' })).toBe('2 talks with a video');
    expect(title({ kind: 'list', having: 'slides' })).toBe('2 talks with slides');
    expect(title({ kind: 'topic', topic: 'Security', having: 'slides' })).toBe(
      '2 talks in topic Security with slides',
    );
    expect(title({ kind: 'speaker', name: 'Ryan Lane', having: 'video' }, 1)).toBe(
      '1 talk by Ryan Lane with a video',
    );
    expect(title({ kind: 'list', excluding: 'microservices' }, 6)).toBe(
      '6 talks not about “microservices”',
    );
    expect(title({ kind: 'list', excluding: 'at qcon' }, 31)).toBe('31 talks not at “qcon”');
    expect(title({ kind: 'topic', topic: 'Architecture', excluding: 'uber' })).toBe(
      '2 talks in topic Architecture not about “uber”',
    );
    // A search echoes the question, which already says it.
    expect(title({ kind: 'search', words: 'kubernetes with slides', having: 'slides' })).toBe(
      '2 talks for “kubernetes with slides”',
    );
    expect(title({ kind: 'date', label: 'Day 2 at 10:30' })).toBe('2 talks on Day 2 at 10:30');
    expect(title({ kind: 'date', label: 'Wednesday at 10:30', date: '2016-06-15' })).toBe(
      '2 talks on Wed 15 June 2016 at 10:30',
    );
    expect(title({ kind: 'date', label: 'Wednesday afternoon', date: '2016-06-15' })).toBe(
      '2 talks on Wed 15 June 2016, in the afternoon',
    );
    expect(title({ kind: 'date', label: 'Wednesday', date: '2016-06-15' })).toBe(
      '2 talks on Wed 15 June 2016',
    );
    expect(title({ kind: 'date', label: 'Day 2' })).toBe('2 talks on Day 2');
    expect(
      listNotes({
        scope: { kind: 'search', words: 'postgres', correctedFrom: 'postgress' },
        page: 1,
        pageCount: 2,
      }),
    ).toEqual(['Showing results for postgres — you typed postgress', 'Page 1 of 2']);
  });

  it('says what the question wanted and the talk lacks', () => {
    expect(focusLine('video', card)).toBe(
      'No video link in the notes — slides and description below',
    );
    expect(focusLine('video', { links: { video: 'https://v' } })).toBeUndefined();
    expect(focusLine('slides', { links: { video: 'https://v' } })).toBe(
      'No slides link in the notes — video below',
    );
    expect(focusLine('links', { links: {} })).toBe('No links in the notes for this talk');
    expect(cardView(card, 'speakers').leadWithSpeakers).toBe(true);
    expect(cardView(card, 'video').focusNote).toMatch(/^No video link in the notes/);
    expect(
      noneTexts({
        kind: 'none',
        query: 'x/y',
        suggestions: [],
        topics: [],
        reason: 'unknown-talk',
      }),
    ).toEqual({
      title: 'No talk with that id',
      offer: 'Close matches',
    });
    // "and who gave it?" with no earlier answer in the conversation: the bot asks which talk.
    expect(
      noneTexts({
        kind: 'none',
        query: 'and who gave it?',
        suggestions: ['talk uber'],
        topics: [],
        reason: 'which-talk',
        example: 'talk uber',
      }),
    ).toEqual({
      title:
        'Which talk? There is no earlier answer of yours here to go on: name the talk, as in “talk uber”',
      offer: 'Try',
    });
  });

  it('says on a card when the talk was, where the notes do, and once on a detail', () => {
    const dated = { ...card, date: '2016-06-14', time: '10:35am-11:25am' };
    expect(cardView(dated).byline).toBe(
      'Andrew Spyker and Sharma Podila (Netflix) · Devops · QCon New York 2016 · Tue 14 June 2016, 10:35–11:25 am',
    );
    expect(cardView(dated, 'speakers').place).toBe(
      'Devops · QCon New York 2016 · Tue 14 June 2016, 10:35–11:25 am',
    );
    expect(cardView({ ...card, day: 'Day 2' }).byline).toMatch(/ · Day 2$/);
    // Nothing said of a talk whose notes give no day or time.
    expect(cardView(card).byline).toBe(byline(card));
    const detail = detailView({ ...dated, notes: [], allLinks: [] }, []);
    expect(detail.when).toBe('Tue 14 June 2016, 10:35–11:25 am');
    expect(detail.byline).not.toMatch(/June/);
  });

  it('shortens a long list of people first, so a card still says when the talk was', () => {
    const panel = {
      ...card,
      date: '2025-04-03',
      time: '10:30am-11:15am',
      speakers: Array.from({ length: 12 }, (_, i) => ({
        name: `Speaker Number${i} Longname`,
        company: `Company ${i} Incorporated`,
      })),
    };
    const view = cardView(panel);
    expect(view.byline.length).toBeGreaterThan(300);
    const within = bylineWithin(view, 256);
    expect(within.length).toBeLessThanOrEqual(256);
    expect(within).toMatch(
      /^Speaker Number0 Longname .*… · Devops · QCon New York 2016 · Thu 3 April 2025, 10:30–11:15 am$/,
    );
    // A byline that fits is left as it is.
    expect(bylineWithin(cardView(card), 256)).toBe(cardView(card).byline);
  });

  it('shows a detail without repeats: official title, links and related talks once each', () => {
    const talk: TalkDetail = {
      ...card,
      officialTitle: 'CONTAINER MGMT at Netflix!',
      links: { ...card.links, video: 'https://example.com/v' },
      notes: [{ text: 'See example.com/more and the Titus repo', children: [] }],
      allLinks: [
        { kind: 'description', url: 'https://example.com/d', text: 'Description' },
        { kind: 'slides', url: 'https://example.com/s', text: 'slides' },
        { kind: 'slides', url: 'https://example.com/s', text: 'Slides again' },
        { kind: 'see-also', url: 'https://example.com/more', text: 'example.com/more' },
        { kind: 'see-also', url: 'https://github.com/Netflix/titus', text: 'Titus repo' },
        { kind: 'see-also', url: 'https://elsewhere.example/x', text: 'Elsewhere' },
      ],
    };
    const other = { ...card, ref: 'qcon-ny-2016/other', title: 'Other' };
    const view = detailView(talk, [other, other, card]);
    expect(view.officialTitle).toBeUndefined();
    expect(view.mainLinks.map((l) => l.label)).toEqual(['Description', 'Slides', 'Video']);
    expect(view.notes[0]?.segments).toEqual([
      { text: 'See ' },
      { text: 'example.com/more', url: 'https://example.com/more' },
      { text: ' and the ' },
      { text: 'Titus repo', url: 'https://github.com/Netflix/titus' },
    ]);
    expect(view.moreLinks.map((l) => l.url)).toEqual(['https://elsewhere.example/x']);
    expect(view.related).toHaveLength(1);
    expect(
      detailView({ ...talk, officialTitle: 'Scheduling a Fuller House' }, []).officialTitle,
    ).toBe('Scheduling a Fuller House');
  });
});

describe('wellFormedAll, the last guard before a message leaves', () => {
  it('mends half an emoji at any depth, and leaves every part with nothing to mend as it was', () => {
    const half = '\ud83d';
    const untouched = { type: 1, components: [{ label: 'Slides', custom_id: 'talk:1' }] };
    const message = {
      content: 'Answers',
      embeds: [{ title: 'Rust', fields: [{ name: 'Notes', value: `cut ${half}` }] }],
      components: [untouched],
    };
    const sent = wellFormedAll(message);
    expect(sent.embeds[0]?.fields[0]?.value).toBe('cut \ufffd');
    expect(message.embeds[0]?.fields[0]?.value).toBe(`cut ${half}`);
    expect(sent.components[0]).toBe(untouched);
    expect(wellFormedAll(untouched)).toBe(untouched);
  });
});
