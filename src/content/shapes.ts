import type { ContentProblem } from '../model.ts';
import { bioSections } from './bio-sections.ts';
import { bodyTalks } from './body-talks.ts';
import { dayConference, namesEdition, namesPeriod } from './conferences.ts';
import { dayOf, type EventDates } from './day-date.ts';
import { headingPart } from './day-part.ts';
import { inWholeTalk } from './end-parts.ts';
import { essayOpening } from './essay-opening.ts';
import { groupsTalks } from './group-heading.ts';
import { isPlainGroupOf, trackOf, WORKSHOP_GROUP } from './group-names.ts';
import { splitHeading } from './heading-title.ts';
import { interviewQuestion } from './interview-questions.ts';
import { labelledGroup } from './labelled-group.ts';
import { placeNamedNotes } from './named-notes.ts';
import { KEYNOTES, notATalk } from './not-a-talk.ts';
import { personOverTalk, postGoesByPerson } from './person-headings.ts';
import { talksInPostSection } from './post-section-talks.ts';
import { LIGHTNING_GROUP } from './quoted-talks.ts';
import {
  headingName,
  isPlainGroup,
  isPostSection,
  isSubsectionName,
  mentionsMissed,
} from './section-names.ts';
import {
  meaningful,
  onlyDecoration,
  type Section,
  type TocEntry,
  tableOfContents,
} from './sections.ts';
import { skippedSection } from './skipped-sections.ts';
import { type DraftTalk, dayFrom, draftTalk, type TalkContext } from './talk-body.ts';
import { inferTalkDepth, pureGroupDepths } from './talk-depth.ts';
import { hasTalkEvidence } from './talk-evidence.ts';
import { DAY_PREFIX } from './title-marks.ts';
import { trackAfter, trackLine } from './track-lines.ts';

/** At most this many "not a talk" warnings per file; the rest are counted in one more. */
const MAX_SKIP_WARNINGS = 20;

/**
 * Finds the talks of a post from the shape its author gave it: which heading level holds the
 * talks, which headings group them (topics, tracks, days), which sections belong to the post
 * rather than to a talk, and talks written as list items or paragraphs.
 */
export class ShapeReader {
  readonly drafts: DraftTalk[] = [];
  readonly topicByAnchor = new Map<string, string>();
  /** Topics in the order first seen (a set: a post may have thousands of groups). */
  readonly tocTopics = new Set<string>();
  readonly groupTopics = new Set<string>();
  private skipped = 0;
  private talkDepth: number | undefined;
  /** Levels at which the post has a heading that only groups (nothing under it but headings). */
  private groupDepths = new Set<number>();

  constructor(
    private readonly file: string,
    private readonly problems: ContentProblem[],
    private readonly dates: EventDates,
    private readonly post: {
      dashSpeakers: boolean;
      namesSpeakers: boolean;
      onSpeakers?: boolean;
      withSpeakers?: boolean;
    },
  ) {
    this.dashSpeakers = post.dashSpeakers;
  }

  /** Whether most dashed headings of the post name a speaker (see `postUsesDashSpeakers`). */
  private readonly dashSpeakers: boolean;

  /** Whether the post goes speaker by speaker: "## Jane Doe" over her talk (see `postGoesByPerson`). */
  private personHeadings = false;

  /** The day a heading of no talks set for the headings of its level after it ("## Day 2"). */
  private flatDay: { depth: number; context: TalkContext } | undefined;

  /** Headings read so far as over a list of talks ("## Incident response" then linked bullets). */
  private listGroups = 0;

  /** Levels of headings whose own text held talks ("## Morning" over `- **Title** by …` items). */
  private bodyGroupDepths = new Set<number>();

  /** Speaker bios set apart from the talks (see `bio-sections.ts`). */
  private bios = new Set<Section>();

  /** The author's essay under a heading before the talks (see `essay-opening.ts`). */
  private opening: Section | undefined;

  read(preamble: Section['body'], sections: Section[]): void {
    this.bios = bioSections(sections);
    this.personHeadings = postGoesByPerson(sections, this.dashSpeakers);
    this.talkDepth = inferTalkDepth(sections, this.dashSpeakers);
    this.groupDepths = pureGroupDepths(sections);
    this.opening = essayOpening(sections, this.dashSpeakers);
    this.recordToc(tableOfContents(preamble));
    const root: TalkContext = { dates: this.dates };
    const intro = bodyTalks(
      preamble,
      root,
      this.file,
      this.problems,
      sections.length === 0,
      1,
      true,
    );
    this.takeBodyTalks(intro, preamble[0]?.line ?? 1);
    this.visitAll(sections, root, trackLine(preamble.at(-1)));
  }

  private visit(section: Section, outer: TalkContext): void {
    const flat = this.flatDay;
    // A heading above the day's level ends it; one of its level takes the day unless it has one.
    if (flat && section.depth < flat.depth) this.flatDay = undefined;
    const context =
      flat && section.depth === flat.depth && !outer.day ? dayFrom(outer, flat) : outer;
    const name = headingName(section.title);
    const toc = tableOfContents(section.body);
    if (toc) {
      this.recordToc(toc, name);
      for (const child of section.children) this.visit(child, context);
      return;
    }
    if (mentionsMissed(name)) {
      this.skip(section, 'the author says they missed these talks');
      return;
    }
    if (isPostSection(name)) {
      this.skip(section, 'a section of the post, not a talk');
      for (const talk of talksInPostSection(section, this.dashSpeakers)) this.visit(talk, context);
      return;
    }
    const skipped = skippedSection(section, name);
    if (skipped) {
      this.skip(section, skipped);
      return;
    }
    if (this.authorsQuestion(section)) {
      this.skip(section, 'a question the author answers, not a talk');
      return;
    }
    // "## 10:30" over the talks of that slot: their time. The talks may be deeper headings, or
    // bold titles in its own body ("**Quarkus on Kubernetes** — Piotr Nowak").
    if (name === '' && /\d/.test(section.title)) {
      const before = this.drafts.length;
      this.group(section, { ...context, time: section.title.trim() }, true);
      if (this.drafts.length === before && section.children.length === 0)
        this.skip(section, 'a time with no talk title');
      return;
    }
    // "Day 1, Room 2: Title (Jane Doe)": one talk on that day, not a day's heading.
    const dayTalk = DAY_PREFIX.exec(section.title.trim());
    const dayWords = dayTalk?.[1] ?? dayTalk?.[2] ?? dayTalk?.[3];
    if (dayWords && section.children.length === 0 && hasTalkEvidence(section, this.dashSpeakers)) {
      const on = dayOf(dayWords, this.dates);
      const inner: TalkContext = { ...context };
      if (on) {
        inner.day = on.day;
        if (on.date) inner.date = on.date;
      }
      this.drafts.push(
        draftTalk(section, inner, this.file, this.problems, {
          ...this.post,
          personHeadings: this.personHeadings,
          skip: (child) => this.skipInsideTalk(section, child),
        }),
      );
      return;
    }
    const day = dayOf(name, this.dates);
    if (day || isPlainGroupOf(section, name)) {
      const inner: TalkContext = { ...context };
      // "## Afternoon", "## Day 2 morning": the part of the day of the talks under it.
      inner.part = headingPart(name) ?? inner.part;
      if (day) {
        inner.day = day.day;
        if (day.date) inner.date = day.date;
        else delete inner.date;
        // "## Day 1 (ArgoCon)": a week of co-located conferences, each day at one of them.
        const at = dayConference(name);
        if (at) inner.conference = at;
      }
      const before = this.drafts.length;
      this.group(section, inner, true);
      // "## Notes" under a table of talks, its bold lines naming them: those talks' notes.
      if (
        !day &&
        this.drafts.length === before &&
        section.children.length === 0 &&
        placeNamedNotes(section.body, this.drafts) > 0
      )
        return;
      // "## Day 2" between "## Talk" headings of its own level: the talks after it are that day's.
      if (day && this.drafts.length === before && section.children.length === 0)
        this.flatDay = { depth: section.depth, context: inner };
      // Notes under a day with no talk in them are said to be skipped, never dropped in silence.
      if (
        day &&
        this.drafts.length === before &&
        section.children.length === 0 &&
        meaningful(section.body).length > 0
      )
        this.skip(section, 'a day, with no talk found under it');
      return;
    }
    // "## Mara Vogel" over "### Borrow checker internals": the person's one talk, not a topic.
    const person =
      this.personHeadings && section.children.length === 1
        ? personOverTalk(section, this.dashSpeakers)
        : undefined;
    if (person) {
      this.group(section, { ...context, speakers: person }, true);
      return;
    }
    if (
      section.children.length > 0 &&
      groupsTalks(section, {
        bios: this.bios,
        talkDepth: this.talkDepth,
        groupDepths: this.groupDepths,
        dashSpeakers: this.dashSpeakers,
      })
    ) {
      const track = trackOf(name, true);
      const topic = track ?? name;
      this.groupTopics.add(topic);
      const inner: TalkContext = { ...context, topic };
      if (track) inner.track = topic;
      if (namesEdition(name)) inner.conference = name;
      const before = this.drafts.length;
      this.group(section, inner, false);
      // "## The workshop series: …" over "### Part 1 of 3: State": its parts are workshops.
      if (WORKSHOP_GROUP.test(name))
        for (const draft of this.drafts.slice(before)) draft.kind ??= 'Workshop';
      return;
    }
    // A heading over a list of talks ("## Architecture" then `- [Title](url) by …` items).
    if (section.children.length === 0) {
      // One linked talk under a heading is enough where the post's other headings are over
      // lists of talks (an awesome list), or where the heading names no speaker and the talk
      // does ("## Observability" over "**Sampling Is a Lie** by Keiko Tanaka …"); else a list
      // of two at least says the heading groups.
      // "## Strange Loop 2023" over its one linked talk, the first of an awesome list's years:
      // a conference's edition is no talk's title, nor is a month ("## February 2020").
      const one =
        this.listGroups > 0 || !hasTalkEvidence(section, this.dashSpeakers) || namesPeriod(name);
      // "### 14:00 – Lightning talks (Room B)" over "- Dagger for CI — Sara Lund": the heading
      // says its bullets are talks, though they carry no notes.
      // "## Vorträge: Rethinking Knowledge" over "1. Title (Name – Org)" items: talks, of that topic.
      const labelled = labelledGroup(name);
      const lightning = LIGHTNING_GROUP.test(name) || labelled !== undefined;
      // "## Track: Data" over its list of talks: the track is their topic, as over headings.
      const track = trackOf(name, false);
      const found = bodyTalks(
        section.body,
        // "## Thank you to our speakers" over its list of talks names no topic.
        isPlainGroup(name)
          ? context
          : track
            ? { ...context, topic: track, track }
            : { ...context, topic: labelled ?? name },
        this.file,
        this.problems,
        lightning,
        lightning ? 2 : one ? 1 : 2,
      );
      if (lightning && !labelled) for (const draft of found.drafts) draft.kind ??= 'Lightning talk';
      if (found.drafts.length > 0) {
        // "## KubeCon EU 2025" over a list of its talks (asked only here: most headings are talks).
        if (namesEdition(name)) for (const draft of found.drafts) draft.conference = name;
        this.listGroups++;
        if (!KEYNOTES.test(name)) this.bodyGroupDepths.add(section.depth);
        this.groupTopics.add(track ?? name);
        this.takeBodyTalks(found, section.line);
        return;
      }
    }
    const why = notATalk(section, {
      bios: this.bios,
      opening: this.opening,
      dashSpeakers: this.dashSpeakers,
      bodyGroupDepths: this.bodyGroupDepths,
      drafts: this.drafts,
      talkDepth: this.talkDepth,
    });
    if (why) {
      this.skip(section, why);
      return;
    }
    this.drafts.push(
      draftTalk(section, context, this.file, this.problems, {
        ...this.post,
        personHeadings: this.personHeadings,
        skip: (child) => this.skipInsideTalk(section, child),
      }),
    );
  }

  /** A heading that groups talks: its own text is an introduction, its talks are below it. */
  private group(section: Section, context: TalkContext, named: boolean): void {
    const found = bodyTalks(section.body, context, this.file, this.problems, named);
    if (found.drafts.length > 0) this.bodyGroupDepths.add(section.depth);
    this.takeBodyTalks(found, section.line);
    const lead = found.drafts.length === 0 ? trackLine(section.body.at(-1)) : undefined;
    this.visitAll(section.children, context, lead);
  }

  /**
   * Sibling sections in order, each under the track a bold "**Track: X**" line before it opened.
   * Only where such a line stands before the first of them: a line at the end of each talk alone
   * may be that talk's own fact.
   */
  private visitAll(sections: Section[], context: TalkContext, lead: string | undefined): void {
    let track = lead;
    for (const [i, section] of sections.entries()) {
      const next = lead ? trackAfter(section, i === sections.length - 1) : undefined;
      if (track) this.groupTopics.add(track);
      this.visit(section, track ? { ...context, topic: track, track } : context);
      if (next) track = next;
    }
  }

  private takeBodyTalks(found: ReturnType<typeof bodyTalks>, line: number): void {
    this.drafts.push(...found.drafts);
    // "**Track: Streaming**" over bold talks: a group the text named is a topic of the event too.
    for (const draft of found.drafts) if (draft.topic) this.groupTopics.add(draft.topic);
    for (const at of found.missed) {
      this.warn(at || line, 'list skipped as not talks: the author says they missed these talks');
    }
  }

  /** Sub-sections of a talk that are the post's own (a "Conclusion" after the last talk). */
  private skipInsideTalk(talk: Section, child: Section): boolean {
    const name = headingName(child.title);
    if (isSubsectionName(name) || !isPostSection(name) || inWholeTalk(talk, child)) return false;
    this.skip(child, 'a section of the post, not part of the talk above it');
    return true;
  }

  private recordToc(entries: TocEntry[] | undefined, heading?: string): void {
    for (const entry of entries ?? []) {
      const topic =
        entry.group ??
        (heading && !isPostSection(heading) && !isPlainGroup(heading) ? heading : undefined);
      if (!topic) continue;
      this.topicByAnchor.set(entry.anchor, topic);
      this.tocTopics.add(topic);
    }
  }

  /**
   * "## なぜ参加したのか？", "## どうだった？", "## Was it worth it?": in a post whose headings name
   * their talks' speakers, a heading that asks a question and names no one is the author's own
   * section. Its sub-headings may still be talks.
   */
  private authorsQuestion(section: Section): boolean {
    if (interviewQuestion(section)) return true;
    const named = this.post.namesSpeakers || this.dashSpeakers;
    if (!named || !/[?？]\s*$/u.test(section.title)) return false;
    if (section.children.length > 0 || hasTalkEvidence(section, this.dashSpeakers)) return false;
    return splitHeading(section.title, this.dashSpeakers).speakers.length === 0;
  }

  private skip(section: Section, why: string): void {
    const hasContent = meaningful(section.body).length > 0 || section.children.length > 0;
    if (!hasContent && !onlyDecoration(section.body)) return;
    this.warn(section.line, `"${truncate(section.title)}" skipped as not a talk: ${why}`);
  }

  private warn(line: number, message: string): void {
    this.skipped++;
    if (this.skipped <= MAX_SKIP_WARNINGS) {
      this.problems.push({ file: this.file, line, message, severity: 'warning' });
    } else if (this.skipped === MAX_SKIP_WARNINGS + 1) {
      this.problems.push({
        file: this.file,
        line,
        message: 'more sections skipped as not talks from here on (not listed one by one)',
        severity: 'warning',
      });
    }
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
