import type { Link as MdLink, Nodes, Parent } from 'mdast';

/**
 * Plain text of Markdown nodes as a reader sees it: link text kept, autolinks shown without the
 * scheme, HTML dropped, Liquid and kramdown template fragments removed (blog notes carry them).
 */
export function plainText(node: Nodes | Nodes[]): string {
  const parts: string[] = [];
  collect(Array.isArray(node) ? node : [node], parts, false);
  return cleanText(parts.join(''));
}

/** The same text without any link: what the author said beyond the links they pasted. */
export function proseText(node: Nodes | Nodes[]): string {
  const parts: string[] = [];
  collect(Array.isArray(node) ? node : [node], parts, true);
  return cleanText(parts.join(''));
}

function collect(nodes: Nodes[], parts: string[], dropLinks: boolean): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        parts.push(node.value);
        break;
      case 'html':
      case 'yaml':
        break;
      case 'break':
        parts.push(' ');
        break;
      case 'image':
        parts.push(node.alt ?? '');
        break;
      case 'link':
        if (!dropLinks) {
          parts.push(isAutolink(node) ? displayUrl(node.url) : plainText(node.children));
        }
        break;
      case 'list':
      case 'listItem':
      case 'paragraph':
      case 'heading':
      case 'blockquote':
        collect(node.children as Nodes[], parts, dropLinks);
        parts.push(' ');
        break;
      default:
        if ('children' in node) collect((node as Parent).children as Nodes[], parts, dropLinks);
        else if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    }
  }
}

/** Template fragments (`{% … %}`, `{{ … }}`, `{: … }`) are markup of the blog engine, not notes. */
const TEMPLATE_FRAGMENT = /\{%[^%]*%\}|\{\{[^}]*\}\}|\{:[^}]*\}/g;

export function cleanText(text: string): string {
  return text.replace(TEMPLATE_FRAGMENT, ' ').replace(/\s+/g, ' ').trim();
}

/** `<http://zipkin.io>` parses to a link whose only text is its own URL. */
export function isAutolink(link: MdLink): boolean {
  const text = plainTextShallow(link);
  return text === link.url || text === link.url.replace(/^mailto:/, '');
}

function plainTextShallow(link: MdLink): string {
  return link.children.map((child) => ('value' in child ? child.value : '')).join('');
}

export function displayUrl(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/$/, '');
}
