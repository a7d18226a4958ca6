/**
 * What the way a word is written says it stands for, beside itself: "Go" capitalised inside a
 * sentence is the language, ".NET" the platform, "OpenTracing" a kind of tracing. Read by the
 * index builder (`build-postings.ts`) at the few words whose first looks pick them.
 */

const DOT = 46;

/** Shortest name `camelTailOf` reads: two letters and a last word of seven. */
export const CAMEL_LEAST = 9;
/** A name's last capitalised word of seven letters or more, after a word of two at least. */
const CAMEL_TAIL = /^[A-Za-z]*[a-z]{2}([A-Z][a-z]{6,})$/;

/** "OpenTracing": "tracing", lower-cased; undefined for a word not written so. */
export function camelTailOf(word: string): string | undefined {
  return CAMEL_TAIL.exec(word)?.[1]?.toLowerCase();
}

/**
 * "Go" at `from`, inside a sentence: after a word, not after a full stop or at a line's start;
 * not the verb before where or how far one goes ("or Go Home", "Go Big").
 */
export function isGo(text: string, from: number): boolean {
  if (text.charCodeAt(from) !== 71 || text.charCodeAt(from + 1) !== 111) return false;
  const previous = text.charCodeAt(from - 2);
  if (!((previous >= 97 && previous <= 122) || previous === 44 || isLowerWide(previous)))
    return false;
  return !GO_THE_VERB.test(text.slice(from + 2, from + 14));
}

/** The words after "Go" the verb ("Go Home", "Go Big", "Go the distance", "Go all in"). */
const GO_THE_VERB =
  /^ (?:the|a|an|your|our|my|it|big|bigger|fast|faster|slow|slower|far|further|beyond|deep|deeper|live|all|back|out|up|down|away|ahead|off|home|green|wild|small|forth|where|there|get|forward|together|on|to)\b/i;

/**
 * "Go tooling tour", "Go: ten years on": a title opened by "Go", not the verb ("Go Big or Go
 * Home", "Go to production on Fridays").
 */
export function opensWithGo(text: string): boolean {
  return /^Go(?:\s|:|$)/.test(text) && !GO_THE_VERB.test(text.slice(2, 14));
}

/**
 * "NET" or "net" at `from`, after a dot, ending there: ".NET" after a space or a line's start, or
 * "NET" in capitals after a name ("ASP.NET", "VB.NET"); not a lower-case address's "x.net".
 */
export function isDotNet(text: string, from: number): boolean {
  if (text.charCodeAt(from - 1) !== DOT || isWordAt(text, from + 3)) return false;
  const word = text.slice(from, from + 3);
  if (word === 'NET') return true;
  return word.toLowerCase() === 'net' && (from < 2 || !isWordAt(text, from - 2));
}

/**
 * "IT" in capitals in a text that has small letters ("our IT department", "IT Ops"): the field,
 * never the word "it" (a stop word); a heading all in capitals ("WHY IT MATTERS") says nothing so.
 */
export function isCapitalIt(text: string, from: number): boolean {
  return text.startsWith('IT', from) && /[a-z]/.test(text);
}

/** "NET" in capitals opening a text ("NET 8 on Linux", a title whose dot was lost). */
export function isBareNet(text: string, from: number): boolean {
  return from === 0 && text.startsWith('NET', 0);
}

/** A lower-case letter beyond ASCII ("für", "à"): a sentence goes on before it. */
function isLowerWide(code: number): boolean {
  if (code < 128) return false;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** A letter or digit of any script at `at`: "Go" followed by one is part of a longer word ("Google"). */
export function isWordAt(text: string, at: number): boolean {
  return at < text.length && /[\p{L}\p{N}]/u.test(text.charAt(at));
}

/** A sign of a name below: C or F before + or #, or a capital C standing alone. */
const LANGUAGE_SIGN = /[CcFf][+#]|(?<![\p{L}\p{N}])C(?![\p{L}\p{N}])/u;

/** "C++", "C#", "F#": their letter alone is no word to find them by. */
const SIGNED_NAMES: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])([Cc])\+\+/gu, '$1++ cplusplus'],
  [/(?<![\p{L}\p{N}])([Cc])#(?![\p{L}\p{N}])/gu, '$1# csharp'],
  [/(?<![\p{L}\p{N}])([Ff])#(?![\p{L}\p{N}])/gu, '$1# fsharp'],
  // C the language where nothing else reads it ("written in C", "Modern C", "C code"), never
  // "Plan C", "option C" or "C-level".
  [
    /(?<=\b(?:in|Modern|modern|with|than)\s)C(?=(?:[\s,.;:)!?]|$))|(?<![\p{L}\p{N}+#-])C(?=\s+(?:code|programming|language|compilers?|librar(?:y|ies)|developers|programmers|codebases?|bindings|interop|extensions?)\b)/gu,
    'C clang',
  ],
];

/**
 * A text with the words its programming languages' names stand for added beside them
 * ("C++ cplusplus", "C# csharp", "in C clang"), so a question for the language (its `c++`, `c#`,
 * `c talks` read so by `chat-speak.ts`) finds them (a cheap test first: most text has no "C" or "F").
 */
export function withLanguageNames(text: string): string {
  if (!LANGUAGE_SIGN.test(text)) return text;
  let named = text;
  for (const [pattern, replacement] of SIGNED_NAMES) named = named.replace(pattern, replacement);
  return named;
}
