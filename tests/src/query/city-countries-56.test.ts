import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer.ts';
import { Bot } from '../../../src/bot.ts';
import { loadContent } from '../../../src/content/load-content.ts';

/**
 * Conferences named after cities beyond western Europe and North America (Budapest, Kyiv,
 * Istanbul, Taipei, Cape Town), loaded as the bot loads notes: the name says where each was.
 */
const FILES: Record<string, string> = {
  'danube.md':
    '# Notes from DanubeJS Budapest 2031\n\n## Signals by Réka Tóth\n\n- fine-grained\n\n## Islands by Bence Kis\n\n- partial hydration\n',
  'dnipro.md':
    '# DevFest Kyiv 2031\n\n## Offline-first apps by Oksana Bondar\n\n- CRDTs\n\n## Design systems by Ihor Melnyk\n\n- tokens\n',
  'bosphorus.md': '# Bosphorus Conf Istanbul 2031\n\n## Go at scale by Emre Aydın\n\n- pprof\n',
  'formosa.md':
    '# Formosa Cloud Taipei 2031\n\n## eBPF for SREs by Li Wen\n\n- bpftrace\n\n## Cost of Kubernetes by Chen Yu\n\n- FinOps\n',
  'table.md':
    '# Table Mountain Summit Cape Town 2031\n\n## Payments by Thandi Nkosi\n\n- ISO 20022\n\n## Mobile money by Sipho Dube\n\n- USSD\n',
  'vistula.md':
    '# Devoxx Poland 2031\n\n## Virtual threads by Marek Nowak\n\n- pinning\n\n## Valhalla by Ewa Lis\n\n- value classes\n',
  'alps.md':
    '# Swiss Python Summit 2031\n\n## Typing by Urs Meier\n\n- protocols\n\n## Packaging by Anna Frei\n\n- uv\n',
  'split.md': '# Split Testing Summit 2031\n\n## A/B tests that lie by Ana Kovač\n\n- peeking\n',
};

let dir: string;
let bot: Bot;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qcon-cities-56-'));
  for (const [path, text] of Object.entries(FILES)) await writeFile(join(dir, path), text);
  bot = new Bot((await loadContent(dir)).library);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const places = (answer: Answer) =>
  answer.kind === 'events' ? answer.events.map((one) => `${one.name}: ${one.place ?? '?'}`) : [];
const names = (answer: Answer) =>
  answer.kind === 'events' ? answer.events.map((one) => one.name).sort() : [answer.kind];

describe("an event's place from the city its name says", () => {
  it.each([
    ['where was danubejs', 'DanubeJS Budapest 2031: Budapest'],
    ['where was devfest kyiv', 'DevFest Kyiv 2031: Kyiv'],
    ['where was formosa', 'Formosa Cloud Taipei 2031: Taipei'],
    ['where was table mountain', 'Table Mountain Summit Cape Town 2031: Cape Town'],
  ])('"%s" names the city, never "the notes do not say"', (asked, place) => {
    expect(places(bot.ask(asked))).toEqual([place]);
  });

  it('finds the events of a country or continent by those cities', () => {
    expect(names(bot.ask('conferences in hungary'))).toEqual(['DanubeJS Budapest 2031']);
    expect(names(bot.ask('which conferences were in ukraine?'))).toEqual(['DevFest Kyiv 2031']);
    expect(names(bot.ask('events in africa'))).toEqual(['Table Mountain Summit Cape Town 2031']);
    expect(names(bot.ask('conferences in asia'))).toEqual(['Formosa Cloud Taipei 2031']);
  });

  it('a word that is also a city names no place ("Split Testing")', () => {
    expect(places(bot.ask('where was split testing summit'))).toEqual([
      'Split Testing Summit 2031: ?',
    ]);
  });

  it('a country written out in the name is where it was, where the notes name no city', () => {
    expect(places(bot.ask('where was devoxx poland'))).toEqual(['Devoxx Poland 2031: Poland']);
    // "Swiss" says the country, but is no place to name.
    expect(places(bot.ask('where was the swiss python summit'))).toEqual([
      'Swiss Python Summit 2031: ?',
    ]);
    expect(names(bot.ask('conferences in switzerland'))).toEqual(['Swiss Python Summit 2031']);
  });
});
