/**
 * The built-in word lists of the search's synonyms (`synonyms.ts` reads them): words of the field
 * that mean the same, kinds of thing and their names, short forms people type. Data only.
 */

import { SUBJECTS_IN_LANGUAGES } from './subject-languages.ts';
import { IN_OTHER_LANGUAGES } from './synonym-languages.ts';

/**
 * Words of the field that mean the same thing. Each group is symmetric: any member found in a
 * question also looks for the others. Authors add their own in content/synonyms.yaml or a notes
 * file's `synonyms:` (see content/README.md).
 */
export const BUILT_IN: string[][] = [
  ['kubernetes', 'k8s', 'kube'],
  ['postgres', 'postgresql', 'psql'],
  ['ci/cd', 'cicd', 'continuous integration', 'continuous delivery', 'continuous deployment'],
  ['infrastructure as code', 'iac', 'infra as code'],
  ['policy as code', 'policies as code', 'pac'],
  ['javascript', 'js', 'ecmascript'],
  ['typescript', 'ts'],
  // Spellings of one thing: ".NET" (read as "dotnet"), a microVM as one word, two or hyphenated,
  // and its German "Mikro-VM" (hyphenated words are indexed joined too).
  ['dotnet', 'dot net'],
  // "IT" in capitals, the field and the department, not the word "it" (read as "infotech" in
  // the notes, build-postings.ts, and in a question, chat-speak.ts).
  ['infotech', 'information technology'],
  ['microvm', 'microvms', 'micro vm', 'micro vms', 'mikrovm', 'mikrovms', 'mikro vm', 'mikro vms'],
  ['micro frontends', 'microfrontends', 'micro frontend', 'mikrofrontends', 'mikro frontends'],
  ['machine learning', 'ml'],
  ['kotlin multiplatform', 'kmp'],
  // "genai": written as one word or two.
  ['generative ai', 'genai', 'gen ai'],
  ['data lake', 'datalake', 'data lakes', 'lakehouse', 'data lakehouse'],
  ['end to end', 'e2e'],
  ['on call', 'oncall'],
  // "Burning out", "burnt out": burnout, not the "burn rate" of an SLO.
  ['burnout', 'burn out', 'burnt out', 'burned out'],
  // Go, the language, where the question says so ("golang", "in Go", "Go talks"): the notes'
  // "Go" written so mid-sentence is indexed as golang too (see build-postings.ts), and a plain
  // "go" is the verb.
  ['golang', 'go lang', 'go language', 'go programming', 'in go', 'go talks', 'go talk', 'go code'],
  // The words of the field in the languages questions are asked in, folded as questions are
  // ("sécurité" is in `synonym-languages.ts`, with the notes' other languages).
  ['security', 'seguranca', 'seguridad', 'sicherheit', 'sicurezza', 'beveiliging'],
  ['kubernetes', '쿠버네티스', 'クバネティス', 'кубернетес'],
  ['artificial intelligence', 'ai', 'ia', 'ki'],
  // Kinds of company as their names say them in the languages of the field's countries
  // ("Hansa Versicherung" is an insurer): "talks from insurance companies".
  [
    'insurance',
    'insurer',
    'insurers',
    'versicherung',
    'versicherungen',
    'assicurazione',
    'assicurazioni',
    'seguros',
    'seguradora',
    'aseguradora',
    'verzekering',
    'verzekeringen',
    'forsikring',
    'vakuutus',
  ],
  ['continuous integration', 'ci'],
  ['continuous delivery', 'continuous deployment', 'cd'],
  ['java virtual machine', 'jvm'],
  // "JDK 21" is Java 21, as the notes of a Java talk say either.
  ['java', 'jdk', 'openjdk'],
  ['internal developer platform', 'internal developer portal', 'idp'],
  ['type hints', 'type annotations'],
  ['large language model', 'llm', 'llms'],
  // Short forms of data science and of design the notes may write out, or the other way round.
  ['natural language processing', 'nlp'],
  ['human computer interaction', 'hci'],
  ['optical character recognition', 'ocr'],
  ['search engine optimization', 'search engine optimisation', 'seo'],
  ['key performance indicator', 'key performance indicators', 'kpi', 'kpis'],
  ['objectives and key results', 'okr', 'okrs'],
  ['minimum viable product', 'mvp'],
  ['site reliability engineering', 'sre'],
  ['devops', 'dev ops'],
  ['microservices', 'micro services', 'microservice architecture', 'msa'],
  ['amazon web services', 'aws'],
  ['google cloud platform', 'gcp', 'google cloud'],
  ['domain driven design', 'ddd'],
  ['command query responsibility segregation', 'cqrs'],
  ['test driven development', 'tdd'],
  ['behaviour driven development', 'behavior driven development', 'bdd'],
  // The same word as the languages the notes are written in spell it: a Portuguese talk on
  // "acessibilidade" is an accessibility talk.
  [
    'observability',
    'o11y',
    'observabilidade',
    'observabilidad',
    'observabilite',
    'osservabilita',
    'observabilitat',
  ],
  [
    'accessibility',
    'a11y',
    'acessibilidade',
    'accesibilidad',
    'accessibilite',
    'accessibilita',
    'barrierefreiheit',
    'toegankelijkheid',
    // "web accessibility" with the adjective after the noun, as these languages write it
    'accesibilidad web',
    'acessibilidade web',
    'accessibilite web',
    'accessibilita web',
  ],
  ['architecture', 'arquitetura', 'arquitectura', 'architektur', 'architettura'],
  ['documentation', 'documentacao', 'documentacion', 'dokumentation', 'documentazione'],
  ['microservices', 'microsservicos', 'microservicios', 'microservizi'],
  [
    'artificial intelligence',
    'inteligencia artificial',
    'intelligence artificielle',
    'intelligenza artificiale',
    'kunstliche intelligenz',
    'ki',
  ],
  ['internationalization', 'internationalisation', 'i18n'],
  ['localization', 'localisation', 'l10n'],
  ['user experience', 'ux'],
  // Short forms of the web's tools and of data science that notes write out, or the other way
  // round: "PWAs, are we there yet?" for `progressive web apps`, "Browser-Based Developer Tools"
  // for `devtools`, "Visual Studio Code" for `vscode`, "sklearn" for `scikit-learn`.
  ['progressive web apps', 'progressive web app', 'pwa', 'pwas'],
  ['developer tools', 'devtools', 'dev tools'],
  ['visual studio code', 'vscode', 'vs code'],
  ['scikit learn', 'scikitlearn', 'sklearn'],
  ['data visualization', 'data visualisation', 'dataviz', 'data viz'],
  ['digital signal processing', 'dsp'],
  // Models by their initials, as data-science notes write them ("Leverage RF & GBM").
  ['random forest', 'random forests', 'rf'],
  ['gradient boosting', 'gradient boosted trees', 'gradient boosting machine', 'gbm'],
  // "La crypto hardware": crypto is cryptography as well as coins (the coins' group is below).
  ['cryptography', 'crypto', 'cryptographic'],
  ['single sign on', 'sso'],
  ['authentication', 'authn'],
  ['authorization', 'authorisation', 'authz'],
  [
    'database',
    'db',
    'databases',
    'bases de datos',
    'base de datos',
    'banco de dados',
    'bancos de dados',
    'base de donnees',
    'bases de donnees',
    'datenbank',
    'datenbanken',
  ],
  ['feature flags', 'feature toggles', 'feature switches'],
  ['a/b testing', 'ab testing', 'split testing'],
  ['serverless', 'faas'],
  ['elasticsearch', 'elastic search'],
  ['mongodb', 'mongo'],
  // A coin by its name is asked about as the field: "bitcoin wallets" finds cryptocurrency key storage.
  ['crypto currency', 'cryptocurrency', 'cryptocurrencies', 'crypto', 'bitcoin', 'ethereum'],
  ['virtual machine', 'vm'],
  ['custom resource definition', 'crd'],
  ['99th percentile', 'p99'],
  ['software bill of materials', 'sbom', 'bill of materials'],
  ['mutual tls', 'mtls'],
  // Security's short forms, as talks and questions write them either way.
  ['penetration testing', 'pentesting', 'pentest', 'pentests', 'pen testing', 'pen test'],
  ['zero day', 'zero days', '0day', '0days'],
  ['threat intelligence', 'cyber threat intelligence', 'cti'],
  ['cross site scripting', 'xss'],
  ['cross site request forgery', 'csrf', 'xsrf'],
  ['sql injection', 'sqli'],
  ['documentation', 'docs'],
  // …and the same subjects as French, Spanish, Portuguese, Italian, German and Dutch questions
  // name them ("dette technique", "charlas de IA", "aprendizado de máquina").
  [
    'technical debt',
    'tech debt',
    'dette technique',
    'deuda tecnica',
    'divida tecnica',
    'debito tecnico',
    'technische schulden',
    'technische schuld',
  ],
  [
    'machine learning',
    'apprentissage automatique',
    'aprendizaje automatico',
    'aprendizado de maquina',
    'apprendimento automatico',
    'maschinelles lernen',
  ],
  ['pull request', 'pr'],
  ['service oriented architecture', 'soa'],
  ['remote work', 'remote', 'working from home', 'work from home', 'wfh'],
  ['service level objective', 'slo'],
  // The EU's data protection law as its languages name it ("DSGVO-konforme Observability").
  ['gdpr', 'dsgvo', 'rgpd', 'general data protection regulation'],
  ['pii', 'personal data', 'personally identifiable information', 'personenbezogene daten'],
  ['service level indicator', 'sli'],
  ['webassembly', 'wasm', 'web assembly'],
  ['opentelemetry', 'otel', 'open telemetry'],
  ['retrieval augmented generation', 'rag'],
  // Subjects in the notes' language ("réalité virtuelle") and short forms with a full stop
  // ("jr. developers"): the same subject whichever way the question writes it.
  [
    'virtual reality',
    'realite virtuelle',
    'realidad virtual',
    'realta virtuale',
    'virtuelle realitat',
    'realidade virtual',
    'vr',
  ],
  ['junior', 'jr', 'jnr'],
  ['senior', 'sr', 'snr'],
  ['developer experience', 'devex', 'dx'],
  ['graphql', 'gql'],
  ['event driven architecture', 'eda'],
  ['mean time to recovery', 'mean time to restore', 'mttr'],
  // "How to save money on kubernetes": what it costs.
  ['cost', 'save money', 'saving money', 'spend less'],
  ...IN_OTHER_LANGUAGES,
  ...SUBJECTS_IN_LANGUAGES,
];

/**
 * Kinds of thing and the names they go by: a question for "databases" means Postgres or MySQL
 * when the notes name the product, not the kind. One way only (a "postgres" question is not
 * about every database), and only for a kind word the notes never use; one word each, as the
 * question's words are looked up one by one.
 */
export const CATEGORIES: [kind: string[], members: string[]][] = [
  [
    ['database', 'databases', 'datastore', 'datastores', 'db', 'dbs'],
    [
      'postgres',
      'postgresql',
      'mysql',
      'mariadb',
      'mongodb',
      'redis',
      'cassandra',
      'dynamodb',
      'sqlite',
      'couchbase',
      'cockroachdb',
    ],
  ],
  [
    ['container', 'containers'],
    ['docker', 'kubernetes', 'podman', 'containerd'],
  ],
  [
    ['cloud', 'clouds'],
    ['aws', 'gcp', 'azure'],
  ],
  [
    ['language', 'languages'],
    [
      'java',
      'python',
      'golang',
      'rust',
      'javascript',
      'typescript',
      'ruby',
      'scala',
      'kotlin',
      'erlang',
      'elixir',
      'haskell',
      'clojure',
    ],
  ],
  [
    ['messaging', 'queue', 'queues', 'broker', 'brokers'],
    ['kafka', 'rabbitmq', 'sqs', 'kinesis', 'nats', 'pulsar'],
  ],
  [
    ['observability', 'o11y', 'telemetry'],
    [
      'monitoring',
      'tracing',
      'logging',
      'metrics',
      'opentelemetry',
      'zipkin',
      'jaeger',
      'prometheus',
    ],
  ],
  [['finops'], ['cost', 'costs', 'spend', 'billing']],
  [['appsec'], ['security']],
  [['genai'], ['llm', 'llms', 'rag']],
  [['ml'], ['mlops']],
];

/**
 * Short forms people type and the word the notes write ("infra as code", "secret mgmt"), and
 * first names by their nicknames ("Dan Bryant", "Andy Spyker"): one way, only for a word the
 * notes never use, as for kinds.
 */
export const SHORT_FORMS: [short: string, long: string[]][] = [
  ['infra', ['infrastructure']],
  ['mgmt', ['management']],
  ['mgr', ['manager']],
  ['perf', ['performance']],
  // Subjects by the first letters people type ("FE talks", "sec talks", "py talks").
  ['fe', ['frontend']],
  ['be', ['backend']],
  ['sec', ['security']],
  ['obs', ['observability']],
  ['py', ['python']],
  ['eval', ['evaluation']],
  ['evals', ['evaluation']],
  ['config', ['configuration']],
  ['prod', ['production']],
  ['2fa', ['mfa']],
  ['repo', ['repository']],
  ['repos', ['repositories']],
  ['arch', ['architecture']],
  // A team's practices by the short names it uses for them ("the retro talk", "better retros").
  ['retro', ['retrospective', 'retrospectives']],
  ['retros', ['retrospectives']],
  // "tf modules", "tf state": Terraform, or TensorFlow where the notes have that.
  ['tf', ['terraform', 'tensorflow']],
  // What a thing costs, as people ask it ("observability cheap", "cheaper LLMs").
  ['cheap', ['cost', 'budget']],
  ['cheaper', ['cost', 'budget']],
  ['cheapest', ['cost', 'budget']],
  ['inexpensive', ['cost', 'budget']],
  ['expensive', ['cost', 'budget']],
  ['pricey', ['cost', 'budget']],
  ['costly', ['cost', 'budget']],
  ['auth', ['authentication', 'authorization']],
  ['dev', ['development', 'developer']],
  ['devs', ['developers']],
  ['eng', ['engineering']],
  ['env', ['environment']],
  ['envs', ['environments']],
  ['app', ['application']],
  ['apps', ['applications']],
  ['dan', ['daniel']],
  ['danny', ['daniel']],
  ['andy', ['andrew']],
  ['drew', ['andrew']],
  ['mike', ['michael']],
  ['bob', ['robert']],
  ['rob', ['robert']],
  ['bill', ['william']],
  ['will', ['william']],
  ['jim', ['james']],
  ['jimmy', ['james']],
  ['tom', ['thomas']],
  ['chris', ['christopher', 'christian', 'christina', 'christine']],
  ['matt', ['matthew', 'matthias']],
  ['dave', ['david']],
  ['steve', ['steven', 'stephen']],
  ['joe', ['joseph']],
  ['alex', ['alexander', 'alexandra', 'alexis']],
  ['sam', ['samuel', 'samantha']],
  ['ben', ['benjamin']],
  ['nick', ['nicholas', 'nicolas']],
  ['tony', ['anthony']],
  ['greg', ['gregory']],
  ['jon', ['jonathan']],
  ['pat', ['patrick', 'patricia']],
  ['ed', ['edward']],
  ['jen', ['jennifer']],
  ['jenny', ['jennifer']],
  ['kate', ['katherine', 'catherine', 'kathryn']],
  ['katie', ['katherine', 'catherine', 'kathryn']],
  ['liz', ['elizabeth']],
  ['beth', ['elizabeth', 'bethany']],
  ['becky', ['rebecca']],
  ['meg', ['margaret', 'megan']],
  ['sue', ['susan']],
  ['vicky', ['victoria']],
  ['abby', ['abigail']],
];
