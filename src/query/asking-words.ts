/**
 * A folded question without the words around what it asks: who it is addressed to, the command
 * before a talk, how many talks are wanted, greetings, "key takeaways", a Markdown link's
 * address, punctuation. What is left is read by `understand`.
 */
export function withoutAskingWords(folded: string): string {
  return (
    folded
      // "@qcon-bot what about …", "hey @qcon-bot, …": who the question is addressed to.
      .replace(/^(?:@[\w.-]+[\s:,]*)+|@[\w.-]*bot\b/g, ' ')
      // "open the netflix talk", "pull up that talk": a command before the talk, not a word of
      // it ("open source talks" keeps its word).
      .replace(
        /^\s*(?:please\s+)?(?:open|display|pull\s+up|bring\s+up|view|read)\s+(?=(?:the|a|an|that|this|his|her|their)\s)/,
        '',
      )
      // "What's new in kubernetes?": the subject, not the word "new".
      .replace(
        /\b(?:what(?:['’]s|s|\s+is|\s+was|\s+are|\s+were)?|anything|something)\s+new\s+(?=(?:in|with|on|about|for|at)\b)/g,
        ' ',
      )
      // "Top 3 security talks", "the 5 best talks", "top five talks": how many to show, not the
      // number 3 (nor the "5 minutes" of a title).
      .replace(
        /\b(?:top|best)\s+(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|twenty)\b|\b\d{1,2}\s+(?=(?:best|top|most)\b)/g,
        ' ',
      )
      // "Give me 3 talks on architecture", "2 talks about kafka", "show me two security talks":
      // how many are wanted, not the number 3 ("12 factor talks" keeps its number).
      .replace(
        /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?=(?:talks|sessions)\b)/,
        ' ',
      )
      .replace(
        /\b((?:give|show|find|list|get|recommend|suggest|want|need)(?:\s+(?:me|us))?\s+)(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+couple(?:\s+of)?|a\s+few)\s+(?=(?:[\p{L}-]+\s+)?(?:talks|sessions|presentations)\b)/gu,
        '$1',
      )
      // "How to build a culture of learning", "how do we run microservices": a weak verb of the
      // asking before what it acts on, which a talk "…culture for learning" need not say.
      .replace(
        /\b((?:how\s+(?:to|do\s+(?:i|we|you)|can\s+(?:i|we|you)|should\s+(?:i|we|you)|would\s+(?:i|we|you))|ways?\s+to|tips\s+(?:to|for|on)|want\s+to|trying\s+to|need\s+to|best\s+way\s+to)\s+)(?:build|make|create|do|get|grow|foster|establish|start|have|achieve|run|use|set\s+up)\s+(?=[\p{L}\p{N}])/gu,
        '$1',
      )
      // "Count the kubernetes talks": how many, which the answer's title says; no word to search.
      .replace(/^(?:please\s+|can\s+you\s+)?count\s+(?=(?:the|all|all\s+the|my)\s)/, ' ')
      // Greetings: "good morning" asks for no morning talks.
      .replace(/\bgood\s+(?:morning|afternoon|evening|night|day)\b/g, ' ')
      // "Key takeaways", "key points": the gist, not cryptographic keys.
      // "Main points", "main takeaways": the gist too, not the words "main" or "points".
      .replace(
        /\b(?:key|main|major|top)\s+(?:takeaways?|points?|lessons?|learnings?|insights?|ideas?|messages?)\b/g,
        ' ',
      )
      // A Markdown link is its text: "[the uber talk](https://…)".
      .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
      .replace(/[?!,;:"“”()[\]{}]+/g, ' ')
      .replace(/(\w)\.(\s|$)/g, '$1$2')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
