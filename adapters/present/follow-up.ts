import type { FollowUp } from '../../src/answer.ts';

/**
 * How a follow-up was read, said before its answer so a wrong reading is plain to see: "who gave
 * it?" after a list is about its first talk, "what about day 2" the last question changed.
 */
export function followUpLine(note: FollowUp | undefined): string | undefined {
  if (!note) return undefined;
  switch (note.to) {
    case 'talk':
      return note.position === undefined
        ? `About “${note.title}”, the talk you opened`
        : `About “${note.title}”, number ${note.position} of your last list`;
    case 'question':
      return note.change
        ? `Your last question, “${note.question}”, ${note.change}`
        : `Your last question, “${note.question}”, speakers first`;
    case 'person':
      return `About ${note.name}, whom your last question named`;
    case 'event':
      return `At ${note.name}, the event of your last answer`;
    case 'else':
      return `Leaving out the ${count(note.total)} of your last question, “${note.question}”`;
    case 'count':
      return `Your last question, “${note.question}”: ${count(note.total)}`;
    case 'more':
      return note.last
        ? `That was all: ${count(note.total)} in your last list`
        : `${count(note.total)} in all: here are more`;
  }
}

function count(total: number): string {
  return `${total} ${total === 1 ? 'talk' : 'talks'}`;
}
