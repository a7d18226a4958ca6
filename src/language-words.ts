/**
 * One table per language of the words the bot reads it by, folded (no accents, lower case): the
 * names a question gives the language (its name, a nationality, a country, a locale), the
 * function words that tell notes are written in it, its ways of asking which events there were,
 * and the field's subjects as it names them. `notes-language.ts`, `events-in-languages.ts` and
 * `subject-languages.ts` read their lists from here, so a language is added or corrected in one
 * place. Regular-expression fragments are marked so (`…Pattern`); the rest are plain words.
 */
export interface LanguageWords {
  /** Words a question names the language by: "polish", "pt-br" (folded: "ptbr"), "spain". */
  names: string[];
  /** Of those, the words that name the language itself ("talks in french", "german talks"). */
  spoken: string[];
  /** Function words (folded) that tell the notes are in this language; none for English. */
  markers?: string[];
  /** Its nouns for events ("Konferenzen", "eventos"), as regular-expression fragments. */
  eventsPattern?: string[];
  /** Its "which"/"show me" before such a noun, as regular-expression fragments. */
  whichPattern?: string[];
  /** Its "are there"/"do you know" after such a noun, as regular-expression fragments. */
  askingPattern?: string[];
  /** The field's subjects as it names them, by the English subject (`subject-languages.ts`). */
  subjects?: Record<string, string[]>;
}

const w = (text: string) => text.split(' ');

export const LANGUAGE_WORDS: Record<string, LanguageWords> = {
  en: {
    names: w('english ingles anglais englisch inglese engels'),
    spoken: w('english ingles anglais englisch inglese engels'),
    markers: w('the and of to is that for it with was this are be not but have you we they'),
    eventsPattern: ['events?', 'conferences?', 'confs?'],
    whichPattern: ['which', 'what'],
    askingPattern: ['are there', 'do you know', 'do you have'],
  },
  pt: {
    names: w('brazilian brazil brasil portuguese portugal portugues ptbr br'),
    spoken: w('portuguese portugues'),
    markers: w(
      'nao para com uma mais isso voce muito sao eles foi mas tem como pra nos do da dos das ao aos na em minhas meus ficam tambem pelo pela seu sua voces ja entao equipa foram',
    ),
    eventsPattern: ['eventos?', 'conferencias'],
    whichPattern: ['quais'],
    askingPattern: ['existem', 'tem', 'tens', 'voce conhece', 'conheces'],
    subjects: {
      monitoring: ['monitoramento'],
      performance: ['desempenho'],
      accessibility: ['acessibilidade'],
      privacy: ['privacidade'],
      cost: ['custos'],
      containers: ['conteineres'],
      testing: ['testes automatizados'],
      encryption: ['criptografia'],
      cryptocurrency: ['criptomoeda'],
      'infrastructure as code': ['infraestrutura como codigo'],
      'machine learning': ['aprendizado de maquina'],
      learning: ['aprendizagem'],
      observability: ['observabilidade'],
      scalability: ['escalabilidade'],
      reliability: ['confiabilidade'],
      automation: ['automacao'],
      documentation: ['documentacao'],
      microservices: ['microsservicos'],
    },
  },
  es: {
    names: w('spanish spain espana mexican mexico argentinian argentina espanol castellano'),
    spoken: w('spanish castellano espanol'),
    markers: w(
      'para con una mas muy los las fue pero como nuestros hicimos del por el y mis sus estan esta este estos hay tambien cuando donde porque al eso esto nuestra',
    ),
    eventsPattern: ['eventos?', 'conferencias?'],
    whichPattern: ['que', 'cuales', 'muestrame(?: los| las)?', 'lista(?: de| dei| delle)?'],
    askingPattern: ['hay', 'habia', 'hubo', 'tienes', 'teneis', 'conoces', 'existen'],
    subjects: {
      culture: ['cultura'],
      monitoring: ['monitorizacion'],
      performance: ['rendimiento'],
      accessibility: ['accesibilidad'],
      privacy: ['privacidad'],
      cost: ['costes', 'costos'],
      containers: ['contenedores'],
      testing: ['pruebas'],
      encryption: ['cifrado'],
      cryptocurrency: ['criptomoneda', 'criptomonedas'],
      'infrastructure as code': ['infraestructura como codigo'],
      'machine learning': ['aprendizaje automatico'],
      'artificial intelligence': ['inteligencia artificial'],
      learning: ['aprendizaje'],
      observability: ['observabilidad'],
      scalability: ['escalabilidad'],
      reliability: ['fiabilidad'],
      automation: ['automatizacion'],
      documentation: ['documentacion'],
      microservices: ['microservicios'],
      leadership: ['liderazgo'],
      deployment: ['despliegue'],
      'software architecture': ['arquitectura de software'],
    },
  },
  de: {
    names: w('german germany deutschland austrian austria deutsch'),
    spoken: w('german deutsch'),
    markers: w('und die der ist nicht mit fur ein eine auch wir das sich im von'),
    eventsPattern: ['konferenzen', 'konferenz', 'veranstaltungen', 'tagungen'],
    whichPattern: ['welche[rns]?', 'was fur', 'zeig(?:e)?(?: mir)?(?: die| alle)?'],
    askingPattern: [
      'gibt es',
      'gab es',
      'habt ihr',
      'hast du',
      'hat der bot',
      'kennst du',
      'kennt ihr',
      'sind (?:da|dabei|drin|abgedeckt)',
      'waren (?:da|dabei)',
    ],
    subjects: {
      culture: ['kultur', 'unternehmenskultur'],
      monitoring: ['uberwachung'],
      accessibility: ['barrierefreiheit'],
      privacy: ['datenschutz'],
      cost: ['kosten'],
      testing: ['softwaretests'],
      encryption: ['verschlusselung'],
      cryptocurrency: ['kryptowahrung', 'kryptowahrungen'],
      'infrastructure as code': ['infrastruktur als code'],
      'machine learning': ['maschinelles lernen'],
      'artificial intelligence': ['kunstliche intelligenz'],
      learning: ['lernen'],
      observability: ['beobachtbarkeit'],
      scalability: ['skalierbarkeit'],
      reliability: ['zuverlassigkeit'],
      automation: ['automatisierung'],
      documentation: ['dokumentation'],
      microservices: ['mikroservices'],
      leadership: ['fuhrung'],
      deployment: ['bereitstellung'],
      'software architecture': ['softwarearchitektur'],
    },
  },
  nl: {
    names: w('dutch netherlands holland flemish nederlands'),
    spoken: w('dutch nederlands'),
    markers: w('het een niet van voor maar ook zijn wij dat met naar'),
    eventsPattern: ['conferenties', 'evenementen', 'congressen'],
    whichPattern: ['welke', 'wat voor', 'lijst(?: met| van)?(?: de)?'],
    askingPattern: ['zijn er', 'waren er', 'heb je', 'hebben jullie', 'ken je'],
    subjects: {
      culture: ['cultuur'],
      performance: ['prestaties'],
      accessibility: ['toegankelijkheid'],
      encryption: ['versleuteling'],
      'artificial intelligence': ['kunstmatige intelligentie'],
      scalability: ['schaalbaarheid'],
      reliability: ['betrouwbaarheid'],
      automation: ['automatisering'],
      documentation: ['documentatie'],
    },
  },
  it: {
    names: w('italian italy italia italiano'),
    spoken: w('italian italiano'),
    markers: w(
      'il della che non per sono una anche gli delle nel di ho ha dal dei alla alle ai sulla come piu ecco miei mio questo questa molto perche stato essere cosa nei degli dove',
    ),
    eventsPattern: ['eventi', 'conferenze'],
    whichPattern: ['quali', 'che', 'mostrami(?: gli| le)?'],
    askingPattern: ['ci sono', "c'erano", 'cerano', 'hai', 'conosci', 'ha'],
    subjects: {
      monitoring: ['monitoraggio'],
      performance: ['prestazioni'],
      accessibility: ['accessibilita'],
      privacy: ['riservatezza'],
      cost: ['costi'],
      containers: ['contenitori'],
      encryption: ['crittografia'],
      cryptocurrency: ['criptovaluta'],
      'infrastructure as code': ['infrastruttura come codice'],
      'machine learning': ['apprendimento automatico'],
      'artificial intelligence': ['intelligenza artificiale'],
      learning: ['apprendimento'],
      observability: ['osservabilita'],
      scalability: ['scalabilita'],
      reliability: ['affidabilita'],
      automation: ['automazione'],
      documentation: ['documentazione'],
      microservices: ['microservizi'],
    },
  },
  fr: {
    names: w('french france francais'),
    spoken: w('french francais'),
    markers: w('les des est pas pour une avec dans qui sur nous'),
    eventsPattern: ['evenements?'],
    whichPattern: ['quel(?:le)?s?', 'liste(?: des| der| de)?', 'montre(?:-moi)?(?: les)?'],
    askingPattern: [
      'y a-t-il',
      'y a t il',
      'il y a',
      'avez-vous',
      'avez vous',
      'as-tu',
      'as tu',
      'connais-tu',
      'connais tu',
      'sont couverts?',
    ],
    subjects: {
      culture: ['culture d entreprise'],
      accessibility: ['accessibilite'],
      privacy: ['confidentialite'],
      cost: ['couts'],
      containers: ['conteneurs'],
      testing: ['tests automatises'],
      encryption: ['chiffrement'],
      cryptocurrency: ['cryptomonnaie', 'cryptomonnaies'],
      'infrastructure as code': ['infrastructure en tant que code'],
      'machine learning': ['apprentissage automatique'],
      'artificial intelligence': ['intelligence artificielle'],
      learning: ['apprentissage'],
      observability: ['observabilite'],
      scalability: ['scalabilite'],
      reliability: ['fiabilite'],
      automation: ['automatisation'],
      deployment: ['deploiement'],
      'software architecture': ['architecture logicielle'],
    },
  },
  // Told by their script, not by function words (`event-facts.ts`).
  ja: { names: w('japanese nihongo'), spoken: w('japanese nihongo') },
  ko: { names: w('korean hangul'), spoken: w('korean') },
  zh: { names: w('chinese mandarin'), spoken: w('chinese mandarin') },
  pl: {
    names: w('polish poland polska polski'),
    spoken: w('polish polski'),
    markers: w('nie jest sie ze jak czy ale tak przez dla oraz tylko bardzo jego byl bylo'),
  },
};

/** The words that name a language itself, as a regular-expression alternation. */
export function spokenPattern(): string {
  return Object.values(LANGUAGE_WORDS)
    .flatMap((language) => language.spoken)
    .join('|');
}

/** A regular-expression alternation of one kind of fragment, across every language. */
export function languagesPattern(kind: 'eventsPattern' | 'whichPattern' | 'askingPattern'): string {
  const fragments = Object.values(LANGUAGE_WORDS).flatMap((language) => language[kind] ?? []);
  return [...new Set(fragments)].join('|');
}
