/**
 * A link wrapped in a redirect, as exports and mail clients write them: Google Docs'
 * `https://www.google.com/url?q=https://speakerdeck.com/…&sa=D&…`, Outlook's Safe Links
 * (`…safelinks.protection.outlook.com/?url=…`), Facebook's `l.facebook.com/l.php?u=…`. The
 * address it leads to is the link (and says what kind of link it is); any other stays as it is.
 */
export function withoutRedirect(url: string): string {
  if (!url.includes('?') || !REDIRECT.test(url)) return url;
  const query = url.slice(url.indexOf('?') + 1);
  for (const part of query.split('&')) {
    const [key, value] = part.split('=', 2);
    if (!value || !TARGET_KEY.test(key ?? '')) continue;
    let target: string;
    try {
      target = decodeURIComponent(value);
    } catch {
      return url;
    }
    return /^https?:\/\/[^\s]+$/i.test(target) && target.length <= 2000 ? target : url;
  }
  return url;
}

const REDIRECT =
  /^https?:\/\/(?:www\.google\.[a-z.]{2,6}\/url\?|[\w-]+\.safelinks\.protection\.outlook\.com\/|l\.facebook\.com\/l\.php\?|(?:www\.)?linkedin\.com\/redir\/redirect\?)/i;
const TARGET_KEY = /^(?:q|url|u)$/;
