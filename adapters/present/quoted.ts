/** “a”, “b”, “c”; with `last`, “a”, “b” and “c”. */
export function quoted(items: string[], last?: 'and' | 'or'): string {
  const list = items.map((item) => `“${item}”`).join(', ');
  return last ? list.replace(/, (?=[^,]*$)/, ` ${last} `) : list;
}
