import type { Speaker } from '../model.ts';
import { withoutEmploymentVerb } from './employment-verbs.ts';
import { isGivenName } from './given-names.ts';
import { looksLikeName } from './speaker-names.ts';
import { withoutRole } from './speaker-role.ts';

/*
 * "Speaker: Ada Lund, works at a bank", "Speaker: Ola Brandt, a nurse from Oslo": a name, then a
 * clause about the person. A name is a name: the clause is no part of it. It gives a company
 * only when it names one as a company is written, with a capital ("works at Fjordpay").
 */

/** Words that open a clause about a person, not a second name or a company. */
const CLAUSE_HEAD =
  /^(?:who|whose|which|works?|working|worked|from|at|now|currently|formerly|previously|ex-|based|a|an|the|one|our|my|his|her|their|is|was|has|had|also|and|with|de|da|del|do|di|du|von|aus|uit|bij|chez|trabaja|travaille|arbeitet|lavora|werkt|bosse|qui|que|der|die|das)\b/u;

/**
 * Where a line need not be a speaker's ("Joost Pel, ended with a show of hands" goes on as a
 * sentence), only a clause that says where or what the person is counts.
 */
const PERSON_CLAUSE =
  /^(?:who|works?|working|formerly|currently|previously|based (?:in|at)|trabaja|travaille|arbeitet|lavora|werkt|bosse)\s|^(?:from|now at)\s+(?:a|an|the|some|one)\s/u;

/**
 * The name before a clause, with the company the clause names; undefined when it is not one.
 * `labelled`: the line is a speaker's by its label ("Speaker:"), so any clause counts.
 */
export function nameBeforeClause(
  name: string,
  clause: string,
  labelled = true,
): Speaker[] | undefined {
  const person = name.trim();
  const rest = clause.trim();
  // A clause starts in lower case; "Ada Lund, Fjordpay" is a company, "Ada Lund, Ola Brandt" two people.
  if (!/^\p{Ll}/u.test(rest) || !looksLikeName(person)) return undefined;
  // Unlabelled, the words before the comma must start with a given name: "Getting There, from
  // the airport" and "Open Source, working together" are no people.
  if (!labelled && (!PERSON_CLAUSE.test(rest) || !isGivenName(person.split(/\s+/)[0] ?? '')))
    return undefined;
  // "Ada Lund, with Ola Brandt": a co-speaker, not a clause about the first.
  const joint = /^(?:with|and|feat\.?|featuring)\s+(\p{Lu}.{1,60})$/u.exec(rest);
  if (joint?.[1])
    return looksLikeName(joint[1]) ? [{ name: person }, { name: joint[1].trim() }] : undefined;
  // "rick ratzel, vyas ramasubramanian": a second name typed without capitals is no clause; a
  // clause opens with a word of its own or runs to three words and more.
  if (!CLAUSE_HEAD.test(rest) && rest.split(/\s+/).length < 3) return undefined;
  const company = withoutRole(withoutEmploymentVerb(rest));
  return [{ name: person, ...(isWrittenCompany(company, rest) ? { company } : {}) }];
}

/** "Fjordpay", "Red Hat", "N26": a company as written, capitalised and short; never the clause. */
function isWrittenCompany(company: string, clause: string): boolean {
  return (
    company !== clause &&
    /^[\p{Lu}\p{N}@][^\s,;]*(?:\s+[\p{Lu}\p{N}&][^\s,;]*){0,3}$/u.test(company)
  );
}
