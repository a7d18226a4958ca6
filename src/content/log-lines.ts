import type { Speaker } from '../model.ts';
import { splitHeading } from './heading-title.ts';
import { speakerLine } from './speaker-line.ts';
import { looksLikeName, parseSpeakerText } from './speaker-names.ts';
import { speakersAfterTitle } from './talk-lead.ts';
import { sessionKind } from './title-marks.ts';

/**
 * A line of a terse live log, after its time: `keynote by Signe Aasen (Rust Foundation), "Rust in
 * the kernel". meh`, `"Async closures are here" — Tobias Lindgren. good!!`, `Embassy on a $2 chip,
 * Kari Nygaard (Nordic Semi). demo failed`, `Miriam Holt: Writing a database in Rust. war stories`.
 * A talk only with a named speaker, or a kind before a quoted title (`panel "Is Rust too hard?"`):
 * "arrived, badge queue 20 min" and "lunch. fish soup" are none.
 */
export interface LoggedTalk {
  title: string;
  speakers: Speaker[];
  notes?: string;
  /** As answers name it ("Keynote", "Panel"): see `sessionKind`. */
  kind?: string;
}

const ANNOUNCES =
  /^(?:and\s+)?(?:next up|up next|now|now on [\p{L}\d ]{1,30}|starting(?: now)?|first up|coming up)\s*[:：—–-]\s+(?=\S)/iu;
const QUOTED = /["“„«]([^"“”„«»]{3,150})["”»]/;
/** "keynote by Jane Doe (Acme), ", "panel ", "talk w/ ": what may stand before a quoted title. */
const BEFORE_BY =
  /^(?:(?:opening|closing|morning|final|quick one:?)\s+)?(?:(keynote|panel|workshop|lightning talk|talk|session|charla relámpago|charla|ponencia|mesa redonda|palestra relâmpago|palestra|painel|table ronde|conférence|vortrag|intervento|talk lampo|доклад)\s*:?\s*)?(?:(?:by|with|w\/|from|mod\.?|moderated by|de|por|di|par|von|door|от)\s+)?(.*?)(?:\s+(?:on|about|with))?[\s,:;—–-]*$/iu;
/** "Arranca la keynote de …", "Then came the keynote by …": a few words before the kind of session. */
const KIND_IN_LEAD =
  /(?<=\s)(?:keynote|panel|charla|ponencia|mesa redonda|palestra|painel|table ronde|conférence|vortrag|intervento|доклад)\b/iu;
/** "Speaker: Jane Doe (Acme). Talk:": a labelled line of people, then the title's label. */
const LABELLED_BEFORE = /^(\p{L}[^.;]{2,120}?)[.;]\s+\p{L}{2,20}\s*[:：]$/u;
/** "Charla relámpago", "palestra relâmpago", "talk lampo": a lightning talk in other languages. */
const OTHER_LIGHTNING = /relámpago|relâmpago|lampo/i;
/** "mod. Jon Haugen w/ four people", "/ Predrag R. — notes": after a quoted title. */
const AFTER_MOD = /^\s*[/|]\s+/;
const MODERATOR =
  /^[\s.,;:—–-]*(?:mod(?:\.|erated by)|hosted by|chaired by|moderad[oa] por|anim[ée]e? par|moderiert von|moderat[oa] da)\s+([^,.;:!?]+?)(?=\s+(?:w\/|with|and|con|avec|mit|com)\s|[,.;:!?]|$)/iu;
/** ", con Álex Romero (Factorial) y Dani Costa (Red Points).": the panel after its moderator. */
const PANEL_AFTER =
  /^\s*,?\s*(?:with|w\/|con|avec|mit|com)\s+([^.;!?]{3,200}?)(?=[.;!?](?:\s|$)|$)/iu;

export function loggedTalk(said: string): LoggedTalk | undefined {
  if (said.length > 600) return undefined;
  // "next up: "Title" with Jane Doe", "now on main stage: …": the log's announcement of the talk.
  const text = said.replace(ANNOUNCES, '');
  const quoted = QUOTED.exec(text);
  const talk = quoted?.[1]
    ? quotedTalk(text, quoted)
    : (namedFirst(text) ?? titleCommaName(text) ?? dashedTalk(text));
  // "… in 80 lines. Slides:" (the address is read apart, as the talk's link): its label is no note.
  if (talk?.notes && LABEL_AT_END.test(talk.notes))
    talk.notes = talk.notes.replace(LABEL_AT_END, '').trim() || undefined;
  return talk;
}

const LABEL_AT_END =
  /(?<=^|[.!?]\s*)(?:slides?|deck|video|recording|diapositivas|folien|slajdy|nagranie|grabación|gravação|vídeo|vidéo|слайды|видео|запись)\s*:\s*$/iu;

function quotedTalk(text: string, quoted: RegExpExecArray): LoggedTalk | undefined {
  const title = (quoted[1] as string).replace(/(?<!\.|\b\p{L}\.\p{L})\.$/u, '').trim();
  const before = text.slice(0, quoted.index).trim();
  const after = text.slice(quoted.index + quoted[0].length);
  let lead = BEFORE_BY.exec(before);
  // "Arranca la keynote de Lucía Fernández (Glovo):": the words before the kind are the sentence's.
  const at = lead?.[2] && !parseSpeakerText(lead[2]) ? KIND_IN_LEAD.exec(before) : null;
  if (at && at.index <= 40) lead = BEFORE_BY.exec(before.slice(at.index));
  const kind = lead?.[1]
    ? (sessionKind(`${lead[1]}: ${title}`) ??
      (OTHER_LIGHTNING.test(lead[1]) ? 'Lightning talk' : undefined))
    : undefined;
  let speakers = lead?.[2] ? parseSpeakerText(lead[2]) : undefined;
  // "Ponente: Sofía Delgado (Wallapop). Charla: «Title».": the people's label line, then the title's.
  const labelled = speakers ? undefined : LABELLED_BEFORE.exec(before);
  if (labelled?.[1]) speakers = speakerLine(labelled[1], false);
  let notes: string | undefined = after.replace(/^[\s.,;:!—–-]+/, '').trim();
  // "mod. Jon Haugen w/ 4 people I didn't catch": the moderator is the one named.
  const moderator = speakers ? undefined : MODERATOR.exec(after);
  if (moderator?.[1]) speakers = parseSpeakerText(moderator[1]);
  if (moderator && speakers) {
    let rest = after.slice(moderator[0].length);
    const panel = PANEL_AFTER.exec(rest);
    const people = panel?.[1] ? parseSpeakerText(panel[1]) : undefined;
    if (people && panel) {
      speakers = [...(speakers ?? []), ...people];
      rest = rest.slice(panel[0].length);
    }
    notes = rest.replace(/^[\s.,;:!—–-]+/, '');
  }
  if (!speakers && (before === '' || kind)) {
    const read = speakersAfterTitle(after.replace(AFTER_MOD, ' — '));
    if (read.speakers.length > 0) {
      speakers = read.speakers;
      notes = read.notes;
    }
  }
  if (!/\p{L}{2}/u.test(title)) return undefined;
  // "16:00 panel "Is Rust too hard?"", "Closing panel: "Remote work"": a session by its kind,
  // though no one is named on its line.
  if (!speakers || speakers.length === 0)
    return kind ? { title, speakers: [], notes: notes || undefined, kind } : undefined;
  return { title, speakers, notes: notes || undefined, ...(kind ? { kind } : {}) };
}

/** "Miriam Holt: Writing a database in Rust for fun. great war stories". */
function namedFirst(text: string): LoggedTalk | undefined {
  const colon = text.indexOf(': ');
  if (colon < 3 || colon > 60) return undefined;
  const name = text.slice(0, colon).trim();
  const speakers = looksLikeName(name) ? parseSpeakerText(name) : undefined;
  if (speakers?.length !== 1 || speakers[0]?.company) return undefined;
  const { title, notes } = firstSentence(text.slice(colon + 2));
  return title ? { title, speakers, notes } : undefined;
}

/** "Embassy on a $2 chip, Kari Nygaard (Nordic Semi). demo failed twice". */
function titleCommaName(text: string): LoggedTalk | undefined {
  const match = /^(.{3,150}?),\s+([^,()]{3,60}?)\s*\(([^()]{2,60})\)(?:[\s.:;—–-]+(.*))?$/u.exec(
    text,
  );
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  if (!looksLikeName(match[2])) return undefined;
  // "Panel: Title — mod. A; B, C (Co), D (Co)": the comma is inside a line-up after a dash.
  if (/\s[—–]\s+mod(?:\.|erated by|erator:)\s/i.test(match[1])) return undefined;
  const speakers = parseSpeakerText(`${match[2]} (${match[3]})`);
  if (speakers?.length !== 1) return undefined;
  return { title: match[1].trim(), speakers, notes: match[4]?.trim() || undefined };
}

/** "Chaos for the rest of us — Ola Nordmann (Acme): notes": a heading's forms on one line. */
function dashedTalk(text: string): LoggedTalk | undefined {
  const cuts = [...text.matchAll(/(?<=\S)(?:[:.!]|\s+[—–-])\s+(?=\S)/g)].map((m) => m.index);
  // The whole line first (a title with its speaker), then each place notes could start.
  for (const cut of [...(text.length <= 200 ? [text.length] : []), ...cuts.slice(0, 4)]) {
    if (cut > 200) break;
    const head = text.slice(0, cut);
    const parts = splitHeading(head, true);
    if (parts.speakers.length === 0 || !/\p{L}{2}/u.test(parts.title)) continue;
    const notes = text
      .slice(cut)
      .replace(/^[\s:.!—–-]+/, '')
      .trim();
    // "Workshop: Intro to OpenTelemetry — Marcus Bell": the kind leaves the title, and stays.
    const kind = sessionKind(head);
    return {
      title: parts.title,
      speakers: parts.speakers,
      notes: notes || undefined,
      ...(kind ? { kind } : {}),
    };
  }
  return undefined;
}

function firstSentence(text: string): { title: string; notes?: string } {
  const stop = /(?<=\p{L}{2}|\))[.!?]\s+/u.exec(text);
  const title = (stop ? text.slice(0, stop.index) : text).trim();
  const notes = stop ? text.slice(stop.index + stop[0].length).trim() : '';
  return { title, notes: notes || undefined };
}
