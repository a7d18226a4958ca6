import { isGivenName } from './given-names.ts';

/**
 * "Andrew Godwin @agodwin", "Jim Weirich (@jweirich)": a person's heading with their handle. The
 * handle goes, the person stays (read as any heading naming a person alone); only after a common
 * given name and a surname ("Release @v2" keeps its handle).
 */
const HANDLE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+\(?@[\w.]{1,30}\)?$/u;

export function withoutHandle(title: string): string {
  if (!title.includes('@')) return title;
  const person = HANDLE.exec(title.trim())?.[1];
  return person && isGivenName(person.split(/\s+/)[0] ?? '') ? person : title;
}
