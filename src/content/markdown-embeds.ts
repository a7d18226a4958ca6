import type MarkdownIt from 'markdown-it';

/**
 * `@[youtube](https://youtu.be/…)`: markdown-it-video's embed (VuePress, Hexo, many blogs). Read
 * as the link it is (`[youtube](…)`), so a talk gets its video; the `@` is no speaker's handle.
 */
const EMBED = /@\[([\p{L}\d -]{1,20})\]\(/gu;

export function videoEmbeds(md: MarkdownIt): void {
  md.core.ruler.after('normalize', 'video_embeds', (state) => {
    if (state.src.includes('@[')) state.src = state.src.replace(EMBED, '[$1](');
  });
}
