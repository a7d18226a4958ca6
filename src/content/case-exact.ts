/**
 * Regexps whose words match in any case ("By", "by", "BY") but whose names must start with a
 * capital. Under the `i` flag `\p{Lu}` matches lower case too, so a lead word's regexp (`i`) and
 * the capital after it (case-exact) are two tests: "by the way" names nobody, "by Jane Doe" does.
 */

/** A lead word at a line's start, and whether a capital (a name's) must follow it. */
export type Lead = { readonly lead: RegExp; readonly capital: boolean };

const CAPITAL = /^\p{Lu}/u;

/** Whether `text` goes on with a capital letter right after `at` (case-exact). */
export function capitalAt(text: string, at: number): boolean {
  return CAPITAL.test(text.slice(at, at + 2));
}

/** The first lead (in the order given) found at `text`'s start whose name, if it needs one, is capitalised. */
export function leadBeforeName(text: string, leads: readonly Lead[]): RegExpExecArray | undefined {
  for (const { lead, capital } of leads) {
    const found = lead.exec(text);
    if (found && (!capital || capitalAt(text, found.index + found[0].length))) return found;
  }
  return undefined;
}
