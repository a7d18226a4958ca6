import type { LinkKind } from '../model.ts';

/** What a link to a video or slides host is, whatever its text: the title of a talk linked to it. */
export function hostKind(url: string): LinkKind | undefined {
  if (isVideoUrl(url)) return 'video';
  return isSlidesUrl(url) ? 'slides' : undefined;
}

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
  const labelled =
    /^(slides?|slide ?deck|deck|video|recording|description|abstract)\s*[:–—-]/i.exec(
      context.trim(),
    );
  const label = labelled?.[1];
  // "Slides: [SpeakerDeck](…)": the link is the whole value of the label.
  const value = labelled ? context.trim().slice(labelled[0].length).trim().toLowerCase() : '';
  if (label && (text === '' || /^[a-z][a-z0-9+.-]*:|^www\./i.test(text) || value === text)) {
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
  // A deck on a slides host, when the author named it; a bare address is a reference, "see also".
  if (text !== '' && !/^[a-z][a-z0-9+.-]*:|^www\./i.test(text) && isSlidesUrl(url)) return 'slides';
  return 'see-also';
}

const SLIDES_HOSTS = ['speakerdeck.com', 'slideshare.net', 'slides.com', 'noti.st'];

function isSlidesUrl(url: string): boolean {
  if (!/speakerdeck|slideshare|slides\.com|noti\.st|docs\.google\.com\/presentation/i.test(url)) {
    return false;
  }
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^(?:www|[a-z]{2})\./, '');
    if (host === 'docs.google.com') return pathname.startsWith('/presentation/');
    return SLIDES_HOSTS.includes(host);
  } catch {
    return false;
  }
}

/** Where conference recordings are published, whatever the link's text says. */
const VIDEO_HOSTS = [
  'youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'vimeo.com',
  'media.ccc.de',
  'confreaks.tv',
  'dailymotion.com',
];

function isVideoUrl(url: string): boolean {
  if (!/youtu|vimeo|infoq|media\.ccc|confreaks|dailymotion|twitch/i.test(url)) return false;
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^(?:www|m)\./, '');
    if (VIDEO_HOSTS.includes(host)) return true;
    if (host === 'twitch.tv') return pathname.startsWith('/videos/');
    return host === 'infoq.com' && pathname.startsWith('/presentations/');
  } catch {
    return false;
  }
}
