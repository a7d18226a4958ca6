import { relative, resolve } from 'node:path';

/**
 * Path as shown to the operator: relative to the working directory when inside it, else absolute
 * (so `../notes/x.md` and `/srv/notes/x.md` are one file, with one cache entry).
 */
export function displayPath(path: string): string {
  const absolute = resolve(path);
  const rel = relative(process.cwd(), absolute);
  return rel.startsWith('..') ? absolute : rel;
}
