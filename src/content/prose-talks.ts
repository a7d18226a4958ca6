import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { looksLikeName } from './speaker-names.ts';

/**
 * A blog recap in prose: "**Kafka at scale** by Jo Park was the first talk…", "After coffee I
 * caught **Typing** by Luis Ortega from Lambda Works.", "The keynote, **Software that lasts**, was
 * given by Hannah Cole." The title is bold in the paragraph's first sentence and "by" and a name
 * follow it at once; anything looser stays prose (fewer talks rather than doubtful ones).
 */
export function proseTalk(paragraph: MdNode): { title: string; speakers: Speaker[] } | undefined {
  const children = paragraph.children;
  const at = children.findIndex((c) => c.type === 'strong');
  const bold = children[at];
  if (!bold) return undefined;
  const before = plainText(children.slice(0, at));
  // The bold title belongs to the first sentence, after a short lead-in ("After coffee I caught").
  if (before.length > 80 || /[.!?:]\s|\n/.test(before)) return undefined;
  const title = plainText(bold).trim();
  if (title.length < 3 || title.length > 100 || !/\p{L}{2}/u.test(title) || /[:.!?]$/.test(title)) {
    return undefined;
  }
  const after = plainText(children.slice(at + 1, at + 4)).slice(0, 200);
  const match = BY_NAME.exec(after);
  if (!match?.[1] || !looksLikeName(match[1])) return undefined;
  const company = match[2]?.trim();
  return { title, speakers: [company ? { name: match[1], company } : { name: match[1] }] };
}

/** ", was given by Jane Doe from Acme Corp." — the name and company end at a verb or a stop. */
const BY_NAME =
  /^\s*,?\s*(?:(?:was|is)\s+)?(?:(?:given|presented|delivered)\s+)?by\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+){1,3})(?:\s+(?:from|of|at)\s+(\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,3}))?(?=[.,;!?]|\s+(?:was|is|who|gave|showed|talked|opened|closed|walked|explained|argued|spoke|kicked|made|told)\b|\s*$)/u;
