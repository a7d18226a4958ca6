import { fold } from '../search/analyze.ts';
import { isFiller, TALK_KINDS } from '../search/question-words.ts';
import { trimEndOf } from '../text.js';
import { asksWhoAlone } from './asked-back.ts';
import { asksLikeness, IT_ANY_GOOD, PART_OF_IT } from './follow-ups.ts';
import type { Plan } from './plan.ts';

/**
 * Words that point back at an earlier answer: "who gave it?", "and the slides?", "which of those
 * had video", "only the ones with slides", "who else spoke?", "can you send the link", "the one
 * before". They name nothing by themselves: they are read against the asker's last answer
 * (`follow-up-answers.ts`), or, with none, the bot asks which talk.
 */
const POINTS_BACK = new RegExp(
  [
    String.raw`\b(?:it|its|that\s+one|this\s+one|that\s+talk|this\s+talk|those|these|them|the\s+ones|the\s+other\s+one|the\s+same(?:\s+one)?)\b`,
    // "What company is she from?": the speaker of the talk answered.
    String.raw`\b(?:he|she|they|him|her|his)\b`,
    // "more about that", "tell me more on this": the one answered before.
    String.raw`\b(?:about|on|of|regarding)\s+(?:that|this)$`,
    // "ok cool and the slides?", "thanks! and the video?": said after an acknowledgement too.
    String.raw`^(?:(?:ok(?:ay)?|k|cool|nice|great|perfect|awesome|alright|sure|got\s+it|thanks|thx|ty|thank\s+you)\s+)*(?:and|also|so|then|what\s+about|how\s+about|same\s+(?:but|for|question))\b`,
    String.raw`\b(?:who|what|anything|anyone|something)\s+else\b|\bany\s+others?\b`,
    // "Is that all?", "that's it?": whether the list answered before had more.
    String.raw`^(?:is\s+that\s+(?:all|it|everything)|(?:that['’]?s|thats)\s+(?:all|it|everything)|are\s+there\s+(?:no\s+)?more|(?:any|no)\s+more)$`,
    String.raw`^(?:can|could|would)\s+(?:you|u)\s+(?:send|share|give|post|paste)\s+(?:me\s+)?(?:the|a)\s+(?:link|links|url|slides|video|recording)\b`,
    // "send me the video pls", "who was the speaker again?": the one asked about before.
    String.raw`^(?:pls\s+|please\s+)?(?:send|share|give|post|paste)\s+(?:me\s+|us\s+)?the\s+(?:link|links|url|slides|deck|video|recording)\b`,
    String.raw`\bagain\b`,
    // "more like that", "anything similar to this one": the one answered before, to compare.
    String.raw`\b(?:like|similar\s+to)\s+(?:that|this|it)(?:\s+one)?$`,
    // "the one before", "what came after that": the talk next to the one answered before.
    String.raw`^(?:and\s+)?(?:what\s+(?:was|came|is|comes)\s+)?(?:the\s+)?(?:one|talk|session)\s+(?:right\s+|just\s+)?(?:before|after)(?:\s+(?:that|it|this)(?:\s+one)?)?$`,
    String.raw`^(?:and\s+)?(?:what\s+(?:was|came|is|comes)\s+)?(?:right\s+|just\s+)?(?:before|after)\s+(?:that|it|this)(?:\s+one)?$`,
    // "What was next?", "and the previous one?": the talk next to the one answered before.
    String.raw`^(?:and\s+)?(?:what\s+(?:was|came|is|comes|happened)\s+)?(?:the\s+)?(?:next|previous)(?:\s+(?:one|talk|session))?$`,
    // "link pls", "the url?": a link of no kind, of no talk named ("slides" alone lists them).
    String.raw`^(?:the\s+|a\s+)?(?:link|links|url)(?:\s+(?:pls|plz|please|thanks|thx))?$`,
  ].join('|'),
);

/** The conference as a whole, named: "at the conference", "of this event", "the whole conf". */
const WHOLE_EVENT =
  /\b(?:the|this|that|whole|entire)\s+(?:conference|conf|event|konferenz|conférence|conferencia|conferenza)\b/;

/** "That panel", "this keynote": one talk pointed at by its kind. */
const POINTED =
  /\b(?:that|this|the\s+same)\s+(?:panel|keynote|workshop|session|talk|presentation|lightning\s+talk|fireside\s+chat|one)\b/;

/** Words that point or ask, which name nothing: what is left of a follow-up. */
const POINTING = new Set([
  'it',
  'its',
  'that',
  'this',
  'those',
  'these',
  'them',
  'else',
  'same',
  'similar',
  'next',
  'previous',
]);

/** Whether a question has a word of its own besides asking and pointing (a name, a number). */
function saysMore(said: string): boolean {
  return said
    .split(/[^\p{L}\p{N}]+/u)
    .some(
      (word) => word.length > 0 && !isFiller(word) && !POINTING.has(word) && !LINK_WORDS.has(word),
    );
}

/** Links and facts asked for, which a follow-up names without naming a talk ("and the slides?"). */
const LINK_WORDS = new Set([
  'slides',
  'slide',
  'video',
  'videos',
  'link',
  'links',
  'url',
  'recording',
  'recorded',
  'deck',
  'speaker',
  'again',
  // "Which room is it in?": where it was, asked of the talk before.
  'room',
  'where',
]);

/** Words beyond which a message is a paragraph, not a follow-up question. */
const LONG_MESSAGE = 25;

/**
 * A pasted paragraph: its pronouns point into itself, and its times ("paged at 3am", "last
 * Friday") tell a story, not when a talk was on.
 */
export function isParagraph(text: string): boolean {
  return text.trim().split(/\s+/).length > LONG_MESSAGE;
}

/**
 * Whether a question only points back at an earlier answer: its words point back, and what they
 * come to is no more than every talk (perhaps those with slides or a video) or nothing. A
 * question that names something of its own ("and the slides for the rust talk?", "what about
 * 2023?") is answered as asked. `titled`: whether the question says a talk's title.
 */
export function pointsBack(text: string, plan: Plan, titled: () => boolean): boolean {
  // A pasted paragraph ("we had an incident last night … could I share it with the team?") says
  // what it is about in its own words, whatever pronouns it has.
  if (!mayPointBack(text)) return false;
  // "Who was the best speaker?", "how many people came to it?": what the notes never record
  // (`unknown`), which is said plainly of any talk, rather than asking which one, or listing
  // the last answer's speakers.
  // "The best part", asked where a talk is titled so, is that talk.
  if (PART_OF_IT.test(saidOf(text))) return !titled();
  if (plan.kind === 'none' && plan.unknown) return false;
  // "Who won?": "who" alone, which asks what the notes never record, points at nothing.
  if (plan.kind === 'talks' && plan.scope.unknown && !POINTS_BACK.test(saidOf(text))) return false;
  // "And who spoke at the conference?": the whole event named, asked anew.
  if (WHOLE_EVENT.test(saidOf(text))) return false;
  // "Something similar?", "related talks": like the talk answered before, whatever they find.
  if (asksLikeness(text)) return true;
  const said = saidOf(text);
  // "Who else was on that panel?": a talk pointed at by its kind, and nothing else said.
  const pointed = POINTED.exec(said);
  if (pointed && !saysMore(said.replace(pointed[0], ' '))) return true;
  // "The one where it was -24": it says something of its own, which found nothing. "Who gave the
  // keynote" where no talk is one names a kind of talk the notes lack, and says so.
  if (plan.kind === 'none')
    return (
      plan.suggestions.length === 0 &&
      !plan.unmatched?.some((word) => TALK_KINDS.has(word)) &&
      !saysMore(said)
    );
  if (plan.kind !== 'talks') return false;
  const { scope } = plan;
  // "Was it any good?": a way in over every talk (`sampled`) is no answer about "it".
  if (scope.sampled && IT_ANY_GOOD.test(saidOf(text))) return true;
  return scope.kind === 'list' && !scope.event && !scope.excluding && !scope.lacking;
}

/** The question as its pointing words are looked for: "IT" in capitals is information technology. */
function saidOf(text: string): string {
  return fold(text.replace(/\bIT\b/g, ' '))
    .replace(/[?!.,;:]+/g, ' ')
    .trim();
}

/**
 * Whether a question has words that point back at all (no paragraph), before anything is
 * resolved: the cheap half of `pointsBack`, so a remembered conversation costs a question that
 * cannot be a follow-up nothing.
 */
export function mayPointBack(text: string): boolean {
  const said = saidOf(text);
  return (
    !isParagraph(text) &&
    (POINTS_BACK.test(said) || PART_OF_IT.test(said) || asksWhoAlone(text) || asksLikeness(text))
  );
}

/** Longest title (in characters) an example question quotes whole. */
const EXAMPLE_TITLE = 40;

/**
 * A question that opens this talk by name, to show how: "talk Retrieval-augmented generation",
 * its title's first words, never cut inside a word or left hanging on "that" or "the".
 */
export function nameExample(title: string): string {
  if (title.length <= EXAMPLE_TITLE) return `talk ${title}`;
  const kept: string[] = [];
  for (const word of title.split(/\s+/)) {
    if ([...kept, word].join(' ').length > EXAMPLE_TITLE) break;
    kept.push(word);
  }
  while (kept.length > 1 && isFiller(fold(kept.at(-1) ?? '').replace(/[^\p{L}\p{N}]+/gu, '')))
    kept.pop();
  return `talk ${trimEndOf(kept.length > 0 ? kept.join(' ') : title, ',;:.–—-')}`;
}
