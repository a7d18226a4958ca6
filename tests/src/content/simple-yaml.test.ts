import { describe, expect, it } from 'vitest';
import { isMap, parseDocument } from 'yaml';
import { readSimpleYaml } from '../../../src/content/simple-yaml.ts';

/** What the full YAML parser makes of the text, in the shape `readSimpleYaml` answers. */
function fullParse(text: string) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return 'error';
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const keyLines = new Map<string, number>();
  const talkLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = pair.key as { value: unknown; range: [number, number, number] };
      keyLines.set(String(key.value), lineOf(key.range[0]));
    }
  }
  const talks = doc.get('talks', true);
  if (isMap(talks)) {
    for (const pair of talks.items) {
      const key = pair.key as { value: unknown; range: [number, number, number] };
      talkLines.set(String(key.value), lineOf(key.range[0]));
    }
  }
  return { value: doc.toJS(), keyLines, talkLines };
}

describe('front matter in the plain subset of YAML', () => {
  const inSubset = [
    'title: Summary of QCon New York, 2016\nauthor: Jane Doe',
    'tags: [qcon, culture, devops]\nheader-img: "images/bg-post.jpg"',
    "event:\n  name: QCon London 2025\n  dates: 2025-04-07..2025-04-09\n  source: 'https://qconlondon.com/'",
    [
      '# Facts the notes do not carry',
      'talks:',
      '  the-deadly-sins-of-microservices:',
      '    official_title: "Scheduling a Fuller House: Container Mgmt @Netflix"',
      '    speakers: [Andrew Spyker (Netflix), Sharma Podila (Netflix)]',
      '    video: https://www.infoq.com/presentations/container-management-netflix#t=10',
      '    time: 11:50am-12:40pm',
      '',
      '  keynote:',
      '    date: 2016-06-14',
      'title: Notes',
    ].join('\n'),
  ];

  it.each(inSubset)('reads what the YAML parser reads, key lines included: %s', (text) => {
    const simple = readSimpleYaml(text);
    const full = fullParse(text);
    expect(simple).toBeDefined();
    expect(full).not.toBe('error');
    // Key order too: it is the order of the talks' facts and of the problems told about them.
    const ordered = (r: typeof simple | typeof full) =>
      typeof r === 'object' && [JSON.stringify(r.value), [...r.keyLines], [...r.talkLines]];
    expect(ordered(simple)).toEqual(ordered(full));
  });

  const outside = [
    'title: Notes # a trailing comment',
    'count: 12',
    'draft: true',
    'nothing:',
    'title: ~',
    'tags:\n  - a\n  - b',
    'speakers: [ spaced , items ]',
    'speakers: [a: b]',
    'title: "escaped \\" quote"',
    'title: "tab\\there"',
    'title: a: b',
    'title: first line\n  and a second',
    'a: x\na: y',
    'base: &anchor x\nother: *anchor',
    'title:\tTabbed',
    'title: CRLF\r\nauthor: x',
    '  indented: at the top',
    'a:\n    b: deeper\n  c: between',
    '"quoted key": x',
  ];

  it.each(outside)('leaves anything else to the YAML parser: %s', (text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });
});
