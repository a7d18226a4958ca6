import type { Speaker } from '../model.ts';
import { aliasedSpeaker } from './aliased-speaker.ts';
import { withAlias } from './dash-links.ts';
import { hanCompanyFirst } from './han-company-first.ts';
import { MORE_SPEAKER_LABELS, WORKSHOP_LEAD_LABELS } from './labels-more.ts';
import { lowerCaseName, lowerCaseNames } from './lower-case-byline.ts';
import { nameBeforeClause } from './name-clause.ts';
import { withoutHandle } from './person-marks.ts';
import { oneNameWithCompany } from './single-names.ts';
import { looksLikeName, parseSpeakerText, SENTENCE_PERIOD, splitNames } from './speaker-names.ts';
import { jobWithoutName, ROLE_ONLY, ROLE_WORDS, rolesOnly, withoutRole } from './speaker-role.ts';

/** Lines that name the speakers of a talk: labels, panels' people, other scripts' punctuation. */

/** "Speaker: …", "Speaker — …", "by …", and "— Jane Doe, Acme" (a dash, as under a quote). */
const SPEAKER_PREFIX =
  /^((?:workshop|session|tutorial|lab) (?:with|by|led by|run by|hosted by)|speakers?|presented by|presenters?|talk by|given by|moderated by|hosted by|chaired by|anim[ée]e? par|mod[ée]r[ée]e? par|moderat[oa] da|moderad[oa] por|by|présentée? par|presentad[oa] por|impartid[oa] por|ministrad[oa] por|apresentad[oa] por|gehalten von|präsentiert von|presentat[oa] da|tenut[oa] da|facilitated by|convened by|led by|run by|(?:gegeven|gepresenteerd|begeleid) door|par|por|von|door|with|w\/|avec|con|[—–]|--?)(?:\s*[:=—–]|\s+-)?\s+(.+)$/i;

/** "someone from Figma", "two engineers at Acme": people the notes do not name, and their company. */
const UNNAMED =
  /^(?:someone|somebody|a guy|a woman|a man|a person|an? (?:engineer|developer|dev|architect|pm|manager)|(?:two|three|some|a few) (?:people|folks|engineers|developers|devs|guys)|folks|people)\s+(?:from|at|of|@)\s+([\p{L}\d&.'-]+(?:\s+[\p{L}\d&.'-]+){0,3})\.?$/iu;

/** A company's name after UNNAMED's words: each word capitalised, case-exact ("from work" is none). */
const CAPITALISED = /^\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,3}$/u;

const PERSON_MARK = /^(?:👤|👥|🎤|🗣|🎙|🧑‍💻|👩‍💻|👨‍💻|🧑‍🏫|👩‍🏫|👨‍🏫)\u{FE0F}?\s*(?=\p{L})/u;

/** "Who: Jane Doe", "Speaker(s): …": labels that name the speaker only when a colon follows. */
const LABEL_ONLY =
  /^(who|speaker\(s\)|speakers? & company|moderators?|moderat(?:rice|ore|rices|ori)|moderador(?:a|es|as)?|panell?ists?|on stage|partecipanti|participants?|participantes|panel(?:i[sś]ci|istki)|prelegen(?:ci|t|tka)|prowadz[aą]c[ya]|media[çc][ãa]o|mediaci[óo]n|moderaci[óo]n|modera[çc][ãa]o|moderation|auf dem podium|podium|painelistas|panelistas|intervenants?|hosts?|facilitators?|guests?|interviewers?|interviewees?|sprecher(?:in|[:*_]?innen)?|referent(?:in|[:*_]?innen)?|orat(?:eur|rice)|conférenci(?:er|ère)s?|intervenante?s?|presentador(?:a|es)?|ponentes?|orador(?:a|es)?|palestrantes?|relatore|relatrice|sprekers?|přednášející|řeční(?:k|ci)|vedli|vedl[a]?|lektoř?i?|登壇者|講演者|発表者|スピーカー|演者|讲者|講者|演讲者|演講者|讲师|分享者|嘉宾|主持人|司会|발표자|연사|konuşmacı(?:lar)?|diễn giả(?:\s*\/\s*đội ngũ)?|người (?:trình bày|thuyết trình|chia sẻ)|pembicara|narasumber|pemateri|sunan|moderatör|panelist(?:ler)?|वक्ता(?:गण)?|स्पीकर|संचालक|المتحدث(?:ون|ين|ة)?|المتحدثتان|المقدم(?:ة)?|مدير(?:ة)? الجلسة)\s*[:：=]\s*(?=\S)(.+)$/iu;

/** Full-width punctuation of Chinese and Japanese notes, and where it stands for ours. */
const FULL_WIDTH = /[（），：｜／《》、]|——|。(?=\S)/;

/**
 * "讲师：陈志远，星河云计算", "《标题》—— 刘海波（蓝鲸支付）": the same marks as "Speaker: Jane Doe, Acme"
 * and '"Title" — Jane Doe (Acme)', read as those are.
 */
export function westernPunctuation(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return (
    text
      .replace(/（/g, ' (')
      .replace(/）/g, ')')
      .replace(/[，、]/g, ', ')
      .replace(/：/g, ': ')
      .replace(/｜/g, ' | ')
      // "許宏翔 (Mike Hsu)／DevOps, OpenNet": the person, a slash, their role and company.
      .replace(/／/g, ' / ')
      .replace(/——/g, ' — ')
      .replace(/《/g, '“')
      .replace(/》/g, '”')
      .replace(/。(?=\S)/g, '. ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** A sub-heading or bullet that names the speaker: "Speaker: Jane Doe (Acme)", "by Jane Doe". */
/**
 * A panel's people in sentences too long for one speaker's line ("On stage: A (X), B (Y) and C
 * (Z). Chaired by D."): read only when every sentence names people under a label.
 */
export function panelLine(raw: string): Speaker[] | undefined {
  const text = westernPunctuation(raw);
  if (text.split(/\s+/).length > 60 || !PANEL_LABEL.test(text)) return undefined;
  // A part may open with "With" / "Avec": the labels around it say these are the panel's people.
  return peopleLines(text, true);
}

const PANEL_LABEL =
  /\b(?:modera[dt]|panel|painel|chaired|hosted|on stage|podium|media[çc]|mediaci|anim[ée]|partecipant|intervenant|participant|guests?\b)/i;

export function speakerLine(raw: string, allowBareName: boolean): Speaker[] | undefined {
  const text = westernPunctuation(withoutHandle(raw));
  // "Speakers\n: Tom Wouters\n: Lies Maes": a definition list (Pandoc, Markdown Extra), also
  // as its lines read joined ("Speakers : Tom Wouters : Lies Maes").
  const line = text.includes('\n:') || text.includes(' : ') ? definitionLine(text) : text;
  const people =
    peopleLines(line, allowBareName) ??
    oneSpeakerLine(line, allowBareName) ??
    aliasedLine(line) ??
    asRoleLine(line);
  return people && hanCompanyFirst(line, people);
}

/** "許宏翔 (Mike Hsu) / DevOps, OpenNet": a name with its alias, a slash, the role and company. */
const ALIASED = /^([^/()]{1,10}\s*\([^()]{1,30}\))\s+\/\s+([^/]{2,80})$/u;

function aliasedLine(line: string): Speaker[] | undefined {
  const match = ALIASED.exec(line.trim());
  const person = match?.[1] ? parseSpeakerText(match[1])?.map(withAlias) : undefined;
  const name = person?.length === 1 && !person[0]?.company ? person[0]?.name : undefined;
  const company = match?.[2]
    ?.split(/\s*,\s*/)
    .at(-1)
    ?.trim();
  return name && company ? [{ name, company }] : undefined;
}

/** "Billy Korando as Java Developer Advocate, Oracle": a person, their role and company. */
const AS_ROLE = /^(\S.{2,40}?)\s+as\s+(\S.{1,60}?),\s*(\S[^,]{1,50})$/u;

function asRoleLine(line: string): Speaker[] | undefined {
  const match = AS_ROLE.exec(line.trim());
  const [, name, role, company] = match ?? [];
  if (!name || !role || !company || !looksLikeName(name)) return undefined;
  if (!ROLE_WORDS.test(` ${role} `) && !ROLE_ONLY.test(role)) return undefined;
  return [{ name, company: company.trim(), role }];
}

function definitionLine(text: string): string {
  return text.replace(/\s*\n:\s*|\s+:\s+/, ': ').replace(/\s*\n:\s*|\s+:\s+/g, ', ');
}

/**
 * A panel's people, a label each: "Moderator: Jane Doe. Panelists: A, B and C", or the same on
 * lines of their own. Every part must name people, or the text is no speaker line.
 */
function peopleLines(text: string, allowBareName: boolean): Speaker[] | undefined {
  // Every bullet of the notes is asked: most have no second line and no second sentence.
  if (!text.includes('\n') && !text.includes('. ') && !text.includes('; ')) return undefined;
  const parts = text.trim().split(PEOPLE_BREAK);
  if (parts.length < 2 || parts.length > 6) return undefined;
  const speakers: Speaker[] = [];
  for (const part of parts) {
    // "Moderator: Erik Dahl; Panel: Hanne Vik, Tuva Moe": among people's labels, "Panel:" is one.
    const line = part.replace(/[.;]\s*$/, '').replace(/^panel\s*:/i, 'Panelists:');
    const named = oneSpeakerLine(line, allowBareName);
    if (!named) return undefined;
    speakers.push(...named);
  }
  return speakers;
}

/** Where the next label of a panel's people starts: a new line, or a sentence after ". " or "; ". */
const PEOPLE_BREAK =
  /\s*\n\s*|(?<=[.;])\s+(?=(?:[Mm]odera[dt]|[Pp]anel|[Pp]ainel|[Hh]ost|[Ss]peaker|[Pp]resenter|[Ff]acilitator|[Gg]uest|[Ii]nterview|[Oo]n stage|[Aa]uf dem [Pp]odium|[Pp]odium|[Mm]edia[çc]|[Mm]ediaci|[Pp]artecipant|[Pp]articipant|[Ii]ntervenant|[Cc]haired|[Aa]nim|MODERAT|PANEL|SPEAKER|HOST|嘉宾|主持人|讲师|司会|登壇者)[\p{L}()éèçãóö]*\s*(?:[Bb]y\b|par\b|por\b|da\b|von\b|[:：])|(?:[Ww]ith|[Aa]vec|[Cc]on)\s+\p{Lu})/u;

/** "Jane Doe — independent accessibility expert": a name, a dash, then a role in lower case. */
const ROLE_AFTER_DASH = /^(.+?)\s+[—–-]\s+\p{Ll}[\p{L}\s'’-]{2,60}$/u;

/** Labels of people who are not the talk's speaker in the usual sense: only names count. */
const ROLE_LABEL =
  /^(?:hosts?|guests?|facilitators?|interviewers?|interviewees?|moderated by|hosted by)$/i;

function oneSpeakerLine(text: string, allowBareName: boolean): Speaker[] | undefined {
  // "👤 Alina Yurenko, Oracle Labs", "🎤 Jane Doe": a person's sign before a name marks the speaker.
  const person = PERSON_MARK.exec(text.trim());
  if (person) {
    const rest = text.trim().slice(person[0].length);
    return parseSpeakerText(rest) ? oneSpeakerLine(`Speaker: ${rest}`, false) : undefined;
  }
  const prefixed =
    SPEAKER_PREFIX.exec(text.trim()) ??
    LABEL_ONLY.exec(text.trim()) ??
    MORE_SPEAKER_LABELS.exec(text.trim()) ??
    WORKSHOP_LEAD_LABELS.exec(text.trim());
  // "— Kent Beck" under a quote is its author; only right under a heading is a dash a speaker.
  // So is "by" in another language: "Par Marie Dupont" there, but "- Von Neumann Machines" is
  // a note.
  // So is "With A, B and C" over a panel's notes; "With Kubernetes, …" further down is a note.
  const dash = /^(?:[—–-]+|par|por|von|door|with|w\/|avec|con)$/i.test(prefixed?.[1] ?? '');
  if (prefixed?.[1] && prefixed[2] && (!dash || allowBareName)) {
    const named = parseSpeakerText(prefixed[2]);
    // "Speaker: Zbyněk Roubalík, Red Hat": one speaker, so after the comma is the company; but
    // "Speaker:: [[Ingrid Holm]] (Danske Bank), [[Peter Nørgaard]] (Danske Bank)" is two people,
    // each with their company.
    const one = /^(?:speaker|presenter)$/i.test(prefixed[1]);
    const comma = /^([^,&]+),\s*([^,&]+)$/.exec(prefixed[2].trim());
    const twoWithCompanies = /\)$/.test(comma?.[1] ?? '') && /\)$/.test(comma?.[2] ?? '');
    if (
      one &&
      named?.length === 2 &&
      comma?.[1] &&
      comma[2] &&
      !twoWithCompanies &&
      !/\band\b/.test(prefixed[2])
    ) {
      return [{ name: comma[1].trim(), company: comma[2].trim() }];
    }
    if (named) return named;
    // "Diễn giả: Đức Đào (Duc Dao) – Solution Architect tại Cloud Kinetics.": a name in two
    // spellings, then the role and company.
    const aliased = dash ? undefined : aliasedSpeaker(prefixed[2]);
    if (aliased) return aliased;
    // "Speaker: David Gageot, developer advocate Google": one person, then their role and
    // company, which together read as no name.
    const byRole = one && comma?.[1] && comma[2] ? personWithRole(comma[1], comma[2]) : undefined;
    if (byRole) return byRole;
    // "by jane roe" right under the heading: a byline typed without capitals.
    const lower =
      allowBareName && /^(?:by|[—–-]+)$/i.test(prefixed[1]) && lowerCaseName(prefixed[2]);
    if (lower) return [{ name: lower }];
    // "By @omarh": a handle names the speaker.
    if (/^@[\w.-]{1,40}$/.test(prefixed[2].trim())) return [{ name: prefixed[2].trim() }];
    // "Speaker: jdoe" is a speaker whatever the words; "By now, …" is not.
    // "Host: a Raspberry Pi cluster" is not a person.
    const explicit =
      !/^(?:by|par|por|von|door|with|w\/|avec|con|[—–-]+)$/i.test(prefixed[1]) &&
      !ROLE_LABEL.test(prefixed[1]);
    // "Speaker: someone from Figma": no name, but the company is known.
    const unnamed = UNNAMED.exec(prefixed[2].trim());
    // "Speaker: someone from work": nobody named, and no company either.
    if (unnamed?.[1]) return CAPITALISED.test(unnamed[1]) ? [{ company: unnamed[1] }] : undefined;
    // "speaker: CTO and co-founder of Rockset": a job is no name; the company is still known.
    const job = explicit ? jobWithoutName(prefixed[2]) : undefined;
    if (job) return job.company ? [{ company: job.company }] : undefined;
    // "Speaker: Sophia (Mistral AI)": one name, a company in parentheses.
    const single = explicit ? oneNameWithCompany(prefixed[2]) : undefined;
    if (single) return [single];
    // "Spreker: Lotte ter Horst — zelfstandig toegankelijkheidsexpert": a role in lower case after
    // a dash, no employer: the name alone.
    const role = ROLE_AFTER_DASH.exec(prefixed[2].trim());
    if (explicit && role?.[1] && splitNames(role[1])) return [{ name: role[1] }];
    // "speakers: rick ratzel, vyas ramasubramanian": people typed without capitals, or some so.
    const typed = explicit ? lowerCaseNames(prefixed[2]) : undefined;
    if (typed && (typed.length > 1 || typed[0]?.company)) return typed;
    // "Speaker: Ada Lund, works at a bank": the name, and the clause about her is no part of it.
    const clause =
      explicit && comma?.[1] && comma[2] ? nameBeforeClause(comma[1], comma[2]) : undefined;
    if (clause) return clause;
    const words = prefixed[2].trim().split(/\s+/).length;
    // "Speaker: Mei-Ling Zhou (Adyen). ." is no name as a whole; nor is a list with commas.
    const whole = words <= 6 && !/[(),]|\.\s/.test(prefixed[2]);
    // "Diễn giả/Đội ngũ: Team VIB.": the sentence's period is no part of the name ("Jr." is).
    const name = prefixed[2].trim().replace(/(?<!\b(?:\p{Lu}|Jr|Sr|Dr))\.$/u, '');
    return explicit && whole ? [{ name }] : undefined;
  }
  if (!allowBareName) return undefined;
  // "Guter Kaffee.": a sentence, not a name ("Acme Inc." and "Jr." end with a period too); but
  // "Brian Holt, Oracle." and "Nils Ødegaard from Nordic Bits." name a person and their company.
  if (SENTENCE_PERIOD.test(text.trim())) {
    // A line of a few words: "Maria Gonzalez from Isovalent showed how …" is a sentence.
    if (text.trim().split(/\s+/).length > 8) return undefined;
    const named = parseSpeakerText(text.trim().slice(0, -1));
    const company = (speaker: Speaker) =>
      speaker.company !== undefined && /^[\p{Lu}\p{N}]\S*(?:\s+\S+){0,3}$/u.test(speaker.company);
    return named?.every((speaker) => speaker.name && company(speaker)) ? named : undefined;
  }
  // "Ana Pérez y Luis Gil. Personalmente, me pareció…": a sentence goes on after the names.
  if (SENTENCE_END.test(text)) return undefined;
  return parseSpeakerText(text);
}

/** A sentence's end inside a line, after a word (not after an initial, "Dr" or "Prof"). */
const SENTENCE_END =
  /(?<!(?:^|[\s(])(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Jr|Sr|\p{Lu}))(?<=\p{L})\.\s+(?=\p{Lu}\p{Ll})/u;

/** A name, and after its comma a role with (or without) the company: the person, and the company. */
function personWithRole(name: string, role: string): Speaker[] | undefined {
  const person = name.trim();
  const written = role.trim();
  if (!looksLikeName(person) || !ROLE_WORDS.test(` ${written} `)) return undefined;
  const company = withoutRole(written);
  return [
    {
      name: person,
      // "senior engineer at a small bank" names no company: one is written with a capital.
      ...(company && company !== written && !rolesOnly(company) && /^[\p{Lu}\p{N}@]/u.test(company)
        ? { company }
        : {}),
    },
  ];
}
