import { headingName } from './section-names.ts';
import type { Section } from './sections.ts';
import { hasTalkEvidence } from './talk-evidence.ts';
import { TIME_PREFIX } from './title-marks.ts';

/**
 * The talks under a section of the post's own (`isPostSection`: "Trends", "Conclusion", "13:00 –
 * Lunch"), which is no talk itself: none, unless headings under it say they are talks.
 * - "## 13:00 – Lunch" over "### 14:30 – Title — Jane Doe": a live blog's next slots, written a
 *   level too deep under its break, each with a time and a speaker or talk links.
 * - "## Trends" over "### Platform engineering is here by Ana Lee" and "### AI everywhere by Bo
 *   Sten": a heading the post groups its talks by, where two of them at least name a speaker or
 *   link slides or a video ("## Trends" over "### Platform teams" and "### Data products" is the
 *   author's own themes, no talks).
 */
export function talksInPostSection(section: Section, dashSpeakers: boolean): Section[] {
  const evidence = (child: Section) => hasTalkEvidence(child, dashSpeakers);
  if (TIME_PREFIX.test(section.title.trim()))
    return section.children.filter(
      (child) => TIME_PREFIX.test(child.title.trim()) && evidence(child),
    );
  if (!THEMES.test(headingName(section.title))) return [];
  const talks = section.children.filter(evidence);
  return talks.length >= 2 ? talks : [];
}

/**
 * The subjects a post sums up ("Trends", "Common themes", "Highlights"): a heading the author may
 * group talks by. Food, travel, the venue or the parties never hold talks ("### Real Ale Pub:
 * [The Harp](…)" is no talk by The Harp).
 */
const THEMES =
  /^(?:(?:the|some|key|main|common|big|major|emerging|industry|recurring|overall|general|tech(?:nical)?)\s+){0,2}(?:trends?|themes?|highlights|takeaways|learnings|reflections?|impressions)$/i;
