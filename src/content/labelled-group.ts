/**
 * "## Vorträge: Rethinking Historical Knowledge", "## Talks: Data rescue day": the word for talks,
 * a colon, then the name of the session or workshop they were given at. The heading says that
 * the list under it is talks (as `## Talks` does), and names their topic. Only a plural word: a
 * "Talk: Event sourcing regrets" heading is one talk.
 */
const LABELLED =
  /^(?:talks|sessions|presentations|lectures|vorträge|referate|charlas|ponencias|palestras|conférences|exposés|interventi|prelekcje|wykłady|wystąpienia|přednášky|lezingen|presentaties|доклады|выступления|konuşmalar|sunumlar)\s*[:：]\s*(\S.{2,120})$/iu;

export function labelledGroup(name: string): string | undefined {
  return LABELLED.exec(name.trim())?.[1]?.trim();
}
