import type { Speaker } from '../model.ts';
import { isGivenName } from './given-names.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * `* Joe Reis, Ternary Data` as the first bullet right under a talk's heading, the notes on the
 * bullets after it: one person, from a common given name, with their company, is the speaker,
 * and the bullet no note. A first bullet of other words ("* Service Mesh, Istio", "* Kafka,
 * Flink"), or of a person without a company, stays a note.
 */
export function companyBullet(
  body: MdNode[],
  content: MdNode[],
  speakers: Speaker[],
): MdNode[] | undefined {
  const list = content[0];
  if (speakers.length > 0 || list?.type !== 'list') return undefined;
  const item = list.children[0];
  const person = item ? personOf(item) : undefined;
  if (!item || !person) return undefined;
  speakers.push(person);
  const others = list.children.slice(1);
  const rest: MdNode[] = others.length > 0 ? [{ ...list, children: others }] : [];
  return body.flatMap((node) => (node === list ? rest : [node]));
}

function personOf(item: MdNode): Speaker | undefined {
  const [paragraph, ...more] = item.children;
  if (paragraph?.type !== 'paragraph' || more.length > 0) return undefined;
  if (paragraph.children.some((child) => child.type !== 'text')) return undefined;
  const text = plainText(paragraph).trim();
  if (text.split(/\s+/).length > 8 || /[.!?:;]$/.test(text)) return undefined;
  const people = parseSpeakerText(text);
  const one = people?.length === 1 ? people[0] : undefined;
  const given = one?.name?.split(' ')[0] ?? '';
  return one?.name && one.company && /\s/.test(one.name) && isGivenName(given) ? one : undefined;
}
