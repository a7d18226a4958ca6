/**
 * Why no talk was found, where it is not that none matches: `unknown-talk`: a talk id or stale
 * button value that names no talk; `pick`: a number ("3", "open 3") with no list to pick from
 * (the conversation has shown none); `which-talk`: a follow-up ("who gave it?", "and the
 * slides?") that names no talk, where the conversation has no earlier answer; `unknown-speaker`:
 * "talks by Zed Quill" where no speaker or company of the notes has that name (`name`; the suggestions
 * are the questions for the names that come closest, if any); `unknown-event`: "talks at kubecon"
 * where no event of the notes has that name (`name`; the suggestions are the events they have);
 * `which-speaker`: "what else did she talk about" after a list of several speakers' talks (the
 * suggestions ask for the listed speakers' talks); `which-listed`: "open it" after a list of several
 * talks (the suggestions open each listed talk); `none-alike`: "more like the kafka talk", "who
 * else spoke on that?" where no other talk is like it (`name`: its title; the suggestion opens it);
 * `none-else`: "who else?" after a list of several talks, every one shown (`name`: the last
 * question; `listed`: its talks); `none-more`: "what else did he talk about?" where every talk of
 * the speaker's was in the last answer (`name`: the speakers; `listed`: their talks, `title` the
 * one; the suggestions ask for the talks nearest theirs); `which-event`: "the first talk on day 2"
 * over the notes of several events, none named (the suggestions ask it of each); `empty-event`:
 * "talks at pycon us 2023" where the notes of that event (`name`) have no talk that could be read;
 * `too-few`: "the fourth culture talk" where the list asked of (`name`, "culture talks") has
 * fewer (`listed`; none: "the second keynote" where no talk is one).
 */
export type NoneReason =
  | 'unknown-talk'
  | 'pick'
  | 'which-talk'
  | 'which-speaker'
  | 'which-listed'
  | 'unknown-speaker'
  | 'unknown-event'
  | 'none-alike'
  | 'none-else'
  | 'none-more'
  | 'unnamed-speaker'
  | 'which-event'
  | 'empty-event'
  | 'too-few';
