import { extname } from 'node:path';

/**
 * Which files of a content folder are notes, and the event each names. Notes are Markdown, as
 * editors and site generators name it (`.md`, Jekyll's `.markdown`, Docusaurus' `.mdx`, Quarto's
 * `.qmd`, R Markdown's `.Rmd`…), plain text written the same way (`.txt`), and AsciiDoc (`.adoc`,
 * read as the Markdown its marks stand for: see `asciidoc.ts`). The event is the file's name
 * without that ending.
 */
const NOTES_ENDINGS = new Set([
  '.md',
  '.markdown',
  '.mdown',
  '.mkd',
  '.mkdn',
  '.mdx',
  '.qmd',
  '.rmd',
  '.txt',
  '.text',
  '.adoc',
  '.asciidoc',
]);

/** Documents notes are kept in that are not read: exported as Markdown, they would be. */
const OTHER_DOCUMENTS = new Set([
  '.html',
  '.htm',
  '.org',
  '.rst',
  '.docx',
  '.doc',
  '.odt',
  '.rtf',
  '.pdf',
  '.pages',
  '.textile',
  '.ipynb',
  '.epub',
]);

/**
 * A repository's own files, in the capitals every forge writes them in (`CHANGELOG.md`,
 * `CONTRIBUTING.md`): about the repository, not a conference ("## Added" is no talk). A README
 * in any case: it introduces the folder.
 */
const REPOSITORY_FILES = new Set([
  'CHANGELOG',
  'CHANGES',
  'CONTRIBUTING',
  'CODE_OF_CONDUCT',
  'CODE-OF-CONDUCT',
  'LICENSE',
  'LICENCE',
  'SECURITY',
  'AUTHORS',
  'CONTRIBUTORS',
  'MAINTAINERS',
  'SUPPORT',
  'GOVERNANCE',
  'PULL_REQUEST_TEMPLATE',
  'ISSUE_TEMPLATE',
]);

/**
 * A Notion export's page or folder name, `KubeCon EU 2024 3f2a…` (its page's 32-hex id after the
 * title): the title as written. Ids keep it (two pages may share a title).
 */
export function withoutPageId(name: string): string {
  return name.replace(/[ _-][0-9a-f]{32}$/i, '');
}

/** `kubecon-2024.markdown` → `kubecon-2024`; undefined for a file that holds no notes. */
export function eventIdOf(name: string): string | undefined {
  if (name.startsWith('.')) return undefined;
  const ending = extname(name);
  if (!NOTES_ENDINGS.has(ending.toLowerCase())) return undefined;
  const id = name.slice(0, -ending.length);
  if (id === '' || id.toLowerCase() === 'readme' || REPOSITORY_FILES.has(id)) return undefined;
  return id;
}

/**
 * A template for notes (`TEMPLATE.md`, `talk-template.md`, `_template.md`), as notes repositories
 * and Obsidian vaults keep one: placeholders (`## Talk title`, `Speaker: {{speaker}}`), no talks.
 */
export function isTemplate(name: string): boolean {
  const id = eventIdOf(name);
  return id !== undefined && TEMPLATE.test(id);
}

/** Named so at its end: `template-driven-ui.md` may be a talk's notes. */
const TEMPLATE = /(?:^|[-_. ])templates?$/i;

/**
 * A folder of templates (`Templates/`, `_templates/`, Hugo's `archetypes/`) or of a site's posts
 * not yet published (Jekyll's `_drafts/`, half-written: `## TODO`): not read.
 */
export const isTemplatesFolder = (name: string): boolean =>
  /^(?:_?templates?|archetypes|_drafts)$/i.test(name);

export function isNotes(name: string): boolean {
  return eventIdOf(name) !== undefined;
}

/** Notes in Markdown or AsciiDoc: a `.txt` beside images (credits, attributions) is not likely notes. */
export function isMarkedUpNotes(name: string): boolean {
  return isNotes(name) && !PLAIN_TEXT.has(extname(name).toLowerCase());
}

const PLAIN_TEXT = new Set(['.txt', '.text']);

/** A document in a format notes are kept in but not read (`talks.docx`, `notes.html`). */
export function isOtherDocument(name: string): boolean {
  return !name.startsWith('.') && OTHER_DOCUMENTS.has(extname(name).toLowerCase());
}

/** A file's name without its folders and its ending: `notes/kubecon-2024-day1.md` → `kubecon-2024-day1`. */
export function ownName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
}
