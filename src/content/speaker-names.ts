import type { Speaker } from '../model.ts';
import { SUPERSCRIPT, withAffiliations } from './affiliation-marks.ts';
import { capitalSurname } from './capital-surname.ts';
import { COMPANY_LIKE, NO_COMPANY, unitOfCompany } from './company-names.ts';
import { DURATION, isEventName, isPlace, JOINED, PRONOUNS, runsOn } from './company-words.ts';
import { INITIALS_NAME } from './given-names.ts';
import { hanByline } from './han-byline.ts';
import { nameBeforeClause } from './name-clause.ts';
import { nameBeforeRole } from './name-role.ts';
import { givenNameSyllable } from './name-syllables.ts';
import {
  CASELESS_NOT_A_NAME,
  CASELESS_TITLE,
  CASELESS_WORD,
  HANGUL_SENTENCE_WORD,
  NAME_WORD,
  NICKNAME,
  NOT_A_NAME,
  ONE_CASELESS,
} from './name-words.ts';
import { asideInParens, joinedTerms } from './paren-asides.ts';
import { namesProduct } from './product-names.ts';
import { sharedSurname } from './shared-surname.ts';
import { DEGREE, ROLE_WORDS, rolesOnly, withoutRole } from './speaker-role.ts';

/** A person's name in running prose: capitalised words, a particle ("van", "de") between. */
export const PROSE_NAME = String.raw`(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|von|de|der|den|da|di|du|la|le|del|bin|al)){1,3}`;

/** Which words read as a person's name, and a company's; `speaker-line.ts` reads the lines that name them. */

/** "Jane Doe", "Jan van der Berg": two to five words, capitalised, no digits. */
export function looksLikeName(text: string): boolean {
  // A nickname in quotes between the names (Yukihiro "Matz" Matsumoto) is part of a name.
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word, i, all) => i === 0 || i === all.length - 1 || !NICKNAME.test(word));
  // Scripts without capitals (王芳, محمد العلي, 山田 太郎): a short run of their letters, after
  // a title written as those scripts write it ("डॉ. मीनाक्षी सुंदरम", "د. خالد المنصوري").
  const caseless = words.length > 1 && CASELESS_TITLE.test(words[0] ?? '') ? words.slice(1) : words;
  // "佐藤 健", "森 光": a family or given name of one character, beside the other.
  const short = caseless.length >= 2 && caseless.length <= 3;
  if (caseless.every((word) => CASELESS_WORD.test(word) || (short && ONE_CASELESS.test(word)))) {
    if (
      caseless.some((word) => HANGUL_SENTENCE_WORD.test(word) || JAPANESE_PARTICLE_END.test(word))
    )
      return false;
    if (caseless.length === 1 && CASELESS_NOT_A_NAME.has(caseless[0] ?? '')) return false;
    // "네이버 효과툰 구현 이야기", "파파고 텍스트 렌더링 개발기": four Korean words are a subtitle; a
    // name in Hangul is one word, or two or three ("김 민수", "마틴 파울러").
    if (caseless.length > 3 && caseless.every((word) => /^\p{Script=Hangul}+$/u.test(word)))
      return false;
    return caseless.length <= 4 && (caseless.length >= 2 || [...(caseless[0] ?? '')].length <= 4);
  }
  if (words.length < 2 || words.length > 6) return false;
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false;
  // "Apache Kafka", "Spring Boot": a product's name.
  if (namesProduct(words)) return false;
  // All capitals ("AWS", "API") are acronyms, not names.
  // "Nguyễn Văn An", "Trần Thị An": "An" last, after two names, is a given name, no article.
  return words.every(
    (word, i) =>
      // "Moon soo Lee": a given name's second syllable, apart and in small letters.
      (NAME_WORD.test(word) || givenNameSyllable(words, i)) &&
      (!NOT_A_NAME.has(word) || (word === 'An' && i >= 2 && i === words.length - 1)) &&
      (!/^\p{Lu}{2,}$/u.test(word) ||
        capitalSurname(words, i) ||
        // "CJ Silverio": initials said as a given name, before a family name in small letters.
        (i === 0 && INITIALS_NAME.test(word) && /\p{Ll}/u.test(words[1] ?? ''))),
  );
}

/**
 * "昨日の", "会場で", "資料を": a Japanese word in kanji or katakana with a particle after it (of,
 * at, to…) is a sentence's word, never a name.
 */
const JAPANESE_PARTICLE_END = /^[\p{Script=Han}\p{Script=Katakana}ー]+[のでにをはがとも]$/u;

/** "Jane Doe and John Roe", "Jane Doe & John Roe", "Jane Doe, John Roe". */
export function splitNames(text: string): string[] | undefined {
  // "(and Regret It)": words that go on from the title, no list of names.
  if (/^\s*(?:,|&|\/|and\b|or\b)/i.test(text)) return undefined;
  // "and" in French, German, Italian and Dutch too: "Sophie Nicol et Nolwenn Bihan", "Lotte
  // Peeters en Jan Wouters"; Czech "a" before a capital: "Petr Dvořák a Tomáš Svoboda".
  const names = text
    // "Ola Hansen + Per Olsen", "Sara Lie x Jon Berg": terse notes join people so too. Czech
    // "a" only among Czech letters: "Flaky Tests Are a Social Problem" is no two people.
    .split(CZECH.test(text) ? JOINED_CZECH : JOINED_NAMES)
    .map((name) => name.trim())
    .filter(Boolean);
  const shared = sharedSurname(names, text);
  if (shared) return shared;
  // "Holly Cummins, Red Hat", "… / Red Hat": two parts, the second a company's name, not a person's.
  if (
    names.length === 2 &&
    !/&|\band\b|\s[+x×]\s/.test(text) &&
    // Two parts and a comma: the comma is what joined them.
    (COMPANY_LIKE.test(names[1] ?? '') ||
      (text.includes(',') && unitOfCompany(names[0] ?? '', names[1] ?? '')))
  )
    return undefined;
  // "Jane Doe, Staff Engineer, Red Hat": a role after the name, then whose; no three people.
  if (names.slice(1).some((name) => ROLE_WORDS.test(name))) return undefined;
  return names.length > 0 && names.every(looksLikeName) ? names : undefined;
}

const JOINED_NAMES =
  /\s*(?:,|&|\band\b|\bet\b|\bund\b|\se\s|\sy\s|\si\s|\sen\s|\sو\s|\sve\s|\s\/\s|\s\+\s|\s[x×]\s)\s*/u;
const JOINED_CZECH = new RegExp(
  JOINED_NAMES.source.replace('|\\si\\s', '|\\si\\s|\\sa\\s(?=\\p{Lu})'),
  'u',
);
/** Letters of Czech (and Slovak) names: "Kučera", "Beneš", "Dvořák". */
const CZECH = /[ěščřžůňťďĚŠČŘŽŮŇŤĎ]/;

export { isCompanyLike, NO_COMPANY, NO_EMPLOYER } from './company-names.ts';

/** "Jane Doe (Acme)", "Jane Doe, Acme", "Jane Doe @ Acme", "Jane Doe - Acme". */
const AND_THEN_COMMA = /^([^,&()]+?\s(?:&|and|und|et|en|e|y|i)\s[^,&()]+?),\s*([^,&()]+)$/u;

export function parseSpeakerText(text: string): Speaker[] | undefined {
  // "Sam Lee (they/them)", "Kurt Weber et al.": pronouns and "and others" are no name or company.
  // "Holly Cummins, Red Hat — [slides](…)": the dash before the links left out goes too.
  // "Marie Dupont, Datadog.": the sentence's period is no part of the company ("Acme Inc." keeps it).
  let trimmed = (SUPERSCRIPT.test(text) ? withAffiliations(text) : text)
    .trim()
    // "Ramesh Iyer さん", "이도현 님": an honorific after the name is no part of it.
    .replace(/(?<=\S)\s*(?:さん|様|氏|先生|님|씨)(?=\s|[(（,，]|$)/gu, '')
    // "Мария Иванова, «Дата Поток»": a company in guillemets, as Russian writes it.
    .replace(/\s*,\s*«([^«»]{1,60})»\s*$/u, ' ($1)')
    .replace(/([(（]\s*)«([^«»]{1,60})»/gu, '$1$2')
    // "dr Jan Kowal" (Polish writes the title in lower case).
    .replace(
      /^(dr|prof|mgr|inż)\.?\s+(?=\p{Lu})/u,
      (_, title: string) => `${title.charAt(0).toUpperCase()}${title.slice(1)}. `,
    )
    .replace(/\s+[—–|·•-]+$/, '')
    // "Jana Novak — notes", "Jana Novak (my notes)": what the page is, after the person.
    .replace(NOTES_AFTER, '')
    .replace(SENTENCE_PERIOD, '');
  // "يوسف حداد و Maria Santos", "Mert Aydın ve Zeynep Kaya": "and" in Arabic and Turkish.
  // "Мария Иванова и Игорь Кузнецов": "and" in Russian.
  if (/\s(?:و|ve|и)\s/u.test(trimmed)) trimmed = trimmed.replace(/\s+(?:و|ve|и)\s+(?=\S)/gu, ' & ');
  // "A, B & C · facilitator: D": a panel's people, then who led it, one of them too.
  if (/facilitat|moderat/i.test(trimmed)) trimmed = trimmed.replace(LED_BY_AFTER, ', $1');
  // "mod. Jens Aalst; Marit Claes, Kofi Boateng (Sendly)": a panel's moderator, then its people.
  const lineup = /^mod(?:\.|erator:)\s*([^;]{3,60});\s*(.{3,200})$/i.exec(trimmed);
  if (lineup?.[1] && lineup[2]) {
    const moderator = parseSpeakerText(lineup[1]);
    const panel = parseSpeakerText(lineup[2]);
    return moderator?.length === 1 && panel ? [...moderator, ...panel] : undefined;
  }
  // "Ravi Shankar, Meera Iyer (IISc Bangalore); Chen Lu (Alibaba)": groups of one company each.
  if (trimmed.includes('; ')) {
    const groups = trimmed.split(/\s*;\s+/).map((group) => parseSpeakerText(group));
    if (groups.length > 1 && groups.length <= 6 && groups.every((g) => g?.some((s) => s.company)))
      return groups.flatMap((group) => group ?? []);
  }
  if (trimmed.includes('/') || trimmed.includes('pronoun')) trimmed = trimmed.replace(PRONOUNS, '');
  // "Amy Edmondson (remote)", "(pre-recorded)": how the speaker joined, not whom they work for.
  if (trimmed.endsWith(')')) trimmed = trimmed.replace(JOINED, '');
  // "@ren.bsky.social", "@jaz & @pfrazee", "@kit@hachyderm.io": people by their handles alone.
  if (HANDLES.test(trimmed))
    return trimmed.split(/\s*(?:,|&|\band\b)\s*/).map((name) => ({ name }));
  // "Hanako Sato @hanako_go": the person's handle after their name, in lower case, is no company
  // ("Jane Doe @ Acme", "@Acme" are).
  // "Ibon Landa | @ibonilm y Alex Casquete | @acasquete": each name's handle after a bar.
  if (trimmed.includes('@'))
    trimmed = trimmed.replace(HANDLE_AFTER_NAME, '').replace(BARRED_HANDLE, '');
  if (trimmed.includes(' et al')) trimmed = trimmed.replace(/,?\s+et\s+al\.?\s*$/i, '');
  // "Nora Jones (Jeli), SREcon19": where the talk was given, not who gave it.
  const comma = trimmed.lastIndexOf(',');
  const tail = comma > 0 ? trimmed.slice(comma + 1) : '';
  if (tail.length <= 40 && !/[()]/.test(tail) && isEventName(tail))
    trimmed = trimmed.slice(0, comma).trim();
  // "Jane Doe (Acme), John Roe (Globex)": each name with its own company.
  // "A (NTNU) with B (Google)": a co-speaker after "with" too.
  // "A (ING), B (Adyen) en C (Picnic)", "A (X) i B (Y)": Dutch and Polish join them so too.
  // "A (Nordlicht) feat. B (Brightwave)": a guest speaker, each with a company of their own.
  if (
    /\)\s*(?:,|&|\band\b|\bwith\b|\bfeat\b|\bfeaturing\b|\bft\.|\bet\b|\bund\b|\bve\b|\ben\b|و\s|[eyi]\s)/.test(
      trimmed,
    )
  ) {
    // "…, C (Y), and D (Z)": a comma before the last "and" as well.
    const each = trimmed
      .split(
        /(?<=\))\s*(?:,\s*(?:and\b|&|[eyi](?=\s)|en\b)?|&|\band\b|\bwith\b|\bfeat(?:\.|uring\b|\b)|\bft\.|\bet\b|\bund\b|\bve\b|\ben\b|و(?=\s)|[eyi](?=\s))\s*/,
      )
      .slice(0, 10);
    const speakers = each.map((part) => parseSpeakerText(part));
    // "A (Ferrous), B, C (Lambda)": where each person's company follows their name, B's is
    // unknown, not C's ("B and C (Lambda)" share it).
    if (each.length > 1 && speakers.every(Boolean))
      return speakers.flatMap((found, part) => {
        const listed = !/&|\band\b/.test(each[part] ?? '');
        return (found ?? []).map((speaker, i, all) =>
          listed && i < all.length - 1 && speaker.company ? { name: speaker.name } : speaker,
        );
      }) as Speaker[];
  }
  const paren = /^(.*?)\s*\(([^()]+)\)$/.exec(trimmed);
  // "Aoife Brennan (Rhys was ill)": the author's aside, no company; "Bidirectional layouts (RTL
  // و LTR)" two terms of a title, no person either.
  if (paren?.[1] && paren[2] && asideInParens(paren[2])) {
    const named = splitNames(paren[1]);
    return named && !joinedTerms(paren[2]) ? named.map((name) => ({ name })) : undefined;
  }
  // "@carol_n (Carol Nichols, Integer 32)": a handle, then the person it is and their company.
  if (paren?.[1] && paren[2] && /^@[\w.-]{1,40}$/.test(paren[1].trim())) {
    const person = parseSpeakerText(paren[2]);
    if (person?.length === 1 && person[0] && looksLikeName(person[0].name ?? '')) return person;
  }
  // "@amarachukwu (Nkemba Labs)": a handle and a company.
  if (paren?.[1] && paren[2] && HANDLES.test(paren[1].trim()) && isCompanyLength(paren[2])) {
    const company = withoutRole(paren[2].trim());
    return paren[1]
      .trim()
      .split(/\s*(?:,|&|\band\b)\s*/)
      .map((name) => ({ name, company }));
  }
  // "Oskar Brekke (independent)", "(freelance)": no company.
  if (paren?.[1] && paren[2] && NO_COMPANY.test(paren[2].trim()))
    return splitNames(paren[1])?.map((name) => ({ name }));
  // "Jane Doe (@jane@hachyderm.io)": a handle, no company.
  if (paren?.[1] && paren[2] && /^@[\w.-]+(?:@[\w.-]+)?$/.test(paren[2].trim()))
    return splitNames(paren[1])?.map((name) => ({ name }));
  if (paren?.[1] && paren[2] && isCompanyLength(paren[2])) {
    const names = splitNames(paren[1]);
    // "Alejandro Forero (SREcon19 Americas)": the event, no company.
    if (isEventName(paren[2])) return names?.map((name) => ({ name }));
    // "Tomás Ferreira & Aiko Tanaka (Red Hat / Sentry)": one company each, in the names' order.
    const companies = paren[2].split(/\s+\/\s+|\s*;\s*/);
    if (names && names.length > 1 && companies.length === names.length)
      return names.map((name, i) => ({ name, company: withoutRole(companies[i]?.trim() ?? '') }));
    return names?.map((name) => ({ name, company: withoutRole(paren[2]?.trim() ?? '') }));
  }
  // "Anja Weber & Lars Olsen, CERN-adjacent Compute": two people joined by "&", then one comma —
  // three people would be "A, B & C" — so what follows the comma is the company of both.
  // (Two names and a company fit in 200 characters; the pattern is slow on thousands of "and".)
  const joined = trimmed.length <= 200 ? AND_THEN_COMMA.exec(trimmed) : null;
  const pair =
    joined?.[1] && joined[2] && isCompanyLength(joined[2]) ? splitNames(joined[1]) : undefined;
  if (pair?.length === 2 && joined?.[2]) {
    const company = withoutRole(joined[2].trim());
    return pair.map((name) => ({ name, company }));
  }
  // "Marco Bellini with Yuki Tanaka", "Kim Morgan feat. Gene Kim": a co-speaker after "with".
  const joint = WITH_PERSON.exec(trimmed);
  if (joint?.[1] && joint[2] && looksLikeName(joint[1]) && looksLikeName(joint[2]))
    return [{ name: joint[1] }, { name: joint[2] }];
  const byline = hanByline(trimmed);
  if (byline) return [byline];
  const names = splitNames(trimmed);
  if (names) return names.map((name) => ({ name }));
  // "Thomas Graf, Isovalent & Idit Levine, Solo.io": each name with the company after it.
  // "A, Manager @ Intercom, and B, SRE @ Datadog": the comma before "and" is no part of a company.
  const pairs = trimmed.split(/\s*;\s*|,?\s+(?:&|and)\s+/);
  if (pairs.length > 1 && pairs.length <= 10) {
    const each = pairs.map((part) => parseSpeakerText(part));
    if (each.every((found) => found?.length === 1) && each.some((found) => found?.[0]?.company)) {
      const speakers = each.flatMap((found) => found ?? []);
      // "Yuki Sato & Mateo Ruiz, Kitsune Systems": a company named once, after the last of the
      // names, is all of theirs.
      const last = speakers[speakers.length - 1]?.company;
      const shared =
        last && !trimmed.includes(';') && speakers.slice(0, -1).every((s) => !s.company);
      return shared ? speakers.map((speaker) => ({ ...speaker, company: last })) : speakers;
    }
  }
  // "Sarah Benali, Thomas Girard - Okta": people listed before a dash, their company after it.
  const listed = /^([^,()]+,[^()]+?)\s+[-–—]\s+([^,()]+)$/.exec(trimmed);
  const people = listed?.[1] ? splitNames(listed[1]) : undefined;
  if (listed?.[2] && people && people.length > 1 && isCompanyLength(listed[2])) {
    const company = withoutRole(listed[2].trim());
    return people.map((name) => ({ name, company }));
  }
  // "Russ Cox / Google", as Japanese notes write "（Russ Cox / Google）": a name, a slash, and a
  // company that is no second name.
  const slashed = /^([^/]{3,60}?)\s+\/\s+([^/]{2,60})$/.exec(trimmed);
  // "Shingo Kitayama / Red Hat": a company that reads like a name is still a company.
  if (
    slashed?.[1] &&
    slashed[2] &&
    looksLikeName(slashed[1]) &&
    (!looksLikeName(slashed[2]) || COMPANY_LIKE.test(slashed[2].trim()))
  )
    return [{ name: slashed[1].trim(), company: withoutRole(slashed[2].trim()) }];
  // "Brian Goetz | Java Language Architect @ Oracle": a bar between name and role too.
  const withCompany = /^(.+?)\s*(?:,|@|\s[-–—·•|]\s|\bfrom\b|\bat\b|\bof\b)\s*(.+)$/.exec(trimmed);
  // "Mike Acton, PhD": a degree after the name is no company.
  if (withCompany?.[1] && DEGREE.test(withCompany[2] ?? '') && looksLikeName(withCompany[1])) {
    return [{ name: withCompany[1].trim() }];
  }
  // "Ana Rocha, who builds soil sensors": a clause about the person, no company.
  if (withCompany?.[1] && /^(?:who|which|whose|she|he|they)\b/i.test(withCompany[2] ?? '')) {
    return looksLikeName(withCompany[1]) ? [{ name: withCompany[1].trim() }] : undefined;
  }
  // "Ville Koskinen, Core developer", "Camille Roussel, designer indépendante": a role alone.
  if (withCompany?.[1] && rolesOnly(withCompany[2] ?? '') && looksLikeName(withCompany[1])) {
    return [{ name: withCompany[1].trim() }];
  }
  // "[Rhiannon Pugh](…) · [Mastodon](…)": a profile's site is no company.
  if (
    withCompany?.[1] &&
    SOCIAL.test((withCompany[2] ?? '').trim()) &&
    looksLikeName(withCompany[1])
  ) {
    return [{ name: withCompany[1].trim() }];
  }
  // "Tim Kadlec – [Slides](…)": the talk's links after the name are no company.
  if (withCompany?.[2] && /^(?:slides?|video|recording|pdf|deck|links?)\b/i.test(withCompany[2])) {
    return undefined;
  }
  // "Michael Rubin Senior Staff Engineer & TLM, Google": the role between name and company.
  if (withCompany?.[1] && ROLE_WORDS.test(withCompany[1]))
    withCompany[1] = nameBeforeRole(withCompany[1]) ?? withCompany[1];
  if (
    withCompany?.[1] &&
    withCompany[2] &&
    isCompanyLength(withCompany[2]) &&
    looksLikeName(withCompany[1])
  ) {
    // "Jane Doe at KubeCon EU 2019": where, not whose; "João Lima — 10 minutes": how long.
    if (isEventName(withCompany[2]) || DURATION.test(withCompany[2].trim()))
      return [{ name: withCompany[1].trim() }];
    const company = withoutRole(withCompany[2].trim());
    // "Joost Pel, ended with a show of hands": the sentence goes on; a company's name of several
    // words starts with a capital or a digit ("bol.com", "eBay" are one word).
    // "Ines Ruiz, works at a bank": a clause about the person, the name alone.
    if (/\s/.test(company) && (!/^[\p{Lu}\p{Lo}\p{N}@&]/u.test(company) || runsOn(company)))
      return nameBeforeClause(withCompany[1], withCompany[2], false);
    // "Marta Gil y Andrés Ruiz, de Boquerón Software": two people of one company.
    const people = splitNames(withCompany[1]);
    if (people && people.length > 1) return people.map((name) => ({ name, company }));
    return [{ name: withCompany[1].trim(), company }];
  }
  return undefined;
}

const NOTES_AFTER =
  /(?<=\S)\s+(?:[—–|-]\s+(?:(?:my|slide|raw|quick|live|talk|personal)\s+)?notes|\((?:my\s+)?notes\))$/i;
const SOCIAL =
  /^(?:mastodon|twitter|linkedin|github|bluesky|bsky|threads|website|web|blog|homepage|site)(?:\s*[·|,]\s*(?:mastodon|twitter|x|linkedin|github|bluesky|bsky|threads|website|web|blog|homepage|site))*$/i;
const WITH_PERSON = /^([^,()&]{3,60}?)\s+(?:with|feat\.?|featuring|ft\.)\s+([^,()&]{3,60})$/i;
const LED_BY_AFTER =
  /\s*[·|;]\s*(?:facilitator|facilitated by|moderator|moderated by)\s*:?\s+([^·|;:]{3,60})$/i;
const BARRED_HANDLE = /(?<=\p{L})\s*[|·]\s*@[A-Za-z0-9_][\w.]{1,30}(?![\w@])/gu;
export const HANDLE_AFTER_NAME = /(?<=\p{L})\s+@[a-z0-9_][a-z0-9_.]{1,30}$/u;
const HANDLES =
  /^@[\w.-]{1,40}(?:@[\w.-]{1,60})?(?:\s*(?:,|&|and)\s*@[\w.-]{1,40}(?:@[\w.-]{1,60})?){0,4}$/;
/**
 * A company, or a role and a company ("Principal Engineer, Developer Platform at Shopify"), is a
 * few words: more is the notes that follow the name ("Jane Doe, Stripe: she walked through …").
 */
function isCompanyLength(text: string): boolean {
  return (
    text.length <= 90 &&
    text.trim().split(/\s+/).length <= 10 &&
    !isPlace(text) &&
    !SENTENCE_BREAK.test(text)
  );
}

/**
 * "Fünf Minuten, zwanzig Folien. Lustig, aber …": a sentence ends inside, so what follows the
 * comma is notes, not a company ("Acme Corp. Berlin" ends no sentence).
 */
/** A period that ends a sentence ("Marie Dupont, Datadog."), not an abbreviation ("Acme Inc."). */
export const SENTENCE_PERIOD = /(?<!\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Dr|\p{Lu}))\.$/u;

const SENTENCE_BREAK = /(?<!\b(?:Inc|Corp|Ltd|Co|Bros|St|Dr|Jr|Sr|Ph))\p{Ll}{2,}[.!?]\s+\S/u;
