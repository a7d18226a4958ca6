import type { Expected } from './question-table.ts';

/**
 * Questions asked the way team members write in chat — filler, emoji, Markdown, mentions, capitals,
 * word forms, surnames only, misspelt names, two topics, pasted paragraphs, questions about the
 * conference itself, other languages — written for this project, none of them in question-table.ts.
 * Over the shipped notes, the invented second event (tests/fixtures/relevance) and the notes of
 * tests/fixtures/shapes.
 */
export const SHIPPED_CHAT: [question: string, expected: Expected][] = [
  // A link asked for with nothing else: the talks that have one (3 of the 10 have a video).
  ['which talks have videos?', { scope: 'list', total: 3 }],
  ['any talks with slides', { scope: 'list', total: 6 }],
  // A link asked for beside a topic, a name, a day or words: only the talks that have one.
  ['which talks were recorded?', { scope: 'list', total: 3 }],
  [
    'any talks on security with slides?',
    { first: 'security-in-cloud-environments', scope: 'topic', total: 1 },
  ],
  ['devops talks that have slides', { scope: 'topic', total: 2 }],
  ['talks by Ryan Lane with slides', { first: 'security-in-cloud-environments', scope: 'speaker' }],
  [
    'talks from netflix that have a video',
    { first: 'container-mgmt-at-netflix', scope: 'company', total: 1 },
  ],
  ['talks with slides on day 2', { first: 'container-mgmt-at-netflix', scope: 'date', total: 1 }],
  [
    'microservices talks with a video',
    { first: 'lessons-learned-on-ubers-journey-into-microservices', total: 1 },
  ],
  // A command before the talk is no word of it; "open source" keeps its word.
  ['open the netflix talk', { first: 'container-mgmt-at-netflix', total: 1 }],
  ['@qcon-bot pull up the netflix talk', { first: 'container-mgmt-at-netflix', total: 1 }],
  // Words after "not about", "except", "besides": the talks they find are left out.
  ['talks not about microservices', { scope: 'list', total: 6 }],
  ['anything except microservices', { scope: 'list', total: 6 }],
  [
    'architecture talks except uber',
    { first: 'what-they-do-not-tell-you-about-microservices', scope: 'topic', total: 2 },
  ],
  // Talks that lack a link, and other ways of saying "not about" (tests/src/query/negations.test.ts).
  ["which talks didn't have slides?", { scope: 'list', total: 4 }],
  ['talks with slides but no video', { scope: 'list', total: 3 }],
  ['everything but culture', { scope: 'list', total: 8 }],
  ["talks that aren't about microservices", { scope: 'list', total: 6 }],
  // Nicknames, short forms and kinds the notes write out in full.
  ['Dan Bryant', 'the-deadly-sins-of-microservices'],
  ['talks by andy', 'container-mgmt-at-netflix'],
  ['infra as code', 'implementing-infrastructure-as-code'],
  ['observability', 'think-before-you-tool'],
  // Chat around thanks and greetings, and Slack's emoji codes, ask for no search.
  ['perfect thank you', { kind: 'help' }],
  // A thumbs up acknowledges; it used to answer "No talk matches “👍”".
  ['👍', { kind: 'help' }],
  ['hello there, can you help me?', { kind: 'help' }],
  [':rocket: microservices', { scope: 'search', total: 4 }],
  ['when was the conference?', { kind: 'events' }],
  // A link asked for beside a company or topic: of those talks, the ones with it.
  ['videos from netflix', { first: 'container-mgmt-at-netflix', total: 1 }],
  // "What's new in …" asks about the subject, not the word "new".
  ["what's new in security?", { first: 'security-in-cloud-environments' }],
  // The scaffolding of a question in French, Spanish, German, Italian carries no weight either.
  [
    'quels talks parlent de microservices ?',
    { first: 'the-deadly-sins-of-microservices', total: 4 },
  ],
  // ("über" folds to "uber", a word of these notes: "zu" here.)
  ['gibt es einen Vortrag zu Microservices?', { total: 4 }],
  ['¿hay alguna charla sobre microservicios?', { total: 4 }],
  ['Hallo, welche Talks gab es zu Netflix?', 'container-mgmt-at-netflix'],
  ["c'è un intervento su netflix?", 'container-mgmt-at-netflix'],
  ['y a-t-il une présentation sur la sécurité ?', { corrected: true }],
  // Words that find nothing leave nothing out; a bare "not" is a word of a title.
  ['talks not about kubernetes', { scope: 'list', total: 10 }],
  ['what they do not tell you', 'what-they-do-not-tell-you-about-microservices'],
  // No culture talk has a video: both are listed, the answer says each has none.
  ['culture talks with videos', { scope: 'topic', total: 2, focus: 'video' }],
  // filler, mentions, emoji, Markdown
  ['hey bot, anything on docker?', 'what-they-do-not-tell-you-about-microservices'],
  ['I missed the netflix one, what was it about', 'container-mgmt-at-netflix'],
  [
    'can u send me the slides from the uber talk pls',
    { first: 'lessons-learned-on-ubers-journey-into-microservices', focus: 'slides' },
  ],
  [
    'where can I watch the microservices talk',
    { first: 'lessons-learned-on-ubers-journey-into-microservices', focus: 'video' },
  ],
  ['@qcon-bot what about terraform??', 'implementing-infrastructure-as-code'],
  ['thx 🙏 any talk about secrets? 🔐', 'security-in-cloud-environments'],
  ['**security** talks', { scope: 'topic', total: 2 }],
  ['"cold storage"', 'cryptocurrency-key-storage'],
  ['`terraform`', 'implementing-infrastructure-as-code'],
  ['> anything on zipkin', 'think-before-you-tool'],
  [
    '[the uber talk](https://example.com/uber)',
    'lessons-learned-on-ubers-journey-into-microservices',
  ],
  [
    '"What They Don\'t Tell You About Microservices"',
    'what-they-do-not-tell-you-about-microservices',
  ],
  // capitals, word forms
  ['WHO TALKED ABOUT CONTAINERS', { first: 'container-mgmt-at-netflix', focus: 'speakers' }],
  ['INFRASTRUCTURE AS CODE', 'implementing-infrastructure-as-code'],
  ['what did NETFLIX present?', { first: 'container-mgmt-at-netflix', scope: 'company' }],
  ['containerized apps', 'container-mgmt-at-netflix'],
  ['containerization', 'container-mgmt-at-netflix'],
  ['scheduler', 'container-mgmt-at-netflix'],
  ['scheduled containers', 'container-mgmt-at-netflix'],
  ['encrypting keys', 'cryptocurrency-key-storage'],
  ['managing secrets', 'security-in-cloud-environments'],
  ['monitored', 'think-before-you-tool'],
  ['salaries', 'learnings-from-a-culture-first-startup'],
  ['working remotely', 'learnings-from-a-culture-first-startup'],
  // speakers and companies
  ['who is spyker', { first: 'container-mgmt-at-netflix', focus: 'speakers' }],
  ['who is bryant', { first: 'the-deadly-sins-of-microservices', focus: 'speakers' }],
  ['who is rolnick', { first: 'what-they-do-not-tell-you-about-microservices', focus: 'speakers' }],
  ['reinhold', 'lessons-learned-on-ubers-journey-into-microservices'],
  ["Emily's talk", 'lessons-learned-on-ubers-journey-into-microservices'],
  ["bryant's slides", { first: 'the-deadly-sins-of-microservices', focus: 'slides' }],
  [
    'what did yodle talk about',
    { first: 'what-they-do-not-tell-you-about-microservices', scope: 'company' },
  ],
  [
    'what did uber say',
    { first: 'lessons-learned-on-ubers-journey-into-microservices', scope: 'company' },
  ],
  ['who from lyft spoke', { first: 'security-in-cloud-environments', focus: 'speakers' }],
  ['anyone from uber?', 'lessons-learned-on-ubers-journey-into-microservices'],
  ['netflix speakers', { first: 'container-mgmt-at-netflix', focus: 'speakers' }],
  ['talks by daniel', { scope: 'speaker', total: 2 }],
  [
    'talks from yodle about monitoring',
    { first: 'what-they-do-not-tell-you-about-microservices', scope: 'company' },
  ],
  ['list speakers', { scope: 'list', focus: 'speakers', total: 10 }],
  [
    'which company talked about monoliths',
    { first: 'lessons-learned-on-ubers-journey-into-microservices', focus: 'speakers' },
  ],
  // misspelt names
  ['who is spiker', { first: 'container-mgmt-at-netflix', corrected: true }],
  ['kief moris', { first: 'implementing-infrastructure-as-code', corrected: true }],
  ['daniel rolnik', 'what-they-do-not-tell-you-about-microservices'],
  // a short surname by ear, beside a first name typed right
  ['ryan lain', { first: 'security-in-cloud-environments', corrected: true }],
  ['who is ryan lain', { first: 'security-in-cloud-environments', focus: 'speakers' }],
  ['daniel briant', { first: 'the-deadly-sins-of-microservices', corrected: true }],
  ['daniel brown', 'none'],
  // topics in sentences, two topics
  ['anything about security?', 'security-in-cloud-environments'],
  ['anything about culture', 'how-to-optimize-your-culture-for-learning'],
  ['security and devops talks', { scope: 'topic', total: 5 }],
  ['culture and security talks', { scope: 'topic', total: 4 }],
  ['microservices talks', { first: 'the-deadly-sins-of-microservices', total: 4 }],
  ['what topics were covered', { kind: 'topics' }],
  // compounds and abbreviations
  ['multi sig', 'cryptocurrency-key-storage'],
  ['nodejs', 'container-mgmt-at-netflix'],
  ['newrelic', 'what-they-do-not-tell-you-about-microservices'],
  ['zoo keeper', 'what-they-do-not-tell-you-about-microservices'],
  ['virtual machines', 'container-mgmt-at-netflix'],
  ['service oriented architecture', 'the-deadly-sins-of-microservices'],
  ['working from home', 'learnings-from-a-culture-first-startup'],
  ['wfh', 'learnings-from-a-culture-first-startup'],
  ['behaviour driven development', 'the-deadly-sins-of-microservices'],
  ['ci', 'what-they-do-not-tell-you-about-microservices'],
  // more keywords
  ['hiring juniors', 'learnings-from-a-culture-first-startup'],
  ['quorum', 'cryptocurrency-key-storage'],
  ['key sharding', 'cryptocurrency-key-storage'],
  ['ansible vault', 'security-in-cloud-environments'],
  ['zookeeper', 'what-they-do-not-tell-you-about-microservices'],
  ['server sprawl', 'implementing-infrastructure-as-code'],
  ['fear of looking stupid', 'how-to-optimize-your-culture-for-learning'],
  ['neal ford', 'the-deadly-sins-of-microservices'],
  ['centralized logging', 'think-before-you-tool'],
  ['breaking up the monolith', 'what-they-do-not-tell-you-about-microservices'],
  ['which tools were recommended for secrets', 'security-in-cloud-environments'],
  ['what books were recommended', 'the-deadly-sins-of-microservices'],
  ['what problems did uber have', 'lessons-learned-on-ubers-journey-into-microservices'],
  ['docker or kubernetes', 'what-they-do-not-tell-you-about-microservices'],
  ['netflix or uber', { total: 2 }],
  // Comparing two: both talks, whichever first.
  ['compare the netflix and uber talks', { total: 2 }],
  ['netflix vs uber', { total: 2 }],
  ['difference between terraform and docker', { total: 2 }],
  ['anything else about microservices?', 'the-deadly-sins-of-microservices'],
  ['tl;dr of the coinbase talk', 'cryptocurrency-key-storage'],
  ['key takeaways from the buffer talk', 'learnings-from-a-culture-first-startup'],
  ['good morning bot, anything on terraform?', 'implementing-infrastructure-as-code'],
  ['where can I learn about infrastructure as code', 'implementing-infrastructure-as-code'],
  // A greeting is answered in kind (with what the bot knows), never with talks.
  ['good morning', { kind: 'help' }],
  ['thanks!', { kind: 'help' }],
  ['what conferences do you know?', { kind: 'events' }],
  ['talks by people from lyft', { first: 'security-in-cloud-environments', scope: 'company' }],
  // pasted paragraphs
  [
    'Our company keeps losing track of passwords and API keys in config files and the security team wants a proper secret management tool, did anyone at qcon talk about that?',
    'security-in-cloud-environments',
  ],
  [
    'my boss wants to know whether we should split our big monolith into smaller services like uber did, what were the lessons they learned',
    'lessons-learned-on-ubers-journey-into-microservices',
  ],
  [
    'We are hiring a lot of new engineers this year and I want to keep the culture we have, and I remember a startup talking about how they hire for culture fit. Which talk was that?',
    'learnings-from-a-culture-first-startup',
  ],
  [
    'Yesterday in standup somebody mentioned that there was a talk where a crypto exchange explained how they keep their keys offline in cold storage, do you know who gave it?',
    'cryptocurrency-key-storage',
  ],
  // days and times
  ['the last day', { scope: 'date', total: 2 }],
  ['morning talks', { scope: 'date', total: 4 }],
  ['who spoke on wednesday afternoon', { scope: 'date', focus: 'speakers', total: 2 }],
  ['6/14', { first: 'container-mgmt-at-netflix', scope: 'date' }],
  ['13.06.2016', { first: 'security-in-cloud-environments', scope: 'date' }],
  ['evening talks', 'none'],
  // Monday's one talk has no time: Monday's talks, said to match without "morning".
  ['monday morning talks', { first: 'security-in-cloud-environments', scope: 'date', total: 1 }],
  [
    'there was this talk about storing bitcoin private keys on usb sticks that are never connected to the internet, who gave it?',
    { first: 'cryptocurrency-key-storage', focus: 'speakers' },
  ],
  [
    'Hey team, just a reminder that the quarterly planning meeting moved to Thursday at 3pm, please update your calendars and bring your laptops',
    'none',
  ],
  [
    'My laptop keeps crashing when I run the test suite with too many parallel workers, is that a known issue with our setup?',
    'none',
  ],
  // the conference itself
  ['when was qcon', { kind: 'events' }],
  ['where was qcon held', { kind: 'events' }],
  ['qcon new york', { kind: 'events' }],
  ['qcon talks', { scope: 'list', total: 10 }],
  ['netflix talk at qcon', 'container-mgmt-at-netflix'],
  ['new relic', 'what-they-do-not-tell-you-about-microservices'],
  ['who organized qcon', 'none'],
  ['where is the venue', 'none'],
  ['when is lunch', 'none'],
  ["what's the wifi password", 'none'],
  ["what's the wifi password at qcon", 'none'],
  [
    'The weather was great and the food at the venue was good but the coffee was terrible and the wifi kept dropping during the afternoon sessions, also where do I submit expenses?',
    'none',
  ],
  [
    "I'm looking for a good recipe to bake bread with sourdough, my kids also like pizza on the weekend and we go to the park when the weather is nice.",
    'none',
  ],
  // not in the notes
  ['keynote', 'none'],
  ['who gave the keynote', 'none'],
  ['k8s', 'none'],
  ['ai', 'none'],
  // A coin's name is the field's: Coinbase's cryptocurrency keys are bitcoin's.
  ['bitcoin', 'cryptocurrency-key-storage'],
  // "Hoverfly is a proxy written in Go": Go the language, indexed as golang.
  ['golang', 'the-deadly-sins-of-microservices'],
  ['distributed tracing', 'none'],
  ['kafka or rabbitmq', 'none'],
  ['code review', 'none'],
  // Punctuation alone asks nothing yet: the help, which says how to ask.
  ['???', { kind: 'help' }],
  // A translation the built-in synonyms know, as "segurança" and "seguridad".
  ['Wie war der Vortrag über Sicherheit?', 'security-in-cloud-environments'],
  // In Chinese and Russian too (the languages' tables in src/language-subjects.ts).
  ['微服务', { first: 'what-they-do-not-tell-you-about-microservices', total: 4 }],
  ['мониторинг', { first: 'think-before-you-tool', total: 2 }],
  // chat questions on each talk's details, speakers and companies
  ['who is sharma podila', { first: 'container-mgmt-at-netflix', focus: 'speakers' }],
  ['emily reinhold talk', 'lessons-learned-on-ubers-journey-into-microservices'],
  ['uber microservices lessons', 'lessons-learned-on-ubers-journey-into-microservices'],
  ["what is buffer's culture like", 'learnings-from-a-culture-first-startup'],
  ['recurse center social rules', 'how-to-optimize-your-culture-for-learning'],
  ['hire attitude over skill', 'how-to-optimize-your-culture-for-learning'],
  ['prometheus', 'think-before-you-tool'],
  ['ansible vault secrets', 'security-in-cloud-environments'],
  ['confidant lyft', 'security-in-cloud-environments'],
  ['detecting secrets in source code', 'security-in-cloud-environments'],
  ['infrastructure as code website', 'implementing-infrastructure-as-code'],
  ['automation fear cycle', 'implementing-infrastructure-as-code'],
  ['sharing elements avoid monoliths', 'implementing-infrastructure-as-code'],
  ['neal ford slides', { first: 'the-deadly-sins-of-microservices', focus: 'slides' }],
  [
    'who spoke about culture',
    { first: 'how-to-optimize-your-culture-for-learning', focus: 'speakers' },
  ],
  ['secret managers', 'security-in-cloud-environments'],
  ['kubernetes operators', 'none'],
  // a kind of thing the notes only name by product
  ['which databases were discussed', 'what-they-do-not-tell-you-about-microservices'],
  ['database', 'what-they-do-not-tell-you-about-microservices'],
  ['message brokers', 'none'],
  // Go, a language the notes name (a proxy written in Go).
  ['languages', 'the-deadly-sins-of-microservices'],
];

export const FIXTURE_CHAT: [question: string, expected: Expected][] = [
  ['which databases were discussed', 'postgres-at-the-edge'],
  ['any talks on databases?', 'postgres-at-the-edge'],
  ['database', 'postgres-at-the-edge'],
  ['any talks about mysql', 'none'],
  ['is there anything on rabbitmq', 'none'],
  ['lukas brant', { first: 'zero-trust-zero-drama', corrected: true }],
  ['priya ramen', { first: 'threat-modelling-for-the-rest-of-us', corrected: true }],
  ['sam whitfeld', { first: 'observability-on-a-budget', corrected: true }],
  ['chloe martin', 'feature-flags-at-scale'],
  // chat questions on each talk's details, speakers and companies
  ['how do you keep terraform state small', 'terraform-modules-that-scale'],
  ['anything on backstage', 'golden-paths-without-the-guilt'],
  [
    'who talked about spotify squads',
    { first: 'golden-paths-without-the-guilt', focus: 'speakers' },
  ],
  ['tell me about reconciliation loops', 'kubernetes-operators-in-anger'],
  ['is there something about helm charts', 'kubernetes-operators-in-anger'],
  ['how did they do zero trust', 'zero-trust-zero-drama'],
  ['certificate rotation', 'zero-trust-zero-drama'],
  [
    'who works at monzo',
    { first: 'threat-modelling-for-the-rest-of-us', focus: 'speakers', scope: 'company' },
  ],
  [
    'who spoke about threat models',
    { first: 'threat-modelling-for-the-rest-of-us', focus: 'speakers' },
  ],
  ['attack trees', 'threat-modelling-for-the-rest-of-us'],
  ['stride workshop', 'threat-modelling-for-the-rest-of-us'],
  ['how much does prometheus cost', 'observability-on-a-budget'],
  ['tracing on a budget', 'observability-on-a-budget'],
  ['opentelemetry sampling', 'observability-on-a-budget'],
  ['blameless postmortems', 'what-nobody-tells-you-about-on-call'],
  ['pager fatigue and burnout', 'what-nobody-tells-you-about-on-call'],
  ['how to run incident response', 'what-nobody-tells-you-about-on-call'],
  ['what did doctolib present', { first: 'feature-flags-at-scale', scope: 'company' }],
  ['a/b tests', 'feature-flags-at-scale'],
  ['flaky tests quarantine', 'cicd-pipelines-that-do-not-hate-you'],
  ['build caching', 'cicd-pipelines-that-do-not-hate-you'],
  ['aws accounts', 'terraform-modules-that-scale'],
  ['read replicas in many regions', 'postgres-at-the-edge'],
  ['connection pooling', 'postgres-at-the-edge'],
  ['what is a projection in event sourcing', 'event-sourcing-in-practice'],
  ['mlops', 'machine-learning-in-production'],
  ['kubernetes talk slides', { first: 'kubernetes-operators-in-anger', focus: 'slides' }],
  ['slides on threat modelling', { first: 'threat-modelling-for-the-rest-of-us', focus: 'slides' }],
  ['video for observability', { first: 'observability-on-a-budget', focus: 'video' }],
  ['blockchain', 'none'],
  ['what about serverless on lambda', 'none'],
  ['hey, what was the spotify talk about?', 'golden-paths-without-the-guilt'],
  ['who is lindqvist', { scope: 'search', focus: 'speakers', total: 2 }],
  ['MARA LINDQVIST', { total: 2 }],
  ['lindkvist', { corrected: true, total: 2 }],
  ['priya raman talk', 'threat-modelling-for-the-rest-of-us'],
  ['what did doctolib talk about', { first: 'feature-flags-at-scale', scope: 'company' }],
  ['anything from ING?', { first: 'event-sourcing-in-practice', scope: 'company' }],
  [
    'can i get the slides for the postgres one pls',
    { first: 'postgres-at-the-edge', focus: 'slides' },
  ],
  ['is the zero trust talk recorded?', { first: 'zero-trust-zero-drama', focus: 'video' }],
  ['CRDs', 'kubernetes-operators-in-anger'],
  ['idempotency', 'kubernetes-operators-in-anger'],
  ['p99 latency', 'postgres-at-the-edge'],
  ['software bill of materials', 'threat-modelling-for-the-rest-of-us'],
  ['mutual tls', 'zero-trust-zero-drama'],
  ['service level objectives', 'observability-on-a-budget'],
  ['PRs', 'terraform-modules-that-scale'],
  ['oncall', 'what-nobody-tells-you-about-on-call'],
  ['blameless post-mortems', 'what-nobody-tells-you-about-on-call'],
  ['flaky test', 'cicd-pipelines-that-do-not-hate-you'],
  ['tail sampling', 'observability-on-a-budget'],
  ['security and data talks', { scope: 'topic', total: 5 }],
  ['operations and delivery sessions', { scope: 'topic', total: 4 }],
  ['talks on the first day', { scope: 'date', total: 5 }],
  ['who spoke on tuesday', { scope: 'date', focus: 'speakers', total: 5 }],
  ['11th of march', { scope: 'date', total: 5 }],
  [
    'Hi! I was at PlatformCon last week but missed a few sessions because I was stuck in a meeting. My team is thinking about moving our Postgres databases closer to users in different regions, and I heard someone talked about read replicas and replication. Could you point me to that talk and maybe the slides?',
    { first: 'postgres-at-the-edge', focus: 'slides' },
  ],
  [
    "So we've been struggling with our CI pipeline taking forever and tests randomly failing, and my manager asked me to look into what other companies do about it. Was there anything at the conference on that?",
    'cicd-pipelines-that-do-not-hate-you',
  ],
  [
    'someone mentioned measuring adoption instead of compliance for internal developer platforms, which talk was that?',
    'golden-paths-without-the-guilt',
  ],
  [
    'Honestly I did not go to any of the talks because I was at the booth the whole time talking to customers about our product, which is a database for time series, any idea what I missed?',
    'none',
  ],
  [
    'Hey team, just a reminder that the quarterly planning meeting moved to Thursday at 3pm, please update your calendars and bring your laptops',
    'none',
  ],
  ['which tools were used for flaky tests', 'cicd-pipelines-that-do-not-hate-you'],
  ['who works at spotify', { first: 'golden-paths-without-the-guilt', scope: 'company' }],
  ['link to the postgres slides', { first: 'postgres-at-the-edge', focus: 'slides' }],
  ['whos presenting on observability', { first: 'observability-on-a-budget', focus: 'speakers' }],
  ['where is platformcon', { kind: 'events' }],
  ['when is platformcon', { kind: 'events' }],
  ['platformcon talks', { scope: 'list', total: 12 }],
  ['best pizza in berlin', 'none'],
  ['who organized platformcon', 'none'],
  ['is there coffee', 'none'],
  ['where do I park', 'none'],
  ['gRPC', 'none'],
  ['kafka', 'none'],
  ['chatgpt', 'none'],
  // A question in German about a talk of the notes: German scaffolding carries no weight.
  ['Was gibt es zu Kubernetes?', 'kubernetes-operators-in-anger'],
  [
    "I'm looking for a good recipe to bake bread with sourdough, my kids also like pizza on the weekend and we go to the park when the weather is nice.",
    'none',
  ],
];

export const SHAPES_CHAT: [question: string, expected: Expected][] = [
  ['who is ines duarte', { first: 'software-that-ages-well', focus: 'speakers' }],
  ['keynote', { total: 2 }],
  ['who gave the keynote', { focus: 'speakers', total: 2 }],
  ['keynote on day 2', { first: 'keynote-2', scope: 'date', total: 1 }],
  // "Security" is a topic (a ### theme) of some posts; the talks of posts without topics that
  // are about security ("Securing the build pipeline") are listed with the topic's, so the
  // list is titled by the words, not the topic. A question that names it with other words
  // finds the talks with those words when no talk of the topic has them.
  ['security talks', { first: 'securing-the-build-pipeline', scope: 'search' }],
  ['security talks about passkeys', { first: 'passkeys-for-everyone', scope: 'search' }],
  ['any talks on supply chain security', { first: 'keynote-2', scope: 'search', total: 1 }],
  // Japanese, written without spaces: a word inside a longer one, a name, a whole sentence.
  ['ツールチェーン', 'rust-で書く-javascript-ツールチェーン'],
  ['ビルド', { first: 'rust-で書く-javascript-ツールチェーン', total: 1 }],
  ['山田', 'nodejs-のこれから'],
  ['Rustで書くツールチェーンについて教えて', 'rust-で書く-javascript-ツールチェーン'],
  // Korean joins particles to its words: "캐시" finds notes that say "캐시가".
  ['캐시', '대규모-트래픽-처리'],
  ['이지은', '모바일-앱-성능-개선'],
  // Three posts of the fixtures have a "Day 3": the talks of all three.
  ['day 3', { scope: 'date', total: 5 }],
  ['september 11', { first: 'schema-migrations-without-downtime', scope: 'date' }],
  ['shipping on fridays', 'shipping-on-fridays'],
  ['talks on friday', 'shipping-on-fridays'],
  ['ferrous labs', 'rust-for-embedded'],
  ['why is my ci slow', 'why-your-ci-is-slow'],
  ['documentation', 'writing-docs-people-read'],
  // Three fixtures have an accessibility talk: all three, whichever is first.
  ['a11y', { total: 3 }],
  ['outages', 'designing-for-the-next-outage'],
  ['holm', 'the-cost-of-meetings'],
  ['riverside devdays', { kind: 'events' }],
  // InfraCamp's first day is a Monday (its `Day 1 – Monday` heading).
  ['monday', { first: 'terraform-modules-that-age-well', scope: 'date' }],
];
