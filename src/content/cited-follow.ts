import { escapeRegExp } from '../text.ts';
import type { DraftTalk } from './talk-body.ts';

/**
 * A recap that cites its talks inline ("… Tomas Berg (closing keynote: The Cost of Waiting). He
 * walked through …") goes on to other things in later paragraphs (the venue, the coffee, next
 * year): a paragraph without a citation of its own is the last cited talk's only where it still
 * speaks of it, opening with a pronoun or "the talk", or naming its speaker or its title.
 */
export function speaksOfCited(text: string, draft: DraftTalk): boolean {
  if (GOES_ON.test(text.trimStart())) return true;
  const names = draft.speakers.flatMap((s) => (s.name ?? '').split(/\s+/));
  const words = names.filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word));
  if (
    words.some((word) => new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'u').test(text))
  )
    return true;
  return draft.title.length >= 6 && text.toLowerCase().includes(draft.title.toLowerCase());
}

/** "She showed …", "His demo …", "The talk …", "In the Q&A …": the same talk, still. */
const GOES_ON =
  /^(?:(?:She|He|They|Her|His|Their|Both)\b|(?:The|This|That|Her|His|Their)\s+(?:talk|keynote|plenary|session|speaker|presentation|demo|slides|Q&A|closing|main|key|central)\b|(?:In|During)\s+(?:the|her|his|their)\s+(?:Q&A|talk|demo|keynote)\b)/u;

/**
 * "Joe Thompson's talk about …", "Julia Evans' closing keynote was …": a paragraph opening with
 * another person's talk is about that talk, no note of the one before it.
 */
export function opensOtherTalk(text: string, draft: DraftTalk): boolean {
  const owner = OTHER_TALK.exec(text.trimStart())?.[1];
  return owner !== undefined && !draft.speakers.some((s) => s.name === owner);
}

const OTHER_TALK =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:['’]s|['’])\s+(?:(?:opening|closing|lightning|short|great|excellent|first|second|last)\s+)?(?:talk|keynote|session|presentation|workshop)\b/u;
