import { MAX_QUESTION } from '../src/query/parse-request.ts';
import type { Asker } from '../src/surface.ts';
import { cleanInput } from '../src/text.ts';

/**
 * The question a list's buttons ask again, whole. Paging and Share ask a list's `query` with
 * another page; the core echoes it cut to 200 characters ("…"), and a cut question is another
 * question: page 2 of "… but not netflix" cut before "not netflix" lists the Netflix talk. The bot
 * reads 500 characters of a question, so when the echo was cut the list carries the question as
 * the core read it (the platform's text prepared, then cleaned as the grammar cleans it), which
 * asks the same again at any page. Buttons always say their page, so a "page 3" typed in the
 * question does not win over the button's.
 */
export function wholeQuestions(asker: Asker): Asker {
  return {
    complete: (typed, limit) => asker.complete(typed, limit),
    async ask(text, options) {
      const answer = await asker.ask(text, options);
      if (answer.kind !== 'talks' || !answer.query.endsWith('…')) return answer;
      const asked = cleanInput(options?.prepare ? options.prepare(text) : text, MAX_QUESTION);
      return asked.length > 0 ? { ...answer, query: asked } : answer;
    },
  };
}
