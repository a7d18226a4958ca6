/**
 * Chat-speak as people type it: "wat r the k8s talks", "any1 talk abt rag??", "pls send slides 4
 * helm talk", "plz help w/ on call stuff", "idk anything on SLOs?". Each short form is the word it
 * stands for, so the rest of the reading (negations, "about", "talks by") sees plain words. Only
 * whole words, and only forms no talk would use as a name ("r" and "u" between words, "4" after
 * a word for what is wanted).
 */
const FORMS: [RegExp, string][] = [
  // "rust instead", "actually, rust", "no, security then": a new subject, said as a correction.
  [/\s+(?:instead|rather)(?:\s+(?:please|pls))?[?!.]*$/gi, ''],
  [/^(?:actually|no,|nah,|nope,)\s*(?=\S)/gi, ''],
  [/\bwat\b|\bwut\b/gi, 'what'],
  // Letters swapped in the words every question has: "wat was teh best tlak", "hwo spoke".
  [/\b(?:teh|hte)\b/gi, 'the'],
  [/\badn\b/gi, 'and'],
  [/\b(?:taht|htat)\b/gi, 'that'],
  [/\bwaht\b/gi, 'what'],
  [/\bhwo\b/gi, 'who'],
  [/\b(?:tlak|takl)(s?)\b/gi, 'talk$1'],
  [/(?<=\b(?:what|who|where|when|which|how|wat)\s+)r\b/gi, 'are'],
  [/\br\s+(?=(?:there|the|any|u|you)\b)/gi, 'are '],
  [/\bu\b(?=\s+(?:know|have|got|recommend|show|find|send|tell|help)\b)/gi, 'you'],
  [/\bur\b/gi, 'your'],
  [/\b(?:any1|ne1)\b/gi, 'anyone'],
  [/\bsome1\b/gi, 'someone'],
  [/\babt\b|\babut\b/gi, 'about'],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?=\s|$)/gi, 'with'],
  [/\bb\/c\b|\bcuz\b|\bcoz\b/gi, 'because'],
  [/\bthru\b/gi, 'through'],
  [/\btalx\b/gi, 'talks'],
  // ".NET talks", "anything on .net 8": the platform, as the notes' ".NET" is indexed
  // (`build-postings.ts`); "dot net" is its synonym.
  [/(?<![a-z0-9_.])\.net(?![a-z0-9_])/gi, 'dotnet'],
  // "c++ talks", "anything on c#?", "c talks", "talks in c": the languages, as the notes' "C++",
  // "C#", "written in C" are indexed (`written-names.ts`); "c" alone elsewhere is a letter.
  [/(?<![a-z0-9_])c\+\+/gi, 'cplusplus'],
  [/(?<![a-z0-9_])c#(?![a-z0-9_])/gi, 'csharp'],
  [/(?<![a-z0-9_])f#(?![a-z0-9_])/gi, 'fsharp'],
  [
    /(?<=\b(?:in|on|about|for|re)\s+)c(?=\s*(?:[?!.,]|$))|(?<![a-z0-9_'’+#-])c(?=\s+(?:talks?|code|programming|language|devs?|developers|programmers)\b)/gi,
    'clang',
  ],
  // "Talks in the US", "events in the U.S.": the country (`places.ts`), not the filler "us".
  [/(?<=\b(?:in|from|of|at|across)\s+)the\s+u\.?s\.?(?:a\.?)?(?=\s|[?!,]|$)/gi, 'usa'],
  [/(?<=\b(?:in|from|of|at|across)\s+)U\.?S\.?A?\.?(?=\s|[?!,]|$)/g, 'usa'],
  // "US speakers", "US companies": of the country, typed as its acronym, not the word "us".
  [
    /(?<![A-Za-z0-9])US(?=\s+(?:speakers?|companies|company|folks|people|engineers|devs|developers|teams?|startups?|talks?|conferences?|events?)\b)/g,
    'usa',
  ],
  [/\bpreso\b|\bprez\b/gi, 'presentation'],
  // "gimme kafka", "pls rag vid", "smth on a11y?", "wanna see the slides"
  // "Which talks should I check out", "worth checking out about css": watching them (not "a
  // check out flow", which goes on to say what is checked out).
  [
    /\b(?:check|checking)\s+out(?=\s*(?:$|[?!.,]|(?:about|on|for|re|regarding|first|next)\b))/gi,
    'watch',
  ],
  [/\bgimme\b/gi, 'give me'],
  [/\blemme\b/gi, 'let me'],
  [/\bwanna\b/gi, 'want to'],
  [/\bvids\b/gi, 'videos'],
  [/\bvid\b/gi, 'video'],
  [/\b(?:smth|sth|smthg|somethin)\b/gi, 'something'],
  [
    /(?<=\b(?:slides?|decks?|videos?|links?|talks?|anything|something|stuff|recording)\s+)4\b(?=\s+[a-z])/gi,
    'for',
  ],
  [
    /(?<=\b(?:slides?|decks?|videos?|links?|talks?|anything|something|stuff|recording)\s+)2\b(?=\s+[a-z])/gi,
    'to',
  ],
  // "No wasm pls", "pls no wasm": the "please" that makes a bare "no" a refusal (`negation.ts`).
  [/^(\s*no\s+\S.*?)\s+(?:pls|plz|plez)(?=[?!.]*$)/i, '$1 please'],
  [/^\s*(?:pls|plz|plez)\s+(?=no\s+\S)/i, 'please '],
  // Politeness and hedges ask for nothing: "pls", "idk", "tbh", "lol" around the question.
  [
    /(?:^|\s)(?:pls|plz|plez|thx|thnx|ty|idk|dunno|tbh|imo|imho|lol|lmao|btw|fyi|afaik|iirc|ngl)(?=\s|[?!.,]|$)/gi,
    ' ',
  ],
  // "this may be a silly question but …", "dumb question: …": a hedge, no words of the question.
  [
    /\b(?:(?:this|it)\s+(?:may|might|could)\s+be\s+an?\s+|(?:sorry\s+(?:for\s+the\s+|if\s+this\s+is\s+a\s+)?)?)(?:silly|dumb|stupid|naive|noob|basic)\s+question\b(?:\s*(?:but|[:,-]))?/gi,
    ' ',
  ],
  // "Who spoke at the event?", "highlights of this event": the conference as a whole, whose
  // word the search leaves out ("event" alone stays a subject: event sourcing, event-driven).
  [/\b(at|during|from|of|in)\s+(?:the|this|that)\s+event(?=\s*[?!.]*$)/gi, '$1 the conference'],
  [/\?{2,}|!{2,}/g, '?'],
  // "Which rust talks were filmed?", "was it taped": a recording, as the links are read.
  [/\b(?:filmed|videotaped|taped|videoed)\b/gi, 'recorded'],
];

/**
 * A word's edge in any script: JavaScript's `\b` knows only ASCII, so "vid" would be found in the
 * French "vidéo" (read "videoéo") and "ur" in "ürün".
 */
const EDGE = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';
/**
 * Each form as typed, and first as ASCII's `\b` reads it: that finds every place the whole-word
 * form can match (and more: "vid" in "vidéo"), and costs little to compile. A pattern of letters
 * of every script, with case ignored, took V8 ~150 ms to compile, twice (once for its
 * interpreter, once as machine code): every process's first two questions each paid that for
 * forms none of them used.
 */
const WHOLE_WORD_FORMS: [RegExp, RegExp, string][] = FORMS.map(([pattern, to]) => [
  new RegExp(pattern.source, pattern.flags.replace('g', '')),
  new RegExp(pattern.source.replaceAll('\\b', EDGE), `${pattern.flags}u`),
  to,
]);

export function plainWords(text: string): string {
  if (!/[a-z0-9/]/i.test(text)) return text;
  let out = text;
  for (const [may, pattern, to] of WHOLE_WORD_FORMS)
    if (may.test(out)) out = out.replace(pattern, to);
  // "Lars's talk", "Kees’s slides": the possessive of a name that ends in "s" is the name (read
  // as one word, "larss" is nobody's); "Nina's" needs nothing, its "s" is a plural's.
  if (/s['’]s/i.test(out)) out = out.replace(/(?<!\p{L})(\p{L}*s)['’]s(?!\p{L})/giu, '$1');
  // "IT talks", "anything for IT ops?": the field in capitals, as the notes' "IT" is indexed
  // (`build-postings.ts`); typed in a question all in capitals, it is the word "it".
  if (/(?<![\p{L}\p{N}])IT(?![\p{L}\p{N}])/u.test(out) && /\p{Ll}/u.test(out))
    out = out.replace(/(?<![\p{L}\p{N}])IT(?![\p{L}\p{N}])/gu, 'infotech');
  out = out.replace(/\s+/g, ' ').trim();
  return out === '' ? text : out;
}
