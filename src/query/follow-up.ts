import { fold } from '../search/analyze.ts';
import type { Plan } from './plan.ts';

/**
 * Words that point back at an earlier answer: "who gave it?", "and the slides?", "which of those
 * had video", "only the ones with slides", "who else spoke?", "can you send the link". The bot
 * keeps no earlier question, so they name nothing by themselves.
 */
const POINTS_BACK = new RegExp(
  [
    String.raw`\b(?:it|its|that\s+one|this\s+one|that\s+talk|this\s+talk|those|these|them|the\s+ones|the\s+other\s+one|the\s+same(?:\s+one)?)\b`,
    String.raw`^(?:and|also|ok(?:ay)?\s+and|so|then|what\s+about|how\s+about|same\s+(?:but|for|question))\b`,
    String.raw`\b(?:who|what|anything|anyone|something)\s+else\b|\bany\s+others?\b`,
    String.raw`^(?:can|could|would)\s+(?:you|u)\s+(?:send|share|give|post|paste)\s+(?:me\s+)?(?:the|a)\s+(?:link|links|url|slides|video|recording)\b`,
    // "send me the video pls", "who was the speaker again?": the one asked about before.
    String.raw`^(?:pls\s+|please\s+)?(?:send|share|give|post|paste)\s+(?:me\s+|us\s+)?the\s+(?:link|links|url|slides|deck|video|recording)\b`,
    String.raw`\bagain\b`,
  ].join('|'),
);

/**
 * Whether a question only points back at an earlier answer: its words point back, and what they
 * come to is no more than every talk (perhaps those with slides or a video) or nothing. A
 * question that names something of its own ("and the slides for the rust talk?", "what about
 * 2023?") is answered as asked.
 */
export function pointsBack(text: string, plan: Plan): boolean {
  if (
    !POINTS_BACK.test(
      fold(text)
        .replace(/[?!.,;:]+/g, ' ')
        .trim(),
    )
  )
    return false;
  if (plan.kind === 'none') return plan.suggestions.length === 0;
  if (plan.kind !== 'talks') return false;
  const { scope } = plan;
  return scope.kind === 'list' && !scope.event && !scope.excluding && !scope.lacking;
}
