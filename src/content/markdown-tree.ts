/** The small tree `markdown.ts` builds from the tokenizer's stream: all the readers see of a post. */
export type NodeType =
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'listItem'
  | 'blockquote'
  | 'code'
  | 'html'
  | 'thematicBreak'
  | 'table'
  | 'tableRow'
  | 'tableCell'
  | 'text'
  | 'link'
  | 'image'
  | 'inlineCode'
  | 'break'
  | 'emphasis'
  | 'strong'
  | 'delete';

export interface MdNode {
  type: NodeType;
  /** 1-based line in the file (front matter included). */
  line: number;
  children: MdNode[];
  /** text, code, html, inlineCode; the alt text of an image. */
  value?: string;
  /** link, image */
  url?: string;
  /** heading level 1–6 */
  depth?: number;
  /** A numbered list ("1.", "2)"). */
  ordered?: boolean;
  /** A link written as `<https://…>` or a bare URL: its text is the address. */
  autolink?: boolean;
}

/**
 * The children of every leaf (text, code, HTML, breaks, images): one shared empty array, never
 * added to — a file of 100,000 headings would otherwise hold as many empty arrays.
 */
export const NO_CHILDREN: MdNode[] = [];
