/**
 * Follow-ups in other languages that point back at the talk answered before and ask for one of
 * its links: "enlace a esa", "les slides de celui-ci ?", "il link di quello?", "o link dessa?",
 * "Link zu dem da?". Read as their English ("link to that one", "the slides of that one"), which
 * `follow-up.ts` reads against the asker's last answer. Patterns see the question folded
 * (`languages.ts`): "celle-là" is "celle-la", "diapositivas" stays.
 *
 * A demonstrative marks its language only beside a word of a link, or at the end of the question
 * ("y esa?"): "este" or "esta" alone are also words of notes ("Costa Este").
 */
type Rules = [RegExp, string][];

/** A link's words in the languages below, folded, by the kind of link they ask for. */
const SLIDES = {
  es: 'diapositivas|diapos|transparencias|slides?',
  fr: 'slides?|diapos?|diapositives|transparents',
  it: 'slides?|lucidi|diapositive',
  pt: 'slides?|diapositivos|transparencias',
  de: 'folien|slides?',
} as const;
const VIDEO = {
  es: 'videos?|grabacion',
  fr: 'videos?|enregistrement',
  it: 'video|registrazione',
  pt: 'videos?|gravacao',
  de: 'videos?|aufzeichnung|aufnahme',
} as const;
const LINK = {
  es: 'enlaces?|links?|url',
  fr: 'liens?|links?|url',
  it: 'link|collegamenti|collegamento|url',
  pt: 'links?|url',
  de: 'links?|url',
} as const;

type Language = keyof typeof LINK;

/** Words for "that one", "this one" (and "of, to, from that one" where they are joined). */
const THAT = {
  es: String.raw`(?:de\s+|a\s+|para\s+)?(?:esa|ese|eso|esta|este|aquella|aquel)(?:\s+(?:charla|ponencia|sesion))?`,
  fr: String.raw`(?:de\s+|a\s+|pour\s+)?(?:celle|celui|cela|ca)(?:\s*-\s*(?:la|ci))?`,
  it: String.raw`(?:di\s+|a\s+|per\s+)?(?:quello|quella|questo|questa|quel\s+talk|quell['’ ]intervento)`,
  pt: String.raw`(?:dessa|desse|desta|deste|daquela|daquele|nessa|nesse|(?:de\s+|a\s+|para\s+)?(?:essa|esse|aquela|aquele))(?:\s+(?:palestra|sessao))?`,
  de: String.raw`(?:(?:zu|von|vom|fur)\s+)?(?:(?:dem|der|die|das|den)\s+(?:da|dort)|diese[mnrs]?|dazu|davon)`,
} as const;

/** Whether a question in `language` asks for a link of the one before ("o link dessa?"). */
function marker(language: Language): RegExp {
  const that = THAT[language];
  const link = `${SLIDES[language]}|${VIDEO[language]}|${LINK[language]}`;
  return new RegExp(
    String.raw`(?:^|\s)(?:(?:${link})\s+(?:\S+\s+){0,2}${that}|${that}\s*[?!.]*$)(?=\s|$|[?!.])`,
  );
}

/** "That one" and a link's words, in English. */
function rules(language: Language): Rules {
  const word = (words: string) => new RegExp(String.raw`\b(?:${words})\b`, 'g');
  return [
    [new RegExp(String.raw`(?:^|\s)${THAT[language]}(?=\s|$|[?!.])`, 'g'), ' that one'],
    [word(SLIDES[language]), 'slides'],
    [word(VIDEO[language]), 'video'],
    [word(LINK[language]), 'link'],
  ];
}

export const POINTING_MARKERS = {
  es: marker('es'),
  fr: marker('fr'),
  it: marker('it'),
  pt: marker('pt'),
  de: marker('de'),
} as const;

export const POINTING_WORDS = {
  es: rules('es'),
  fr: rules('fr'),
  it: rules('it'),
  pt: rules('pt'),
  de: rules('de'),
} as const;
