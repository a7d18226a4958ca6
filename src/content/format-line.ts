import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * "_Format conférence 50 minutes_", "*Talk · 45 min*", "Lightning talk (10 min)": a line under a
 * talk's heading that gives its format and length only. It names no one, so a speaker's line
 * right under it is as good as first under the heading.
 */
const FORMAT_LINE =
  /^(?:format|type|session|kind|formato|typ)?\s*[:·–—-]?\s*(?:\p{L}[\p{L}'’-]*\s*){0,3}[,:·–—(-]?\s*\d{1,3}\s*(?:min(?:utes?|uten|utos|uti)?|mn|h|hours?|heures?)\.?\)?\.?$/iu;

/**
 * A paragraph that only gives the talk's format and length ("_Format short 20 minutes_"), or the
 * day it was given ("Tuesday, Nov. 8 2016", "8 November 2016", "2016-11-08"), above its speaker.
 */
export function isFormatLine(node: MdNode): boolean {
  if (node.type !== 'paragraph') return false;
  const text = plainText(node).trim();
  return (
    text.length <= 50 && !text.includes('\n') && (FORMAT_LINE.test(text) || DATE_LINE.test(text))
  );
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\.?\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$`,
  'i',
);
