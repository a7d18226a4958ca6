import type { Speaker } from '../model.ts';
import { PROSE_NAME, parseSpeakerText } from './speaker-names.ts';

/** The verbs a person opening a talk's notes is the subject of ("Jane Doe talked about …"). */
export const SPEAKING =
  'opened|kicked off|started|began|talked|spoke|presented|showed|explained|gave|walked|went through|shared|demoed|demonstrated|argued|introduced|described|told|discussed|took us|took the stage|led|covered|reminded|asked|made the case|pitched|warned|urged';
/** "Jane Doe (Acme) opened with …", "Jane Doe from Acme Labs talked about …". */
const SUBJECT = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|van|von|de|der|den|da|di|du|la|le|del|bin|al)){1,3})(?:\\s*\\(([^()]{2,60})\\)|\\s+(?:from|of|at)\\s+(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3})),?\\s+(?:${SPEAKING})\\b`,
  'u',
);

/**
 * "Kent Brockman took the stage and …": a name alone opening the notes, before words only a
 * person does ("Docker Compose showed …" is no person; "took the stage" is).
 */
const BARE_SUBJECT = new RegExp(
  String.raw`^(${PROSE_NAME})\s+(?:took the stage|walked us|took us|told us|opened (?:the day |the conference |the keynote |(?:day|the) (?:one|two|three|four|\d|first|second|third|last)(?: day)? )?(?:with|by)|kicked (?:things |the day |off day \w+ )?off (?:with|by)|shared (?:his|her|their)|(?:talked|spoke) about (?:his|her|their)|gave (?:us|his|her|their)\s)`,
  'u',
);

/** A person (with their company) opening the notes as the subject of a speaking verb. */
export function subjectSpeaker(text: string): Speaker | undefined {
  const match = SUBJECT.exec(text);
  const name = match?.[1];
  const company = (match?.[2] ?? match?.[3])?.trim();
  if (name && company && parseSpeakerText(name)) return { name, company };
  const bare = BARE_SUBJECT.exec(text)?.[1];
  const person = bare ? parseSpeakerText(bare) : undefined;
  return person?.length === 1 && person[0]?.name === bare ? { name: bare } : undefined;
}
