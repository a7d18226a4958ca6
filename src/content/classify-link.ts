import type { LinkKind } from '../model.ts';
import { escapeRegExp } from '../text.ts';

/**
 * The words for a talk's slides and its recording, in the languages notes are written in
 * (English, German, French, Spanish, Portuguese, Italian, Polish, Russian, Japanese, Chinese,
 * Korean, Turkish, Hindi, Arabic). Korean writes words apart, so "발표 영상" (the talk's video)
 * holds its word as "Full video" does.
 */
const SLIDES_WORDS =
  '(?:slides?|slide ?deck|deck|presentation slides|pdf|pptx?|folien|diapos|diapositives|diapositivas|transparencias|lucidi|slajdy|слайды|презентаци[яи]|スライド|(?:講演|発表|登壇)?資料|幻灯片|投影片|簡報|简报|演示文稿|课件|讲稿|슬라이드|발표 ?자료|sunum|slaytlar?|स्लाइड्स?|प्रस्तुति|الشرائح|العرض التقديمي)(?:\\s*(?:下载|下載|ダウンロード|다운로드))?';
const VIDEO_WORDS =
  'videos?|vídeo|vidéo|recording|watch|watch the talk|youtube|aufzeichnung|mitschnitt|enregistrement|grabación|gravação|nagranie|wideo|видео|запись|動画|ビデオ|録画|アーカイブ|视频回放|视频|回放|影片|录像|영상|동영상|kayıt|वीडियो|रिकॉर्डिंग|فيديو|الفيديو|التسجيل';
const SLIDES_TEXT = new RegExp(`^(?:${SLIDES_WORDS})$`, 'iu');
const VIDEO_TEXT = new RegExp(`^(?:${VIDEO_WORDS})$`, 'iu');
/** "slides → https://…": an arrow after a label points at its value as a colon does. */
const ARROW = '→|->|=>|⇒|➡\uFE0F?';
const LABELLED = new RegExp(
  // "Slides at https://…", "Slides are up at …": "at" labels a bare address as a colon does.
  `^(${SLIDES_WORDS}|${VIDEO_WORDS}|description|abstract)(?:\\s*\\([^()]{1,24}\\))?(?:\\s*(?:[:：–—-]|${ARROW})|\\s+(?:are\\s+(?:up\\s+|online\\s+)?)?at\\s)`,
  'iu',
);
/**
 * "Watch the recording", "Full video", "Slides and code": a short link text with the word in it
 * names the link as the word alone does ("pdf", "deck" and "watch" are too common for this).
 */
const VIDEO_IN =
  /(?<!\p{L})(?:videos?|vídeo|vidéo|recording|youtube|aufzeichnung|enregistrement|grabación|gravação|nagranie|видео|запись|영상|동영상)(?!\p{L})/iu;
const SLIDES_IN =
  /(?<!\p{L})(?:slides?|slide ?deck|folien|diapos|diapositives|diapositivas|slajdy|слайды|슬라이드|발표 ?자료)(?!\p{L})/iu;
const DECK_FILE = /\.(?:pdf|pptx?|key|odp)$/i;
/** "Slides:", "スライド：", "Vidéo :": a label that makes the rest of the line the talk's link. */
export const LINK_LABEL = new RegExp(
  `^\\s*(?:${SLIDES_WORDS}|${VIDEO_WORDS}|description|abstract)(?:\\s*\\([^()]{1,24}\\))?\\s*(?:[:：]|${ARROW})`,
  'iu',
);

/** "Slides", "Video", "発表資料": a heading or label that is only the word for slides or a recording. */
export function labelKind(text: string): 'slides' | 'video' | undefined {
  const word = text.trim().replace(/[:：]$/, '');
  if (word.length > 30) return undefined;
  return SLIDES_TEXT.test(word) ? 'slides' : VIDEO_TEXT.test(word) ? 'video' : undefined;
}

/** How a link of each kind is shown when the notes give it no words of its own. */
export const LINK_TEXT: Record<LinkKind, string> = {
  video: 'Video',
  slides: 'Slides',
  description: 'Description',
  website: 'Website',
  'see-also': 'Link',
};

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
  // "Slides (PDF)", "Recording (YouTube)": what the parentheses add does not change the kind.
  const text = linkText
    .trim()
    .toLowerCase()
    .replace(/\s*\([^()]{1,24}\)$/, '');
  if (
    /^(description|abstract|session|session page|talk|talk page|event page|details|session details|schedule entry|descrição|descripción|descrizione|beschreibung|議程|议程)$/u.test(
      text,
    )
  ) {
    return 'description';
  }
  if (SLIDES_TEXT.test(text)) return 'slides';
  if (VIDEO_TEXT.test(text)) return 'video';
  if (text.split(/\s+/).length <= 4) {
    const video = VIDEO_IN.test(text);
    const slides = SLIDES_IN.test(text) || (DECK_FILE.test(text) && !text.includes(' '));
    if (video !== slides) return video ? 'video' : 'slides';
  }
  // "Slides: <https://…>", "**Video:** https://…": a bare address labelled by its bullet.
  const labelled = LABELLED.exec(context.trim());
  const label = labelled?.[1];
  // "Slides: [SpeakerDeck](…)": the link is the whole value of the label.
  const value = labelled ? context.trim().slice(labelled[0].length).trim().toLowerCase() : '';
  if (label && (text === '' || /^[a-z][a-z0-9+.-]*:|^www\./i.test(text) || value === text)) {
    const word = label.toLowerCase();
    if (VIDEO_TEXT.test(word)) return 'video';
    if (word.startsWith('desc') || word.startsWith('abstract')) return 'description';
    return 'slides';
  }
  // "Slides are [here](…)", "the recording is [on YouTube](…)": a link named by the sentence.
  if (/^(?:here|there|this|this link|link|click here|(?:on|in|at) .{1,40})$/.test(text)) {
    const named = hostKind(url) ?? namedBySentence(context, text);
    if (named) return named;
  }
  if (
    // "Website: …", "Lea's website: …": the speaker's own site, not the talk's.
    /^(?:[\p{L}. -]{1,30}['’]s\s+)?(web ?site|home ?page|site)\b/iu.test(context.trim()) ||
    /^(web ?site|home ?page)$/.test(text)
  ) {
    return 'website';
  }
  if (isVideoUrl(url)) return 'video';
  // "… explained properly. slides https://speakerdeck.com/…": a bare address named by the word
  // just before it in its clause.
  if ((text === '' || /^[a-z][a-z0-9+.-]*:|^www\./i.test(text)) && isSlidesUrl(url)) {
    const bare = url.replace(/^https?:\/\//i, '').toLowerCase();
    if (namedBySentence(context, bare) === 'slides') return 'slides';
  }
  // A deck on a slides host, when the author named it; a bare address is a reference, "see also".
  if (text !== '' && !/^[a-z][a-z0-9+.-]*:|^www\./i.test(text) && isSlidesUrl(url)) return 'slides';
  return 'see-also';
}

const NAMED_BY_SENTENCE =
  /\b(slides|slide deck|deck|video|recording)\s+(?:are|is|were|was|can be found|are available|is available|went up|are up|is up)\b/i;
const NAMING_WORD = /\b(slides|slide deck|deck|video|recording)\b/gi;

/**
 * "Slides [here][1]; the video is [on the channel][2]": the word that names a link is the last
 * one before it in its clause, else a sentence that says "the slides are …".
 */
function namedBySentence(context: string, text: string): LinkKind | undefined {
  const lower = context.toLowerCase();
  const at = text === '' ? -1 : lower.search(new RegExp(`(?<!\\p{L})${escapeRegExp(text)}`, 'u'));
  const clause =
    at > 0
      ? (lower
          .slice(0, at)
          .split(/[;.!?](?:\s|$)/)
          .at(-1) ?? '')
      : '';
  const word =
    [...clause.matchAll(NAMING_WORD)].at(-1)?.[1] ?? NAMED_BY_SENTENCE.exec(context)?.[1];
  if (!word) return undefined;
  return VIDEO_TEXT.test(word) ? 'video' : 'slides';
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
  'player.vimeo.com',
  'vimeo.com',
  'media.ccc.de',
  'confreaks.tv',
  'dailymotion.com',
  // Chinese recaps link the recording on Bilibili (its short links too).
  'b23.tv',
];

function isVideoUrl(url: string): boolean {
  if (!/youtu|vimeo|infoq|media\.ccc|confreaks|dailymotion|twitch|bilibili|b23\.tv/i.test(url))
    return false;
  try {
    const { hostname, pathname } = new URL(url);
    const host = hostname.replace(/^(?:www|m)\./, '');
    if (VIDEO_HOSTS.includes(host)) return true;
    if (host === 'twitch.tv') return pathname.startsWith('/videos/');
    if (host === 'bilibili.com') return pathname.startsWith('/video/');
    return host === 'infoq.com' && pathname.startsWith('/presentations/');
  } catch {
    return false;
  }
}
