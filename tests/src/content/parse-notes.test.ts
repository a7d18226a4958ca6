import { describe, expect, it } from 'vitest';
import { parseNotes } from '../../../src/content/parse-notes.ts';
import { firstLink } from '../../../src/model.ts';

const parse = (markdown: string) => parseNotes(markdown, 'notes.md', 'conf-2024');
const titles = (markdown: string) => parse(markdown).talks.map((t) => t.title);

describe('talk headings', () => {
  it('reads talks under ## headings with no table of contents or topics', () => {
    const { talks, event, problems } = parse(
      [
        '# My notes from Conf',
        '',
        '## First talk',
        '* point one about caching',
        '',
        '## Second talk',
        '* another point',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(talks.map((t) => t.title)).toEqual(['First talk', 'Second talk']);
    expect(talks.every((t) => t.topic === undefined)).toBe(true);
    expect(event.name).toBe('My notes from Conf');
  });

  it('reads talks under ### headings grouped by ## topic headings', () => {
    const { talks, event } = parse(
      [
        '## Architecture',
        '### Event sourcing',
        '* events are facts',
        '## Culture',
        '### Hiring',
        '* hire for attitude',
      ].join('\n'),
    );
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      ['Event sourcing', 'Architecture'],
      ['Hiring', 'Culture'],
    ]);
    expect(event.topics).toEqual(['Architecture', 'Culture']);
  });

  it('does not turn a "Talks" group heading into a talk or a topic', () => {
    const { talks } = parse(
      ['## Talks', '### One', '* a point here', '### Two', '* a point there'].join('\n'),
    );
    expect(talks.map((t) => [t.title, t.topic])).toEqual([
      ['One', undefined],
      ['Two', undefined],
    ]);
  });

  it.each(['Conclusion', 'Summary', 'Resources', 'Raw Notes', 'Introduction', 'Table of Contents'])(
    'does not turn a "%s" section into a talk',
    (heading) => {
      expect(
        titles(
          [
            '## Real talk',
            '* a point worth noting',
            `## ${heading}`,
            '* what I thought overall',
          ].join('\n'),
        ),
      ).toEqual(['Real talk']);
    },
  );

  it('takes the title from a heading that is itself a link, and that link as the description', () => {
    const [talk] = parse(
      '### [Scaling Postgres](https://conf.example/talks/postgres)\n* use pgbouncer for pooling',
    ).talks;
    expect(talk?.title).toBe('Scaling Postgres');
    expect(talk && firstLink(talk, 'description')).toBe('https://conf.example/talks/postgres');
  });

  it('splits "Title by Speaker" into title and speaker', () => {
    const [talk] = parse(
      '## Designing for failure by Jane Doe and John Roe\n* chaos engineering matters',
    ).talks;
    expect(talk?.title).toBe('Designing for failure');
    expect(talk?.speakers).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
  });

  it('keeps "by" inside a title when no name follows it', () => {
    expect(titles('## Death by a thousand cuts\n* small failures add up over time')).toEqual([
      'Death by a thousand cuts',
    ]);
  });

  it('splits "Title (Company)" into title and company', () => {
    const [talk] = parse('## Containers at scale (Netflix)\n* Titus schedules containers').talks;
    expect(talk?.title).toBe('Containers at scale');
    expect(talk?.speakers).toEqual([{ company: 'Netflix' }]);
  });

  it('reads a speaker written as a sub-heading under the talk', () => {
    const { talks } = parse(
      [
        '## Observability in practice',
        '### Speaker: Ana Lima (Honeycomb)',
        '* events over metrics',
        '* sample wisely',
      ].join('\n'),
    );
    expect(talks).toHaveLength(1);
    expect(talks[0]?.speakers).toEqual([{ name: 'Ana Lima', company: 'Honeycomb' }]);
    expect(talks[0]?.notes.map((n) => n.text)).toEqual(['events over metrics', 'sample wisely']);
  });

  it('reads a bare speaker name as a sub-heading', () => {
    const { talks } = parse(
      ['## Observability in practice', '#### Ana Lima', '* events over metrics here'].join('\n'),
    );
    expect(talks.map((t) => [t.title, t.speakers])).toEqual([
      ['Observability in practice', [{ name: 'Ana Lima' }]],
    ]);
  });
});

describe('table of contents and topics', () => {
  it('takes topics from a table of contents grouped under headings', () => {
    const { talks, event } = parse(
      [
        '##### Security',
        '* [Keys](#keys)',
        '##### Devops',
        '* [Pipelines](#pipelines)',
        '---',
        '### Pipelines',
        '* ship small',
        '### Keys',
        '* rotate keys',
      ].join('\n'),
    );
    expect(talks.map((t) => [t.id, t.topic])).toEqual([
      ['pipelines', 'Devops'],
      ['keys', 'Security'],
    ]);
    expect(event.topics).toEqual(['Security', 'Devops']);
  });

  it('takes topics from a nested table of contents list', () => {
    const { talks } = parse(
      ['* Data', '  * [Streams](#streams)', '', '## Streams', '* kafka everywhere'].join('\n'),
    );
    expect(talks[0]?.topic).toBe('Data');
  });
});

describe('notes as authors write them', () => {
  it('finds [Slides](…) and [description](…) links in any case', () => {
    const [talk] = parse(
      '## T\n* [DESCRIPTION](https://a.example/d) and [slides](https://a.example/s.pdf)\n* [Video](https://youtu.be/x)',
    ).talks;
    expect(
      talk && ['description', 'slides', 'video'].map((k) => firstLink(talk, k as 'slides')),
    ).toEqual(['https://a.example/d', 'https://a.example/s.pdf', 'https://youtu.be/x']);
  });

  it('reads nested bullets indented with tabs or spaces into the same tree', () => {
    const tabs = parse('## T\n* top point here\n\t* child point\n\t\t* grandchild point').talks[0]
      ?.notes;
    const spaces = parse('## T\n* top point here\n    * child point\n        * grandchild point')
      .talks[0]?.notes;
    expect(tabs).toEqual(spaces);
    expect(tabs?.[0]?.children[0]?.children[0]?.text).toBe('grandchild point');
  });

  it('reads CRLF line endings like LF', () => {
    const lf = '---\ntitle: Conf\n---\n## One\n* a point here\n  * a sub point\n## Two\n* b point';
    const crlf = parse(lf.replace(/\n/g, '\r\n'));
    expect(crlf.problems).toEqual([]);
    expect(crlf.talks.map((t) => t.notes)).toEqual(parse(lf).talks.map((t) => t.notes));
    expect(crlf.event.name).toBe('Conf');
  });

  it('drops HTML and Liquid fragments from the notes', () => {
    const [talk] = parse(
      [
        '## T',
        '{% include toc.html %}',
        '<div class="note">',
        '',
        '* real point {{ site.url }} here',
        '</div>',
        '',
        '* another <b>bold</b> point {:target="_blank"}',
      ].join('\n'),
    ).talks;
    expect(talk?.notes.map((n) => n.text)).toEqual(['real point here', 'another bold point']);
  });

  it('classifies a "Website at <url>" bullet as the website and other links as see-also with their text', () => {
    const [talk] = parse(
      '## T\n* Website at <http://site.example>\n* Tracing: <http://zipkin.io>',
    ).talks;
    expect(talk?.links).toEqual([
      { kind: 'website', url: 'http://site.example', text: 'Website' },
      { kind: 'see-also', url: 'http://zipkin.io', text: 'Tracing' },
    ]);
  });
});

describe('summary', () => {
  it('prefers the author\'s "Key message" point and stays within 300 characters', () => {
    const long = Array.from(
      { length: 20 },
      (_, i) => `* point number ${i} says something rather long about systems`,
    ).join('\n');
    const [talk] = parse(`## T\n${long}\n* Key message\n  * Hire attitude over skill`).talks;
    expect(talk?.summary.startsWith('Key message: Hire attitude over skill.')).toBe(true);
    expect(talk?.summary.length).toBeLessThanOrEqual(300);
    expect(talk?.summary.endsWith('…') || talk?.summary.endsWith('.')).toBe(true);
  });

  it('leaves out link-only bullets', () => {
    const [talk] = parse(
      '## T\n* [Description](https://d.example) and [Slides](https://s.example)\n* <https://x.example>\n* Caching is hard to get right',
    ).talks;
    expect(talk?.summary).toBe('Caching is hard to get right.');
  });
});

describe('facts in front matter', () => {
  it('adds speakers, official title and video by talk id, never inventing a name', () => {
    const md = [
      '---',
      'talks:',
      '  the-talk:',
      '    official_title: The Official Talk',
      '    speakers: [Jane Doe (Acme), {company: Initech, role: founder}]',
      '    video: https://www.infoq.com/presentations/x',
      '---',
      '## The talk',
      '* a point here',
    ].join('\n');
    const { talks, problems } = parse(md);
    expect(problems).toEqual([]);
    expect(talks[0]).toMatchObject({
      officialTitle: 'The Official Talk',
      speakers: [
        { name: 'Jane Doe', company: 'Acme' },
        { company: 'Initech', role: 'founder' },
      ],
    });
    expect(talks[0] && firstLink(talks[0], 'video')).toBe('https://www.infoq.com/presentations/x');
  });
});

describe('problems name file and line', () => {
  it('reports unparseable front matter at its line', () => {
    const { problems } = parse('---\ntitle: ok\ntags: [a, b\n---\n## T\n* p');
    expect(problems[0]).toMatchObject({ file: 'notes.md' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
    expect(problems[0]?.message).toMatch(/front matter is not valid YAML/);
  });

  it('reports a wrong fact at the line of the key', () => {
    const { problems } = parse(
      '---\ntitle: ok\ntalks:\n  t:\n    video: not a url\n---\n## T\n* p',
    );
    expect(problems).toEqual([
      { file: 'notes.md', line: 5, message: expect.stringMatching(/talks\.t\.video/) },
    ]);
  });

  it('reads a repeated heading as a second talk with its own id, and warns', () => {
    const { problems, talks } = parse('## Keynote\n* a point\n\n## Keynote\n* b point');
    expect(talks.map((t) => [t.id, t.title, t.notes[0]?.text])).toEqual([
      ['keynote', 'Keynote', 'a point'],
      ['keynote-2', 'Keynote', 'b point'],
    ]);
    expect(problems).toEqual([
      {
        file: 'notes.md',
        line: 4,
        message: expect.stringMatching(
          /repeated heading "Keynote" \(first on line 1\).*"keynote-2"/,
        ),
        severity: 'warning',
      },
    ]);
  });

  it('reports a talk heading with no title', () => {
    expect(parse('## Good\n* a\n\n## [](https://x.example)\n* b').problems).toEqual([
      { file: 'notes.md', line: 4, message: 'talk heading has no title', severity: 'warning' },
    ]);
  });

  it('reports broken link syntax', () => {
    const { problems } = parse(
      '## T\n* [Slides] (https://x.example/s.pdf)\n* [Video](https://y.example',
    );
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    expect(problems[0]?.message).toMatch(/broken link syntax/);
  });

  it('reports facts for a talk that does not exist', () => {
    const { problems } = parse('---\ntalks:\n  nope:\n    time: 9am\n---\n## Real\n* a');
    expect(problems[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/talks\.nope matches no talk heading/),
    });
  });
});

describe('event synonyms in front matter', () => {
  it('reads synonyms: into the event, lower-cased', () => {
    const { event, problems } = parse(
      '---\nsynonyms:\n  K8s: [Kubernetes]\n  SRE: site reliability\n---\n## T\n* a point',
    );
    expect(problems).toEqual([]);
    expect(event.synonyms).toEqual({ k8s: ['kubernetes'], sre: ['site reliability'] });
  });

  it('reports a bad synonyms: value at its line', () => {
    const { problems, event } = parse('---\ntitle: x\nsynonyms: [a, b]\n---\n## T\n* a point');
    expect(problems).toEqual([
      { file: 'notes.md', line: 3, message: expect.stringMatching(/^synonyms/) },
    ]);
    expect(event.synonyms).toBeUndefined();
  });
});

describe('errors and warnings', () => {
  it('keeps errors for what cannot be read and warnings for what was skipped', () => {
    const { problems } = parse(
      '---\ntalks:\n  nope:\n    time: 9am\n---\n## Real\n* a [Slides] (https://x.example/s.pdf)\n## Venue\nA hall.',
    );
    expect(problems.map((p) => [p.line, p.severity ?? 'error'])).toEqual([
      [3, 'error'],
      [7, 'warning'],
      [8, 'warning'],
    ]);
  });

  it('reads front matter with CRLF, a byte order mark and no closing fence as CommonMark does', () => {
    const crlf = parse('\uFEFF---\r\ntitle: Conf\r\n---\r\n## One\r\n* a point here');
    expect(crlf.event.name).toBe('Conf');
    expect(crlf.talks[0]?.source.line).toBe(4);
    const open = parse('---\n## One\n* a point here');
    expect(open.talks.map((t) => [t.title, t.source.line])).toEqual([['One', 2]]);
  });
});

describe('each problem once', () => {
  it('reports broken link syntax in a talk once, even where list talks were looked for', () => {
    const { problems } = parse(
      '## Tools\n- [Hound](https://example.com/h) by Jane Doe: code search, see [Slides] (https://x.example/s.pdf)\n- other point',
    );
    expect(problems.map((p) => [p.line, p.message.slice(0, 18)])).toEqual([
      [2, 'broken link syntax'],
    ]);
  });
});

describe('bare addresses labelled by their bullet', () => {
  it('reads "Slides: <url>" and "Video: url" as the slides and the video', () => {
    const [talk] = parse(
      '## T\n* Slides: <https://s.example/deck.pdf>\n* Video: https://v.example/talk\n* Notes: https://n.example',
    ).talks;
    expect(talk?.links.map((l) => [l.kind, l.url])).toEqual([
      ['slides', 'https://s.example/deck.pdf'],
      ['video', 'https://v.example/talk'],
      ['see-also', 'https://n.example'],
    ]);
  });
});
