import { describe, expect, it } from 'vitest';
import { conferenceName } from '../../../src/content/event-name.ts';
import { parseNotes } from '../../../src/content/parse-notes.ts';

describe('the conference a post is about, from its title', () => {
  it.each([
    ['Notes from OpsCamp Utrecht 2023', 'OpsCamp Utrecht 2023'],
    ['GoLab Lisbon 2025 — what I saw', 'GoLab Lisbon 2025'],
    ['KubeCon EU 2025 — My Notes', 'KubeCon EU 2025'],
    ['Craft 2019: what stuck', 'Craft 2019'],
    ["KubeCon EU 2024 — Bob's takeaways", 'KubeCon EU 2024'],
    ["QCon London 2024: Anna's notes", 'QCon London 2024'],
    ["Ana's Conference", "Ana's Conference"],
    ['JVM Summit 2025, the talks I liked', 'JVM Summit 2025'],
    ['OpsConf Dublin 2025: a recap (part 1 of 2)', 'OpsConf Dublin 2025'],
    ['React Summit 2023 recap', 'React Summit 2023'],
    ['SRECon19 Americas interesting tidbits', 'SRECon19 Americas'],
    ['KubeCon EU 2024 lessons learned', 'KubeCon EU 2024'],
    ['GopherCon 2023: some random thoughts', 'GopherCon 2023'],
    ['Devoxx Belgium 2022 favourites', 'Devoxx Belgium 2022'],
    // What the post holds or who wrote it, after the year and the place it names.
    ['My notes about DevopsDays 2019 Ghent talks', 'DevopsDays 2019 Ghent'],
    ['PyCon 2023 Salt Lake City talks', 'PyCon 2023 Salt Lake City'],
    ['GOTO 2019 Berlin live blog', 'GOTO 2019 Berlin'],
    ['KubeCon 2019 Barcelona by Jane Doe', 'KubeCon 2019 Barcelona'],
    // What the post is, after the conference: in lower case, after a colon or a dash, or joined.
    ['Code4Lib 2013: Reflection & Thoughts', 'Code4Lib 2013'],
    ['Data Council Austin - Notes & Takeaways', 'Data Council Austin'],
    ['PyCon US 2023 - An action-packed week', 'PyCon US 2023'],
    ['RailsConf 2015 for the non-Attendee', 'RailsConf 2015'],
    ['RailsConf 2015 talks that you should watch', 'RailsConf 2015'],
    ['JSConf EU 2019: A Retrospective', 'JSConf EU 2019'],
    ['Best of QCon London', 'QCon London'],
    // …and titles that only look so.
    ['The Best of Times', 'The Best of Times'],
    ['Best of Breed Architectures', 'Best of Breed Architectures'],
    ['KubeCon EU 2024: An Introduction to eBPF', 'KubeCon EU 2024: An Introduction to eBPF'],
    ['Rust 2018 edition', 'Rust 2018 edition'],
    ['🚀 My DevWeek 2024 highlights', 'DevWeek 2024'],
    ['My top 3 talks from CraftConf', 'CraftConf'],
    ['What I learned at DataDays', 'DataDays'],
    ['Two days at Harbour DevDays 🚢', 'Harbour DevDays'],
    ['Live notes: DevOpsDays Amsterdam 2023, day 1', 'DevOpsDays Amsterdam 2023'],
    ['Summary of QCon New York, 2016', 'QCon New York, 2016'],
    ['Notizen vom Java Forum Nord 2025', 'Java Forum Nord 2025'],
    ['Mon compte rendu de Devoxx France 2026', 'Devoxx France 2026'],
    ['Crónica de la Commit Conf 2026', 'Commit Conf 2026'],
    ['Notas da DevConf Lisboa 2025', 'DevConf Lisboa 2025'],
    ['JSConf JP 2023 参加レポート', 'JSConf JP 2023'],
    ['if(kakao) 2022 후기', 'if(kakao) 2022'],
    ['What I took home from InfraDays Gdańsk 2025', 'InfraDays Gdańsk 2025'],
    ['Looking back at Nordkapp Dev Days 2024', 'Nordkapp Dev Days 2024'],
    ['My trip to JSWorld 2025', 'JSWorld 2025'],
    ['My first RubyConf (2024)', 'RubyConf (2024)'],
    ['First time at PyCon US 2024', 'PyCon US 2024'],
    ['Jfokus 2025 trip report', 'Jfokus 2025'],
    ['Our notes from React Summit Amsterdam 2025', 'React Summit Amsterdam 2025'],
    ['CloudNative Days Nordics 2025 – Team Notes', 'CloudNative Days Nordics 2025'],
    ['LIVE: RustNation Lisbon 2025, day 2', 'RustNation Lisbon 2025'],
    ['What the Tidewater SRE team took home from SREcon EMEA 2025', 'SREcon EMEA 2025'],
    ['Relacja z 4Developers 2025', '4Developers 2025'],
    // Who wrote the post, after the year, in the languages posts are written in.
    ['Retour sur Harbour Days 2022 par Lucie Marchand', 'Harbour Days 2022'],
    ['Fjordconf 2019 by Jane Doe', 'Fjordconf 2019'],
    ['Nordtage 2024 von Max Roth', 'Nordtage 2024'],
    ['Harbour Days 2022 by the team', 'Harbour Days 2022'],
    ['Conf Lisboa 2017 por Ana Souza', 'Conf Lisboa 2017'],
    ['DevOpsDays 2019 by the numbers', 'DevOpsDays 2019 by the numbers'],
    ['Live coding in Rust 2025', 'Live coding in Rust 2025'],
    ['What our team learned about Kafka', 'What our team learned about Kafka'],
    ['Attending DDD Europe 2024', 'DDD Europe 2024'],
    ['GopherCon EU 2024 Day 1', 'GopherCon EU 2024'],
    // No year: the day goes when what is left is a proper name.
    ['CppNorth Day 1', 'CppNorth'],
    ['GOTO Amsterdam, day two', 'GOTO Amsterdam'],
    ['Devoxx Belgium (day 2)', 'Devoxx Belgium'],
    // A few words after the day are the day's, not the conference's.
    ['FjordCon Day 1 in the books', 'FjordCon'],
    ['Web 3.0 Expo: Day 1 Keynotes', 'Web 3.0 Expo'],
    ['Nordic Summit 2022 Day 2 recap', 'Nordic Summit 2022'],
    ['Random Thoughts Day 2 in the books', 'Random Thoughts Day 2 in the books'],
    ['Random Thoughts Day 2', 'Random Thoughts Day 2'],
    ['Team Notes, Day 1', 'Team Notes, Day 1'],
    // The day after the year, in other languages: the talks carry it (title-day.test.ts).
    ['PyFjord 2017 -第二天', 'PyFjord 2017'],
    ['KaigiFjord 2023 1日目', 'KaigiFjord 2023'],
    ['DEVFJORD 2023 2일차', 'DEVFJORD 2023'],
    ['Nordtage 2019 Tag 2', 'Nordtage 2019'],
    ['Harbour Days 2022 Jour 2', 'Harbour Days 2022'],
    ['PyFjord 2017 Day Two', 'PyFjord 2017'],
    ['Day 2 at NDC Oslo 2024', 'NDC Oslo 2024'],
    ['Day two at NDC Oslo 2024', 'NDC Oslo 2024'],
    ['Day one of KubeCon EU', 'KubeCon EU'],
    ['My experience at Web Summit 2024', 'Web Summit 2024'],
    ['10 lessons from QCon London 2024', 'QCon London 2024'],
    ['Reflecting on SREcon23 Americas', 'SREcon23 Americas'],
    ['Five things we brought back from KubeCon EU', 'KubeCon EU'],
    ['Everything I learned at the DevConf 2024', 'DevConf 2024'],
    ['Mein Rückblick auf die JavaLand Süd 2024', 'JavaLand Süd 2024'],
    ['🚀 What I learned at DevJoy Conf 2024 (and why you should go next year)', 'DevJoy Conf 2024'],
    [
      "I went to Pragmatic Testing Conference 2024 so you don't have to",
      'Pragmatic Testing Conference 2024',
    ],
    ['Retour sur la Sunny Tech 2025', 'Sunny Tech 2025'],
    ['My Top Takeaways from CloudNorth Summit 2024', 'CloudNorth Summit 2024'],
    ['The Backend Bulletin #47: What I saw at ByteHarbor Conf 2025', 'ByteHarbor Conf 2025'],
    ['DataDrift Conf 2025 Recap: Lakehouses, Streaming and a Lot of DuckDB', 'DataDrift Conf 2025'],
    ['Lanternfish at SREcon Nordics 2024: what our team learned', 'SREcon Nordics 2024'],
    ['Konferenznotizen: Java Forum Elbe 2025', 'Java Forum Elbe 2025'],
  ])('%s → %s', (title, name) => {
    expect(conferenceName(title)).toBe(name);
  });

  it.each([
    'Why I go to conferences',
    'What I learned from my first year of Rust',
    'Looking back at ten years of Kubernetes',
    'First steps with Rust',
    'Attending to details',
    'Day 2 of my Rust journey',
    'Things we took from the monolith',
    'Testing Library, five years on',
    'KubeCon NA 2019, San Diego',
    'Cloud Native at Scale 2024',
    'Notes, QCon-style',
    'Platform teams that last',
    'My notes',
    'Conference notes',
    'Day 1 notes',
    'The recap',
    'Why I went to conferences',
    'I want to learn Rust',
    'Kubernetes at Scale 2024',
  ])('keeps "%s" as it is: no post words around a conference', (title) => {
    expect(conferenceName(title)).toBe(title);
  });

  it('names the event of a post so, but never one the front matter names', () => {
    const notes = '## Taming tail latency — Kenji Watanabe\n\nHedged requests after the p95.\n';
    expect(parseNotes(`# GoLab Lisbon 2025 — what I saw\n\n${notes}`, 'a.md', 'a').event.name).toBe(
      'GoLab Lisbon 2025',
    );
    const named = `---\ntitle: My notes\nevent:\n  name: GoLab — what I saw\n---\n${notes}`;
    expect(parseNotes(named, 'b.md', 'b').event.name).toBe('GoLab — what I saw');
  });
});
