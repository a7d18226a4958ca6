import type { Speaker } from '../model.ts';
import type { MdNode } from './markdown.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * A talk's facts written as a blog engine's component rather than as text: a Hugo shortcode
 * (`{{< speaker name="Jane Roe" company="Acme" >}}`, `{{% talk speaker="…" org="…" %}}`), a Jekyll
 * include, or an MDX / web component (`<TalkCard title="…" speaker="Omar Haddad" company="…" />`).
 */
const COMPONENT =
  /(?:\{\{[<%]-?\s*|\{%-?\s*(?:include\s+)?|<)(speakers?|talk|talk-?card|session(?:-?card)?|presenters?|person)(?:\.html)?(?=[\s/>%}])([^{}<>]{0,600}?)\s*(?:-?[>%]\}\}|-?%\}|\/?>)/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*\{?\s*["']([^"'{}<>]{1,200})["']/g;
const PERSON_ATTRIBUTE = /^(?:speakers?|presenters?|name|by|author)$/i;
const COMPANY_ATTRIBUTE = /^(?:company|org|organi[sz]ation|affiliation|employer)$/i;

/**
 * The speakers the first components under a talk heading name, or none. Two people are often
 * two components, a line each (`{{< speaker name="Inès Bouchard" >}}` over `{{< speaker
 * name="Romain Dufour" >}}`): every one of that block counts.
 */
export function componentSpeakers(nodes: MdNode[]): Speaker[] {
  const found: Speaker[] = [];
  for (const node of nodes.slice(0, 4)) {
    const text = node.type === 'html' ? (node.value ?? '') : textOf(node);
    if (!text.includes('{') && !text.includes('<')) continue;
    for (const match of text.matchAll(COMPONENT)) {
      let names: string | undefined;
      let company: string | undefined;
      for (const [, key, value] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
        if (!key || !value) continue;
        if (PERSON_ATTRIBUTE.test(key)) names ??= value.trim();
        else if (COMPANY_ATTRIBUTE.test(key)) company ??= value.trim();
      }
      const speakers = names ? parseSpeakerText(names) : undefined;
      for (const speaker of speakers ?? [])
        found.push(company && !speaker.company ? { ...speaker, company } : speaker);
    }
    if (found.length > 0) return found;
  }
  return found;
}

function textOf(node: MdNode): string {
  if (node.type !== 'paragraph') return '';
  return node.children
    .map((child) => (child.type === 'text' || child.type === 'html' ? (child.value ?? '') : ''))
    .join('');
}
