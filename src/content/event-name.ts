import { leadBeforeName } from './case-exact.ts';
import { isEventName } from './company-words.ts';
import { nameInPostWords } from './event-name-forms.ts';
import { remembered } from './memo.ts';
import {
  FIRST_PERSON_LEAD,
  GENERIC,
  POST_WORD,
  PROPER_NAME,
  postLead,
  SESSIONS_AT,
  TRAIL,
} from './post-title-words.ts';
import { nameBeforeClause } from './title-clause.ts';
import { withoutConferenceDay } from './title-day.ts';

/**
 * The conference a notes post is about, from the post's title: "Notes from GoLab Lisbon 2025",
 * "KubeCon EU 2025 — my notes", "What I learned at DataDays", "Notizen vom Java Forum Nord 2025"
 * all name the conference and say what the post is. Answers name the conference ("· GoLab Lisbon
 * 2025"), so the post's words go. A title that does not read so ("Why I go to conferences",
 * "Testing Library, five years on") is kept as it is.
 */
export function conferenceName(title: string): string {
  return namedConference(title);
}

/** "I liked", "we saw most": "I" or "we", then up to four words in lower case. */
const FIRST_PERSON_REST = /^(?:I|[Ww]e)(?:\s+\p{Ll}[\p{L}'’-]*){1,4}[.!]?$/u;

/** A post's title is asked for its conference by several readings of the post (see `memo.ts`). */
const namedConference = remembered(readConferenceName);

function readConferenceName(title: string): string {
  // A conference's name is short; a longer title is no name to cut (nor worth the regexps' time).
  if (title.length > 200) return title.trim();
  let name = title
    .trim()
    .replace(EDGE_MARKS, '')
    // "KubeCon EU 2025 [![Awesome](…/badge.svg)](…)": a badge is no word of the title.
    .replace(BADGE, '')
    .trimEnd();
  name = nameInPostWords(name) ?? name;
  name = withoutTitleTag(name)
    .replace(/\s*\((?:[^()]*\b(?:my|from|part|well|with|incl|including)\b[^()]*)\)$/i, '')
    // "KubeVistula 2025 (Kraków)", "KubeCon EU 2025 (London, 1–4 April): what we learned",
    // "PlatformCon Local (meetup)", "PyCon SK 2018 (March 9-11, 2018)": where, when, what kind.
    // The place is capitalised, case-exact ("PyCon 2019 (and friends)" keeps its aside).
    .replace(
      /(?<=\b(?:19|20)\d{2}|\s#\d{1,4})\s*\((?!(?:[Tt]he|[Aa]n?)\s)(?:\p{Lu}[\p{L}'’.-]+(?:[\s,]+\p{Lu}[\p{L}'’.-]+){0,2})(?:,\s*[^()\d]{0,15}\d[^()]{0,24})?\)(?=$|\s*(?::|\s[—–|-])\s)|(?<=\b(?:19|20)\d{2})\s*\((?:\p{L}{3,9}\.?\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s+\p{L}{3,9}\.?)?,?\s+(?:19|20)\d{2}\)$/u,
      '',
    )
    .replace(/\s*\((?:meetup|online|virtual|remote|hybrid|in[- ]person|livestream|recap)\)$/i, '')
    // "DevJoy Conf 2024 (and why you should go next year)": an aside about the post.
    .replace(/\s*\((?:and|or|but|plus|also|why|how|what|because|spoiler)\b[^()]*\)$/i, '')
    // "The Backend Bulletin #47: What I saw at …": a newsletter's issue before what it is about
    // ("Rust Meetup #12: two talks and pizza" is the meetup itself).
    .replace(/^[^:#]{3,40}#\d{1,4}\s*:\s+(?=.*\p{Lu})/u, '')
    // "Mon DevFest Nantes 2025 à moi !", "My KubeCon 2024": the author's own edition of it.
    .replace(
      /^(?:[Mm]on|[Mm]a|[Mm]y|[Oo]ur|[Nn]otre)\s+(\p{Lu}\S*(?:\s+\S+){0,3}\s+(?:19|20)\d{2})(?:\s+à\s+(?:moi|nous))?$/u,
      '$1',
    )
    // "Episode 87: …", "That's a wrap: …", "Recap:": the post's own words before a colon.
    .replace(
      /^(?:(?:episode|ep\.?|issue|part|vol\.?|volume|folge|épisode|odcinek)\s*#?\d{1,4}|that['’]?s a wrap|it['’]?s a wrap|wrap-?up|recap|in review)\s*[:–—-]\s+/i,
      '',
    );
  // "Attendance report — Q3 budget (DataWeek Berlin 2025)": the conference, after what the post is.
  const inParens = EVENT_IN_PARENS.exec(name);
  if (
    inParens?.[1] &&
    !/\b(?:19|20)\d{2}\b/.test(name.slice(0, inParens.index)) &&
    isEventName(inParens[1])
  )
    name = inParens[1];
  // "Best of QCon London", "The best of KubeCon 2019": the post's pick of a conference ("The
  // Best of Times" names none).
  const bestOf = leadBeforeName(name, [BEST_OF]);
  if (bestOf && isEventName(name.slice(bestOf[0].length))) name = name.slice(bestOf[0].length);
  const lead = postLead(name);
  // "What I took home from …": only where what follows names a conference.
  const own = lead ? undefined : FIRST_PERSON_LEAD.exec(name);
  // "What I learned from my first year of Rust": what follows is no name; the title stays.
  const rest = lead ? name.slice(lead[0].length) : '';
  if (lead && /^\p{Ll}/u.test(rest) && !isEventName(rest)) return title.trim();
  // "Talks I liked", "Notes we took": the post's words go on as the author's own clause, in
  // lower case after "I" or "we"; no conference is named ("I liked" is none).
  if (lead && FIRST_PERSON_REST.test(rest)) return title.trim();
  // "Notes from sessions at the 2014 Northeast PHP Conference": the talks, then the conference.
  if (lead) name = rest.replace(SESSIONS_AT, '');
  else if (own && isEventName(name.slice(own[0].length))) name = name.slice(own[0].length);
  // "GoLab Lisbon 2025 — what I saw", "Craft 2019: what stuck", "JVM Summit 2025, the talks I
  // liked": a conference, then what the post is ("QCon New York, 2016" keeps its year).
  // A place after the conference stays ("KubeCon NA 2019, San Diego").
  const before = name;
  const split = /^(.{3,80}?)\s*(?:\s[—–|-]\s|:\s|,\s)(.{1,60})$/.exec(name);
  // "KubeCon EU 2025 - London - Shared notes": where, then what the post is.
  const about = split?.[2]?.replace(PLACE_THEN, '');
  // "My notes from Lakeside DevDay: agents, queues and more": after the post's own words, a name
  // in capitals before the post's subtitle in lower case, though it has no year nor "conference".
  const namesIt =
    split?.[1] !== undefined &&
    (isEventName(split[1]) ||
      (lead !== undefined && /^\p{Ll}/u.test(about ?? '') && CAPITALISED_NAME.test(split[1])));
  if (split?.[1] && about && namesIt && isAboutThePost(about)) name = split[1];
  // "Conference attendance report: SREcon Asia/Pacific 2025": what the post is, then the
  // conference with its year.
  else if (split?.[1] && split[2] && isPostLabel(split[1]) && isNamedYear(split[2]))
    name = split[2];
  // "Back from Oslo: NDC Security 2025": where the author was, then the conference with its year.
  else if (lead && split?.[1] && split[2] && PLACE.test(split[1]) && isNamedYear(split[2]))
    name = split[2];
  // "DataDrift Conf 2025 Recap: Lakehouses, …": the post's word ends what comes before the colon.
  else if (split?.[1] && TRAIL.test(split[1]) && isEventName(split[1].replace(TRAIL, '')))
    name = split[1];
  // "Openvis Conference - Boston 2015": the conference's name, then where and when, one name.
  else if (
    split?.[1] &&
    isEventName(split[1]) &&
    !/\d/.test(split[1]) &&
    PLACE_YEAR.test(split[2] ?? '')
  )
    name = `${split[1]} ${split[2]}`;
  // "SREcon23 Americas is a Wrap – But the Learning Isn't!": the conference, then its ending.
  const wrapped = WRAPPED.exec(name);
  if (wrapped?.[1] && isEventName(wrapped[1])) name = wrapped[1];
  // "Lanternfish at SREcon Nordics 2024": a team or company at the conference.
  // A conference's word must follow: "Kubernetes at Scale 2024" is a title.
  const at = /^[\p{L}\d&.'’-]+\s+at\s+(?=\p{Lu})/u.exec(name);
  const atEvent = at ? name.slice(at[0].length) : '';
  if (at && CONFERENCE_WORD.test(atEvent) && isEventName(atEvent)) name = atEvent;
  // "Pragmatic Testing Conference 2024 so you don't have to", "DevNation through a DevOps lens":
  // the title goes on after the conference's name (`title-clause.ts`).
  const goesOn = nameBeforeClause(name, lead !== undefined);
  if (goesOn && /^\p{Lu}/u.test(goesOn)) name = goesOn;
  // "StrangeLoop-ish: my day-by-day at Heartland DevFest 2025": a long title ending with where
  // the author was, a conference named with its year.
  const atEnd = name === before ? AT_THE_END.exec(name) : null;
  if (atEnd?.[1] && isAtConference(name.slice(0, atEnd.index), atEnd[1])) name = atEnd[1];
  // "Two pairs of eyes on SREcon Baltics 2025": "on" a conference named with its word.
  const onEnd = name === before ? ON_THE_END.exec(name) : null;
  if (onEnd?.[1] && CONFERENCE_WORD.test(onEnd[1].replace(/\s+\d{4}$/, ''))) name = onEnd[1];
  // "Conferences / Pipeline Days 2025": a wiki page's path, the page last.
  const crumb = name === before ? CRUMBS.exec(name) : null;
  if (crumb?.[1] && isNamedYear(crumb[1]) && CONFERENCE_WORD.test(crumb[1])) name = crumb[1];
  name = name
    .replace(TRAIL, '')
    // "Data Council Austin - Notes & Takeaways": the mark before the post's words goes with them.
    .replace(/(?<=\S)\s+[—–|-]$/, '')
    // "Typed workers: notes": the colon before the post's word goes with it.
    .replace(/(?<=\S)\s*[:：]$/u, '')
    // "Sud Web Summit 2025 à Montpellier": where, after the year.
    .replace(
      /(?<=\b(?:19|20)\d{2})\s+(?:à|in|en|em|w|im|a)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u,
      '',
    )
    // "Devoxx FR 2022 par Cécile Hui", "KubeCon EU 2019 by Jane Doe", "JSConf 2019 von Max
    // Roth", "by the team": who wrote the post, after the year (and its place: "KubeCon 2019
    // Barcelona by Jane Doe").
    .replace(
      /(?<=\b(?:19|20)\d{2}(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:by|par|von|por|door|av|af|od)\s+(?:(?:the|our|l['’]|la|das|unser(?:em)?|el|o)\s*)?(?:\p{Lu}[\p{L}'’.-]*|team|équipe|equipo|equipe)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u,
      '',
    )
    // "WebDev Arabia 2025 في دبي": "in" a city, in Arabic.
    .replace(/(?<=\b(?:19|20)\d{2})\s+في\s+[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)?$/u, '')
    // "RustFjord 2025 log": a log after a year ("Change log" names no conference). So is the
    // organisers' "programme" or "line-up" ("ScaleConf Oslo 2025 programme"), and after the
    // year's place too ("DevopsDays 2019 Ghent talks", "GOTO 2019 Berlin live blog").
    .replace(
      /(?<=\b(?:19|20)\d{2}(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:(?:[Ll]ive ?)?(?:[Ll]og|[Bb]log|[Dd]iary|[Jj]ournal)|(?:[Ff]ull |[Ff]inal |[Cc]onference )?(?:[Pp]rogramme|[Pp]rogram|[Ss]chedule|[Ll]ine-?[Uu]p|[Aa]genda|[Ss]peakers|[Tt]alks|[Ss]essions))$/u,
      '',
    )
    .replace(/^(?:[Mm]y|[Oo]ur)\s+(?=\p{Lu})/u, '')
    .replace(EDGE_MARKS, '');
  // "CppNorth Day 1", "GOTO Amsterdam, day two": with no year, what is left names the conference
  // when it is a proper name ("Random Thoughts, day 2" is not).
  name = withoutConferenceDay(
    name,
    (left) => isEventName(left) || (PROPER_NAME.test(left) && !isPostLabel(left)),
  );
  const changed = name !== title.trim();
  // What is left must still name something: a capitalised word, a few words at most.
  // "My notes", "Conference notes", "Day 1 notes": no conference is named, the title stays.
  // "4developers": a conference that spells its name in lower case, a number first.
  const named =
    (/\p{Lu}|\p{Lo}/u.test(name) || isEventName(name) || /^\d{1,3}\p{Ll}{3,}$/u.test(name)) &&
    !GENERIC.test(name);
  if (!changed || !named || name.split(/\s+/).length > 8) return title.trim();
  return name;
}

/** "Best of QCon London": the post's pick; the conference's name after it is capitalised. */
const BEST_OF = { lead: /^(?:the\s+)?best\s+of\s+(?:the\s+)?(?=\S)/iu, capital: true };

/** "![alt](…)", "[![Awesome](…/badge.svg)](…)": images and linked badges in a title. */
const BADGE = /\s*\[?!\[[^\][]{0,80}\]\([^()\s]{1,300}\)(?:\]\([^()\s]{1,300}\))?/g;

/**
 * "Awesome KubeCon EU 2025": the awesome-list's own word (and its badge's, left as "Awesome" at
 * the end of the heading's text); "[Recap] PyNorth 2025 — …": a tag in brackets. Gone before a
 * conference's name only.
 */
function withoutTitleTag(title: string): string {
  const tag = /^(?:[Aa]wesome\s+(?=\p{Lu}|\d)|\[[\p{L}\p{N} &/+.'’-]{1,30}\](?![([:])\s*)/u.exec(
    title,
  );
  if (!tag) return title;
  const rest = title.slice(tag[0].length);
  const name = tag[0].startsWith('[') ? rest : rest.replace(/\s+awesome$/i, '');
  return isEventName(name) ? name : title;
}

/** "… (DataWeek Berlin 2025)": a conference with its year in parentheses, ending the title. */
const EVENT_IN_PARENS = /\s*\((\p{Lu}[^()]{1,60}?\b(?:19|20)\d{2})\)$/u;

/** "Conference attendance report", "Trip report", "My notes": what the post is, no name. */
function isPostLabel(text: string): boolean {
  // "#fjordconf-2025 channel export": a channel's name may hold the year.
  if (text.startsWith('#')) return CHANNEL.test(text);
  return !/\b(?:19|20)\d{2}\b/.test(text) && (TRAIL.test(text) || isPostWords(text));
}

/** "Accepted Talks", "Recommended Conference Talks": the post's own words, every one of them. */
export const isPostWords = (text: string): boolean =>
  text.split(/\s+/).every((word) => POST_WORD.test(word));

/** "#conf-devopsdays channel export", "#kubecon-eu log": a chat's channel the post was pasted from. */
const CHANNEL =
  /^#[\p{L}\d_-]{2,60}(?:\s+(?:channel|export|log|dump|archive|thread|chat|history))*$/iu;

/** "SREcon Asia/Pacific 2025": a capitalised name ending in its year. */
const isNamedYear = (text: string): boolean =>
  /^[\p{Lu}\d][^:]{0,60}\b(?:19|20)\d{2}$/u.test(text) && isEventName(text);

/** "… at Heartland DevFest 2025", "… from the Rust Nation UK 2025": capitalised words, a year. */
const AT_THE_END =
  /\s(?:at|from|@)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’/+-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.'’/+-]*){0,5}\s+(?:19|20)\d{2})$/u;

const ON_THE_END =
  /\son\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’/+-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.'’/+-]*){0,5}\s+(?:19|20)\d{2})$/u;
const CRUMBS = /^(?:[^/]{1,40}\s\/\s){1,4}([^/]{3,80})$/u;

/**
 * What comes before "at" is the author's sentence ("my day-by-day"), and what follows is a
 * conference's name: "Cloud Native at Scale 2024" is a talk's title.
 */
function isAtConference(lead: string, name: string): boolean {
  if (CONFERENCE_WORD.test(name.replace(/\s+\d{4}$/, ''))) return true;
  return /(?:^|\s)\p{Ll}/u.test(lead) && name.split(/\s+/).length > 2;
}

const CAPITALISED_NAME =
  /^(?:\p{Lu}[\p{L}\d.&'’-]*|\d[\p{L}\d]*)(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*|\d[\p{L}\d]*)){0,4}$/u;
export const CONFERENCE_WORD =
  /\p{L}*(?:con|fest|camp)\b|\b(?:conf|conference|summit|days|meetup|symposium|forum|week|expo)\b/iu;

const PLACE_YEAR = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\s+(?:19|20)\d{2}$/u;
/** "Oslo", "New York City": a place's name, capitalised words with no year. */
const PLACE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/** "(Hyderabad)", "(New York City)": a place's name in parentheses, ending a title. */
const PLACE_AT_END = /\s*\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\)$/u;

/** "what I saw", "a recap (part 1 of 2)", "My Notes", "Day 1": words of the post, no place or year. */
function isAboutThePost(written: string): boolean {
  if (/\b(?:19|20)\d{2}\b/.test(written)) return false;
  // "— मेरे नोट्स (Hyderabad)": the post's words, then where (see `conferencePlace`).
  const tail = written.replace(PLACE_AT_END, '');
  // "6 talks worth your time", "10 things I learned": a count of what the post holds.
  if (
    /^\d{1,2}\s+(?:[\p{L}-]+\s+){0,2}?(?:talks|sessions|things|lessons|takeaways|ideas|highlights)\b/iu.test(
      tail,
    )
  )
    return true;
  // "Saturday in the containers devroom": the day of the conference the post is about.
  if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+\p{Ll}/iu.test(tail)) return true;
  // "FOSDEM 2025 — Saturday", "Devoxx 2024, Donnerstag": the day alone, as "— Day 2" is.
  if (WEEKDAY.test(tail)) return true;
  // "PyCon US 2023 - An action-packed week", "GopherCon 2023: The good parts": a phrase in
  // lower case after its article, no name.
  if (
    /^(?:[Aa]n?|[Tt]he|[Mm]y|[Oo]ur|[Ss]ome)\s+\p{Ll}[\p{Ll}\p{N}'’-]*(?:\s+\p{Ll}[\p{Ll}\p{N}'’-]*)*$/u.test(
      tail,
    )
  )
    return true;
  // "KubeCon EU 2024 — Bob's takeaways": whose notes they are, then what.
  const words = tail.split(/\s+/);
  return (
    /^\p{Ll}/u.test(tail) ||
    words.every((word) => POST_WORD.test(word) || (POSSESSIVE.test(word) && words.length > 1))
  );
}
const POSSESSIVE = /^\p{Lu}[\p{L}-]*['’]s$/u;
/** "X is a wrap", "X was a blast", "X has wrapped": the conference, then how it ended. */
const WRAPPED = /^(.{3,60}?)\s+(?:is|was|has)\s+(?:a\s+)?(?:wrap(?:ped)?|blast|success)\b/i;
const WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica))$/iu;

/** Emoji, quotes and bullets around a title. */
const EDGE_MARKS =
  /^(?:[\s"'“”‘’«»*_]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D})+|(?:[\s"'“”‘’«»*_.!]|\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D})+$/gu;

/** "London - ", "Lisbon, ": a city before what the post is. */
const PLACE_THEN = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?\s*(?:\s[—–|-]\s|,\s)(?=\S)/u;

/**
 * Where a title says the conference was: "EuroSysML 2025 (Lisbon)", "Sud Web Summit 2025 à
 * Montpellier", "## 🇵🇱 KubeVistula 2025 (Kraków)" — a place after the year, as `conferenceName`
 * drops it.
 */
export function conferencePlace(title: string): string | undefined {
  if (title.length > 200) return undefined;
  const text = title.trim().replace(EDGE_MARKS, '');
  const place =
    /(?:\b(?:19|20)\d{2}|\s#\d{1,4})\s*\((?!(?:the|a|an)\s)(\p{Lu}[\p{L}'’.-]+(?:[\s,]+\p{Lu}[\p{L}'’.-]+){0,2})(?:,\s*[^()\d]{0,15}\d[^()]{0,24})?\)/u.exec(
      text,
    )?.[1] ??
    /\b(?:19|20)\d{2}\s+(?:à|in|en|em|w|im|a)\s+(?!(?:Review|Retrospect|Brief|Pictures|Photos|Numbers|Tweets|Talks)\b)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=$|[\s,:;.!—–-])/u.exec(
      text,
    )?.[1];
  if (place) return place.trim();
  // "PyCon India 2025 — मेरे नोट्स (Hyderabad)": where, after the post's words.
  const last = PLACE_AT_END.exec(text);
  if (last?.[1] && conferenceName(title) !== title.trim() && !conferenceName(title).includes('('))
    return last[1];
  // "WebDev Arabia 2025 في دبي": "in" a city, in Arabic.
  return /\b(?:19|20)\d{2}\s+في\s+([\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)?)$/u.exec(text)?.[1];
}
