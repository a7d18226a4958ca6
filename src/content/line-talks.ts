import { HAS_DASH, splitColon } from './heading-dash.ts';
import { splitHeading } from './heading-title.ts';
import { postUsesDashSpeakers } from './heading-votes.ts';
import type { MdNode } from './markdown.ts';
import { plainText } from './markdown-text.ts';
import { openingSubject } from './opening-subject.ts';
import { proseSpeaker } from './prose-speaker.ts';
import { meaningful } from './sections.ts';
import { subjectSpeaker } from './subject-speaker.ts';
import { type DraftTalk, newDraft, type TalkContext } from './talk-body.ts';
import { collectLinks } from './talk-links.ts';
import { titleLine } from './title-lines.ts';

/**
 * The talks of a post whose titles stand alone on a line (see `title-lines.ts`), each line read
 * as a heading would be ("Clare Sudbery — Continuous Integration", where the post's lines vote
 * for a speaker by the dash), with the paragraphs read as each one's notes: a talk no line names
 * a speaker of takes the one its prose names ("Zac was asked to give the talk", "Priya Raman
 * gave this talk"), once its notes are read.
 */
export class LineTalks {
  private readonly notes = new Map<DraftTalk, MdNode[]>();
  /** Whether the post's title lines name speakers after a dash (see `postUsesDashSpeakers`). */
  private readonly dashSpeakers: boolean;

  constructor(lines: Map<MdNode, 'talk' | 'section'> | undefined) {
    const titles: string[] = [];
    for (const [node, role] of lines ?? []) if (role === 'talk') titles.push(titleLine(node) ?? '');
    this.dashSpeakers = titles.length > 0 && postUsesDashSpeakers(titles);
  }

  /** A title alone on its line: its links the talk's, the notes after it. */
  talk(
    paragraph: MdNode,
    context: TalkContext,
    role: 'talk' | 'section' | undefined,
  ): { draft: DraftTalk; rest: MdNode[] } | undefined {
    const title = role === 'talk' ? titleLine(paragraph) : undefined;
    if (!title) return undefined;
    // "Daniel Bryant — The Busy Platform Engineers Guide to API Gateways": as a heading reads.
    // "Isis Lovecruft and Henry DeValence: Fast, Safe, Pure-Rust …": where the lines name their
    // speakers before a colon, the colon parts them, not the commas of the title.
    const parts =
      (this.dashSpeakers && !HAS_DASH.test(title) && splitColon(title)) ||
      splitHeading(title, this.dashSpeakers);
    // "“Treat the platform as a product”" among lines naming their speakers: a quote of the talk.
    if (this.dashSpeakers && parts.speakers.length === 0 && QUOTED.test(title)) return undefined;
    const draft = newDraft(parts.title, paragraph.line, context);
    draft.speakers.push(...parts.speakers);
    if (parts.company) draft.company = parts.company;
    collectLinks([paragraph], draft.links);
    this.notes.set(draft, []);
    return { draft, rest: [] };
  }

  /** A node read as the notes of `draft` (any talk: only a title line's are kept). */
  note(draft: DraftTalk, node: MdNode): void {
    this.notes.get(draft)?.push(node);
  }

  /** The speakers the notes of speakerless title-line talks name. */
  finish(): void {
    for (const [draft, nodes] of this.notes) {
      if (draft.speakers.length > 0 || nodes.length === 0) continue;
      const content = meaningful(nodes);
      // "Mark Seemann tried to disprove …": the notes' first sentence has the speaker act.
      const first = content[0];
      const said = first?.type === 'paragraph' ? plainText(first) : undefined;
      const person =
        (said !== undefined ? openingSubject(said, content, first) : undefined) ??
        proseSpeaker(content, subjectSpeaker);
      if (person) draft.speakers.push(person);
    }
  }
}

/** A line in quotes from end to end. */
const QUOTED = /^["“„«‘'][^"“”„«»]+["”»’']$/u;
