/**
 * "Analyzing Evictions (1:30 PM in Room 313)", "Intro to D3 (1:30 PM in Room 302) | [Acme](…)":
 * a schedule's slot in brackets after the title, its time and then where. The time is the talk's,
 * the place its room when it names one ("Room 302,304,306" names none); the slot is no part of
 * the title; a name after it, past a bar, the company giving the talk. (`roomInTitle` reads its place.)
 */
const SLOT =
  /\s*\((\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:h]\d{2})(?:\s*(?:,|\bin\b|\bat\b|@|·|[–—-])\s*([^()]{2,40}?))?\)(?=\s*(?:$|[|·•]))/iu;

export interface SlotAside {
  /** The text without the slot. */
  rest: string;
  time: string;
  /** What the slot says after the time ("Room 313"), a room or not. */
  place?: string;
  /** "| R-Brain" after the slot: the company giving the talk. */
  company?: string;
}

/** The slot in brackets after a title, or undefined when the text has none. */
export function slotAside(text: string): SlotAside | undefined {
  if (!text.includes('(')) return undefined;
  const slot = SLOT.exec(text);
  if (!slot?.[1] || slot.index < 3) return undefined;
  const title = text.slice(0, slot.index).trim();
  const after = text.slice(slot.index + slot[0].length).trim();
  if (!/\p{L}{2}/u.test(title)) return undefined;
  const found: SlotAside = { rest: after ? `${title} ${after}` : title, time: slot[1].trim() };
  if (slot[2]) found.place = slot[2];
  // "… (11:00 AM in Room 309) | R-Brain": who gives it, by the slot, a company's name.
  const by = /^\|\s*(\p{Lu}[\p{L}\d&.'’-]*(?:\s+[\p{L}\d&.'’-]+){0,2})$/u.exec(after)?.[1];
  if (by) {
    found.rest = title;
    found.company = by;
  }
  return found;
}
