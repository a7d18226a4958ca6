/**
 * A front matter's title or event name left as its template's or its app's default: "Event 1",
 * "Untitled", "Untitled document", "New note", "Sans titre", "無題". It names nothing; the post's
 * own heading (or its first lines) names the event instead.
 */
const PLACEHOLDER_TITLE =
  /^(?:(?:my |new |the |an? )?(?:event|conference|meetup|title|post|blog post|page|note|notes|document|doc|draft|talk|session|entry|article)(?:\s*(?:#|no\.?)?\s*\d{1,3})?|untitled(?:\s+(?:document|doc|page|note|post|event|draft|\d{1,3}))?(?:\s*\d{1,3})?|sans titre|sin t[íi]tulo|sem t[íi]tulo|ohne titel|unbenannt|senza titolo|bez (?:tytułu|nazwy)|zonder titel|без названия|無題(?:の?(?:ドキュメント|ノート))?|无标题(?:文档)?|제목 ?없음|kh[ôo]ng c[óo] ti[êe]u đ[ềe]|tbd|tba|todo|placeholder|\(?no title\)?|[-–—…_.?]+)$/iu;

export const isPlaceholderTitle = (title: string): boolean =>
  title.length <= 40 && PLACEHOLDER_TITLE.test(title.trim());

/** The front matter without its placeholder title and event name (`event: {name: Event 1}`). */
export function withoutPlaceholderTitles(meta: {
  title?: string;
  event?: { name?: string };
}): void {
  if (typeof meta.title === 'string' && isPlaceholderTitle(meta.title)) delete meta.title;
  const event = meta.event;
  if (event && typeof event.name === 'string' && isPlaceholderTitle(event.name)) delete event.name;
}
