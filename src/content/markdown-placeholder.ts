/**
 * `### ${Talk Name}`, `## {{ page.title }}`, `# <%= title %>`, `## [Speaker name]`: a heading
 * that is only a template's unfilled or unrendered field says nothing of the talk. A notes repo's
 * template copied and filled in below its headings made a talk titled "Talk Author}"; such a
 * heading is left out, so the file's own name or front matter titles it.
 */
const PLACEHOLDER = new RegExp(
  [
    '\\$\\{[^{}\\n]{1,60}\\}',
    '\\{\\{[^{}\\n]{1,60}\\}\\}',
    '\\{%[^%\\n]{1,60}%\\}',
    '<%=?[^%\\n]{1,60}%>',
    '\\[(?:(?:talk|session|presentation|speaker|presenter)s?[ _-]?)?(?:name|title|author|speakers?|presenters?|company)\\]',
  ]
    .map((field) => `(?:${field})`)
    .join('|'),
  'i',
);
const ONLY_PLACEHOLDERS = new RegExp(`^\\s*(?:(?:${PLACEHOLDER.source})[\\s:,|–—-]*)+$`, 'i');

/** Whether a heading's text is only template fields (`${Talk Name}`, `{{ title }} – {{ speaker }}`). */
export function isPlaceholder(text: string): boolean {
  // Cheapest first: nearly every heading has none of the marks.
  return /[$%{[]/.test(text) && text.length <= 200 && ONLY_PLACEHOLDERS.test(text);
}
