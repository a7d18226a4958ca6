import type { LinkKind } from '../model.ts';

/**
 * What kind of link the author wrote, from the words around it first ("[Slides](…)",
 * "Website at <…>") and its address second (a video host). Everything else is "see also".
 */
export function classifyLink(linkText: string, context: string, url: string): LinkKind {
  const text = linkText.trim().toLowerCase();
  if (/^(description|abstract|session|talk|talk page|details|schedule entry)$/.test(text)) {
    return 'description';
  }
  if (/^(slides?|slide ?deck|deck|presentation slides|pdf)$/.test(text)) return 'slides';
  if (/^(video|recording|watch|watch the talk|youtube)$/.test(text)) return 'video';
  // "Slides: <https://…>", "**Video:** https://…": a bare address labelled by its bullet.
  const label = /^(slides?|slide ?deck|deck|video|recording|description|abstract)\s*[:–—-]/i.exec(
    context.trim(),
  )?.[1];
  if (label && (text === '' || /^[a-z][a-z0-9+.-]*:|^www\./i.test(text))) {
    const word = label.toLowerCase();
    if (word.startsWith('video') || word.startsWith('recording')) return 'video';
    if (word.startsWith('desc') || word.startsWith('abstract')) return 'description';
    return 'slides';
  }
  if (
    /^(web ?site|home ?page|site)\b/i.test(context.trim()) ||
    /^(web ?site|home ?page)$/.test(text)
  ) {
    return 'website';
  }
  if (isVideoUrl(url)) return 'video';
  return 'see-also';
}

function isVideoUrl(url: string): boolean {
  if (!/youtu|vimeo|infoq/i.test(url)) return false;
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^www\./, '');
    if (['youtube.com', 'youtu.be', 'vimeo.com'].includes(host)) return true;
    return host === 'infoq.com' && pathname.startsWith('/presentations/');
  } catch {
    return false;
  }
}
