import { capitalSurname } from './capital-surname.ts';
import { parseSpeakerText } from './speaker-names.ts';

/**
 * "Shakeup and Speedup de Jurgen APPELO", "Le management visuel d'Anne MARTIN et Luc DURAND":
 * French "de" ("of") before the people who gave the talk, each written the French way with the
 * family name in capitals; read as "by". A name in small letters after "de" is as often what the
 * talk is about ("L'héritage de Grace Hopper"), and stays in the title. The match is shaped as
 * the "Title by Name" reading: the title, then the people.
 */
export function deSpeakers(title: string): RegExpExecArray | null {
  if (!title.includes(' de ') && !title.includes(' d’') && !title.includes(" d'")) return null;
  const match = /^(.+)\s(?:de\s+|d['’])(\p{Lu}.+)$/u.exec(title);
  const people = match?.[2] ? parseSpeakerText(match[2]) : undefined;
  const french = people?.every((p) => {
    const words = (p.name ?? '').split(/\s+/);
    return words.length >= 2 && capitalSurname(words, words.length - 1);
  });
  return french ? match : null;
}
