import { LANGUAGE_SUBJECTS } from '../language-subjects.ts';
import { fold } from './analyze.ts';

/**
 * More subjects of the field as German, French, Spanish, Italian, Dutch and Portuguese questions
 * name them, folded as questions are: "Kultur", "Barrierefreiheit", "chiffrement", "pruebas" find
 * the notes' "culture", "accessibility", "encryption", "testing" where no talk writes the word so
 * (a word the notes have is searched as written as well). A group names its English short form
 * too ("ai", "ml"): the words a phrase is searched by are those of its own group. Only words that mean the subject in
 * every use: no "Leistung" (an achievement as often as speed), no "réseau" (a social one too).
 * Each language's words are in its table (`language-subjects.ts`); these are the English subjects.
 */
const ENGLISH: string[][] = [
  ['culture'],
  ['monitoring'],
  ['performance'],
  ['accessibility'],
  ['privacy'],
  ['cost'],
  ['containers'],
  ['testing'],
  ['encryption'],
  ['cryptocurrency'],
  ['infrastructure as code', 'iac'],
  ['machine learning', 'ml'],
  ['artificial intelligence', 'ai'],
  ['learning'],
  ['observability'],
  ['scalability'],
  ['reliability'],
  ['automation'],
  ['documentation'],
  ['microservices'],
  ['leadership'],
  ['deployment'],
  ['software architecture'],
  ['security'],
  ['concurrency'],
  ['legacy', 'legacy code', 'legacy systems'],
  ['debugging'],
  ['metrics'],
  ['logging'],
  ['health checks', 'health check', 'healthchecks'],
  ['non-blocking', 'nonblocking'],
  ['service mesh'],
  ['serverless'],
  ['databases', 'database'],
  ['management'],
  ['authentication'],
  ['quantum'],
  ['passwords', 'password'],
  ['infrastructure'],
];

export const SUBJECTS_IN_LANGUAGES: string[][] = ENGLISH.map((names) => [
  ...new Set([
    ...names,
    ...Object.values(LANGUAGE_SUBJECTS).flatMap((subjects) =>
      (subjects[names[0] as string] ?? []).map(fold),
    ),
  ]),
]);
