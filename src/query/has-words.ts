/** Whether what is left asks about something ("pizza"), not only how ("what's on", "talks"). */
export function hasWords(rest: string): boolean {
  return /[\p{L}\p{N}]{3,}/u.test(
    rest.replace(
      /\b(?:what|which|who|where|when|how|is|are|was|were|the|a|an|talks?|sessions?|conferences?|confs?|events?|meetups?|on|any|anything|something|there|me|us|tell|show|give|gimme|i|to|of|for|s|happen(?:ed|ing)?|going|from|in|can|could|would|you|please|should|watch|see|start|good|intro|first|my|our|with|where|do|new|one)\b|['’]s\b/g,
      ' ',
    ),
  );
}
