import type MarkdownIt from 'markdown-it';

/**
 * A Jekyll post's link or image whose address starts with a Liquid fragment:
 * `![Team photo]({{ site.baseurl }}/assets/img/team.jpg "Team")`, `[deck]({{ "/decks/a.pdf" |
 * relative_url }})`, `[post]({% post_url 2019-05-02-day-two %})`, `[x]: {{ site.url }}/x`.
 * The spaces inside `{{ … }}` make it no address to Markdown, so the whole image was read as
 * words ("( /assets/img/team.jpg "Team")" in a summary). The fragment is read as the address it
 * stands for: a variable (the site's root) as nothing, a quoted path or a tag's path as that path.
 */
const LIQUID_ADDRESS =
  /(\]\(\s*|^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*)((?:\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\})+)/gm;

const FRAGMENT = /\{\{([^{}\n]*)\}\}|\{%([^{}\n]*)%\}/g;

function fragmentPath(_: string, variable: string | undefined, tag: string | undefined): string {
  if (variable !== undefined) {
    const quoted = /(["'])([^"'\s]+)\1/.exec(variable);
    return quoted ? (quoted[2] as string) : '';
  }
  // `{% link _posts/x.md %}`, `{% post_url 2019-05-02-day-two %}`: the tag's one argument.
  const words = (tag ?? '').replace(/^-|-$/g, '').trim().split(/\s+/);
  return words.length === 2 ? (words[1] as string) : '';
}

function address(_: string, before: string, fragments: string): string {
  return before + fragments.replace(FRAGMENT, fragmentPath);
}

export function liquidAddresses(md: MarkdownIt): void {
  md.core.ruler.after('normalize', 'liquid_addresses', (state) => {
    // Cheapest first: most files hold no Liquid at all.
    if (!state.src.includes('{{') && !state.src.includes('{%')) return;
    state.src = state.src.replace(LIQUID_ADDRESS, address);
  });
}
