import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';

/**
 * "| **Dates** | 16–17 Sep 2025 |", "| **Location** | Utrecht, Jaarbeurs |": a page's properties
 * as a table of two columns at the top (a Confluence page, a Notion export). The value of the
 * first row whose label is one of `labels`.
 */
export function propertyRow(nodes: MdNode[], labels: string): string | undefined {
  const label = new RegExp(`^(?:${labels})\\s*:?$`, 'iu');
  for (const node of nodes.slice(0, 5)) {
    if (node.type !== 'table') continue;
    for (const row of node.children.slice(0, 12)) {
      const [key, value, ...more] = row.children;
      if (!key || !value || more.some((cell) => plainText(cell).trim() !== '')) continue;
      if (!label.test(plainText(key).trim())) continue;
      const text = plainText(value).trim();
      if (text.length >= 2 && text.length <= 80) return text;
    }
  }
  return undefined;
}
