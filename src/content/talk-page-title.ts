import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import type { Section } from './sections.ts';

/**
 * "# [Mastering Chaos](https://qconsf.com/sf2016/presentation/mastering-chaos)": a title that is
 * wholly a link to the conference's page of one talk (a `presentation`, `session` or `talk` in
 * its path, or a schedule's event), as a file of one talk's notes opens. A conference's own page
 * ("# [KubeCon EU 2024](https://events.example/kubecon)") is none.
 */
export function titledByTalkPage(section: Section): boolean {
  const children = section.heading.children.filter(
    (child) => child.type !== 'text' || (child.value ?? '').trim() !== '',
  );
  const [only, ...more] = children;
  if (!only || more.length > 0 || only.type !== 'link') return false;
  if (!/\p{L}{2}/u.test(plainText(only.children))) return false;
  return TALK_PAGE.test(pathOf(only));
}

function pathOf(link: MdNode): string {
  try {
    return new URL(link.url ?? '').pathname;
  } catch {
    return '';
  }
}

/** "/sf2016/presentation/…", "/2019/sessions/…", "/talks/…", "/event/Uafl/…" (sched). */
const TALK_PAGE =
  /\/(?:presentations?|sessions?|talks?|speakers?\/[^/]+\/talks?|schedule\/event|event|program(?:me)?\/session)\/[^/]+/i;
