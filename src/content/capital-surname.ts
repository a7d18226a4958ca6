import { isGivenName } from './given-names.ts';

/**
 * "Philippe CHARRIERE", "Eléa PETTON", "Sun TAN": the French way (and others') of writing the
 * family name in capitals after the given name. A word in capitals after a given name written in
 * small letters is that family name where it reads as a word, not an acronym: after a known given
 * name, or of four letters and more with two vowels ("AJAX", "NASA" and the like are acronyms).
 */
export function capitalSurname(words: string[], at: number): boolean {
  const word = words[at] ?? '';
  const first = words[0] ?? '';
  if (
    at === 0 ||
    !/\p{Ll}/u.test(first) ||
    !words.slice(at).every((w) => /^\p{Lu}+(?:-\p{Lu}+)?$/u.test(w))
  )
    return false;
  if (word.length < 3 || !/[AEIOUYÀ-ÝŒ]/u.test(word) || ACRONYM.has(word)) return false;
  return (
    isGivenName(first) || (word.length >= 4 && (word.match(/[AEIOUYÀ-ÝŒ]/gu) ?? []).length >= 2)
  );
}

/** Words of four capitals and two vowels that are acronyms or products, never a family name. */
const ACRONYM = new Set(
  'AJAX NASA JAVA UUID IDEA OAUTH ASIA EMEA AKKA KAFKA SAAS PAAS IAAS FAAS AIOPS DEVOPS MLOPS SECOPS NOSQL GRAPHQL OPENAPI UNIX LINUX CUDA ONNX EXIF AVRO YARA IEEE ISBN UEFI BIOS JPEG SOAP ODATA AUTO DEMO LIVE ALPHA BETA FREE OPEN EDGE CLOUD AGILE SCRUM'.split(
    ' ',
  ),
);
