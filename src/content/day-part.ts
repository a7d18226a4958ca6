import type { DayPart } from '../model.ts';

/**
 * The part of the day a group heading or a story's sentence puts its talks in, where the notes
 * give no time: "## Afternoon", "### Day 2 morning", "## AM"; "After lunch, Jane Doe talked
 * about …", "In the afternoon …", "The morning started with …", "Monday morning I attended …".
 */
export function headingPart(name: string): DayPart | undefined {
  const text = name.trim();
  const part = HEADING.exec(text);
  if (part?.[1]) return partOf(part[1]);
  // "## 上午", "## 午後の部", "## 오후": the same in Chinese, Japanese and Korean.
  if (/^(?:上午|午前(?:の部)?|오전)$/u.test(text)) return 'morning';
  if (/^(?:中午|下午|午後(?:の部)?|오후)$/u.test(text)) return 'afternoon';
  return /^晚上$/u.test(text) ? 'evening' : undefined;
}

const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const HEADING = new RegExp(
  String.raw`^(?:(?:day\s*\d{1,2}|${WEEKDAY})\s*[-–—:,]?\s*)?(morning|afternoon|evening|noon|midday|a\.?m\.?|p\.?m\.?|before lunch|after lunch)(?:\s+(?:sessions?|talks?|track|block))?:?$`,
  'i',
);

/** The part of the day a sentence of a story opens with, if it says one. */
export function sentencePart(sentence: string): DayPart | undefined {
  const text = sentence.trim();
  const part = SENTENCE.exec(text);
  if (!part?.[1]) return undefined;
  // "Morning Star showed …": a name that starts with the word, not the part of the day.
  const bare = part[0].length === part[1].length;
  if (bare && /^\s+(?!I\b)\p{Lu}/u.test(text.slice(part[0].length))) return undefined;
  return partOf(part[1]);
}

const SENTENCE = new RegExp(
  String.raw`^(?:(?:then|and|so|later|finally)\s*,?\s+)?(?:in\s+the\s+|(?:this|that|the)\s+|(?:on\s+)?${WEEKDAY}\s+|(?:later|early)\s+(?:that|in\s+the)\s+)?(morning|afternoon|evening|after\s+(?:the\s+)?lunch(?:\s+break)?|before\s+(?:the\s+)?lunch)\b`,
  'i',
);

function partOf(words: string): DayPart {
  const word = words.toLowerCase();
  if (word.startsWith('after') || word.startsWith('p') || /^(?:noon|midday)$/.test(word))
    return 'afternoon';
  if (word.startsWith('before') || word.startsWith('a')) return 'morning';
  return word as DayPart;
}
