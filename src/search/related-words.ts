import { termOf } from './analyze.ts';

/*
 * Related words: what a question's word also finds, ranked below the word itself, and the
 * broader subjects of two words. Kept apart from synonyms.ts, whose words mean the same.
 */

/**
 * Words that find a broader or neighbouring subject too, ranked below the word itself: a
 * "monitoring" question is answered by the talks that say monitoring first, then the
 * observability ones. One way (an "observability" question is not about every monitoring tool).
 * A related term may be two words or more ("zero trust"): a talk has it where its notes say the
 * words side by side (see `relatedPhrases`), found after the talks with the single words.
 */
const RELATED = new Map<string, string[]>([
  ['monitoring', ['observability']],
  ['monitor', ['observability']],
  ['alerting', ['observability']],
  ['ml', ['mlops']],
  ['mlops', ['ml']],
  ['genai', ['llm', 'llms', 'rag', 'finetuning', 'embeddings']],
  // A language model's talks by what is built on one: RAG, embeddings, agents' models.
  ['llm', ['genai', 'rag', 'retrieval augmented generation', 'embeddings', 'chatgpt', 'gpt']],
  ['llms', ['genai', 'rag', 'retrieval augmented generation', 'embeddings', 'chatgpt', 'gpt']],
  // A broad subject by the names of its parts: "ai" is the LLM, RAG, agent and fine-tuning
  // talks as well as those that say AI. Not "agents" or "prompt" alone: a monitoring agent, a
  // prompt reply are no AI.
  [
    'ai',
    [
      'llm',
      'llms',
      'genai',
      'ml',
      'rag',
      'finetuning',
      'copilot',
      'chatgpt',
      'gpt',
      'openai',
      'embeddings',
      'mlops',
      'machine learning',
      'language model',
      'language models',
      'neural network',
      'neural networks',
      'vector search',
      'vector database',
    ],
  ],
  ['oncall', ['incident', 'incidents']],
  // Site reliability by what its talks say: SLOs, on-call, incidents, error budgets.
  [
    'sre',
    [
      'slo',
      'slos',
      'sli',
      'slis',
      'oncall',
      'reliability',
      'incident',
      'incidents',
      'postmortem',
      'postmortems',
      'toil',
      'error budget',
      'error budgets',
    ],
  ],
  // Broader subjects, by the words of the field a talk on them uses. Never a word whose stem
  // another word shares ("managing", "managers": the "managed services" and "secret management"
  // of other talks), as a related word is looked up by its stem.
  [
    'leadership',
    ['leaders', 'leader', 'engineering manager', 'engineering managers', 'tech lead', 'tech leads'],
  ],
  ['burnout', ['oncall', 'wellbeing', 'toil']],
  // Engineering culture by what its talks are about: how people are hired, brought in, kept well.
  [
    'culture',
    [
      'hiring',
      'hire',
      'onboarding',
      'burnout',
      'blameless',
      'mentoring',
      'sponsorship',
      'psychological safety',
      'remote work',
    ],
  ],
  [
    'performance',
    [
      'pgo',
      'latency',
      'throughput',
      'benchmark',
      'benchmarks',
      'profiling',
      'load testing',
      'flame graphs',
    ],
  ],
  ['jvm', ['java', 'kotlin', 'scala', 'clojure', 'groovy']],
  ['embedded', ['microcontroller', 'microcontrollers', 'firmware', 'embassy', 'esp32']],
  ['lakehouse', ['iceberg', 'delta', 'hudi']],
  [
    'observability',
    [
      'opentelemetry',
      'otel',
      'tracing',
      'traces',
      'metrics',
      'structured logging',
      'golden signals',
    ],
  ],
  ['typing', ['mypy', 'pyright', 'typescript']],
  ['canary', ['rollouts', 'rollout', 'progressive']],
  ['ci', ['pipelines', 'cicd']],
  ['cd', ['rollouts', 'gitops', 'argocd']],
  [
    'frontend',
    [
      'css',
      'html',
      'react',
      'nextjs',
      'vue',
      'angular',
      'svelte',
      'accessibility',
      'a11y',
      'acessibilidade',
      'accessibilite',
      'microfrontends',
      'spa',
      'spas',
      'hydration',
      'bundler',
      'webpack',
      'vite',
      'jquery',
      'web components',
      'design system',
      'design systems',
      'server components',
    ],
  ],
  [
    'kubernetes',
    [
      'karpenter',
      'helm',
      'argo',
      'argocd',
      'istio',
      'kubectl',
      'kubelet',
      'operators',
      'crd',
      'crds',
      'kubebuilder',
      'kustomize',
      'crossplane',
      'pods',
      'ingress',
      'ingresses',
      'eks',
      'gke',
      'aks',
      'openshift',
    ],
  ],
  [
    'security',
    [
      'secrets',
      'passkeys',
      'passkey',
      'authentication',
      'authorization',
      'permission',
      'permissions',
      'zerotrust',
      'vulnerability',
      'vulnerabilities',
      'cve',
      'cves',
      'sbom',
      'threat',
      'threats',
      'oauth',
      'sso',
      'mtls',
      'encryption',
      'sandbox',
      'sandboxing',
      'zero trust',
      'supply chain',
      'least privilege',
      'access control',
    ],
  ],
  // Signing in and what one may do, by the ways the notes name them: "authentication" is the
  // login, passkey and single sign-on talks; "authorization" the roles and permissions ones.
  [
    'authentication',
    ['login', 'passwordless', 'passkeys', 'passkey', 'webauthn', 'sso', 'oauth', 'mfa'],
  ],
  [
    'authorization',
    ['rbac', 'abac', 'permissions', 'permission', 'access control', 'least privilege'],
  ],
  ['mfa', ['passkeys', 'passkey', 'webauthn', 'totp', 'hardware keys', 'security keys']],
  ['debugging', ['debugger', 'debuggers']],
  // Formatting and linting code by the tools the notes name ("rustfmt", "Prettier", "Clippy").
  ['formatting', ['formatter', 'formatters', 'rustfmt', 'gofmt', 'prettier', 'clang-format']],
  ['linting', ['linter', 'linters', 'eslint', 'clippy', 'rubocop', 'pylint', 'ruff', 'ktlint']],
  // Short forms whose long form is two words: talks that write it out come after those with
  // the short form ("DX": "developer experience"; "GC": "garbage collectors").
  ['dx', ['developer experience']],
  ['gc', ['garbage collection', 'garbage collector', 'garbage collectors']],
  // Policy as code by its engines, where the notes name only the engine.
  ['pac', ['opa', 'kyverno', 'rego', 'gatekeeper', 'conftest', 'cedar']],
  // Infrastructure as code by its tools, where the notes name only the tool.
  ['iac', ['terraform', 'opentofu', 'pulumi', 'cloudformation', 'crossplane', 'ansible']],
]);

/**
 * Each related word's broader subject and the other words of it: "passkeys" is a security word,
 * as "secrets" is; "karpenter" a Kubernetes one. Built once from RELATED.
 */
const FAMILY = new Map<string, string[]>();
for (const [broad, all] of RELATED) {
  const narrower = all.filter((word) => !isPhrase(word));
  for (const word of narrower) {
    const term = termOf(word) ?? word;
    const family = FAMILY.get(term) ?? [];
    for (const other of [broad, ...narrower])
      if (other !== word && !family.includes(other)) family.push(other);
    FAMILY.set(term, family);
  }
}

/**
 * Two words that name one broad subject, and the words a talk on it uses: "platform
 * engineering" is the Backstage and paved-road talks, "static typing" the type-hint and mypy
 * ones. Found below a talk with the two words themselves (see `PHRASE_WEIGHT` in
 * talk-index.ts); the first list is the words that count as fully as the phrase.
 */
export const BROADER_PHRASES: [phrase: string, own: string[], related: string[]][] = [
  [
    'platform engineering',
    ['platform', 'platforms'],
    ['backstage', 'idp', 'paved', 'golden', 'crossplane', 'operators'],
  ],
  [
    'engineering culture',
    ['culture', 'hiring', 'hire', 'onboarding', 'blameless'],
    ['burnout', 'mentoring', 'sponsorship', 'psychological safety', 'remote work'],
  ],
  [
    'data engineering',
    // Not "pipelines" as fully as the phrase: a hiring "pipeline", an image "pipeline" are
    // other talks' words; the data talks name their tools.
    ['etl', 'elt', 'dagster', 'airflow'],
    [
      'iceberg',
      'lakehouse',
      'polars',
      'pandas',
      'spark',
      'dbt',
      'warehouse',
      'streaming',
      'flink',
      'data pipelines',
      'data contracts',
      'pipelines',
    ],
  ],
  [
    'incident response',
    ['incident', 'incidents'],
    ['postmortem', 'postmortems', 'oncall', 'outage', 'outages'],
  ],
  ['developer portal', ['backstage', 'idp'], ['platform']],
  ['developer portals', ['backstage', 'idp'], ['platform']],
  ['static typing', ['typing', 'mypy', 'pyright'], ['typescript', 'types', 'typed']],
  ['type checking', ['mypy', 'pyright', 'typing'], ['typescript', 'typed']],
  ['secrets management', ['secrets', 'secret', 'vault'], ['credentials', 'rotation']],
  ['secret management', ['secrets', 'secret', 'vault'], ['credentials', 'rotation']],
  ['web accessibility', ['accessibility', 'a11y', 'acessibilidade', 'accesibilidad'], ['wcag']],
  ['engineering management', ['managing', 'managers', 'manager'], ['leadership', 'leaders']],
  ['embedded rust', ['embassy', 'microcontroller', 'microcontrollers'], ['firmware', 'esp32']],
  ['deployment strategies', ['rollouts', 'canary', 'progressive'], ['gitops', 'argocd']],
  ['deployment strategy', ['rollouts', 'canary', 'progressive'], ['gitops', 'argocd']],
  ['canary releases', ['canary', 'rollouts'], ['progressive']],
  ['canary release', ['canary', 'rollouts'], ['progressive']],
  ['ci cd', ['ci', 'cd', 'cicd'], ['pipelines', 'rollouts', 'gitops']],
  ['continuous delivery', ['delivery', 'cd', 'cicd'], ['rollouts', 'gitops', 'argocd']],
  ['continuous deployment', ['deployment', 'deployments', 'cd', 'cicd'], ['rollouts', 'gitops']],
  ['continuous integration', ['ci', 'cicd'], ['pipelines']],
  ['node js', ['node', 'nodejs'], []],
];

/** A related term of two words or more ("zero trust"). */
function isPhrase(term: string): boolean {
  return term.includes(' ');
}

/** RELATED's single words, and its phrases apart: the index finds words, phrases are read. */
const RELATED_WORDS = new Map(
  [...RELATED].map(([word, related]) => [word, related.filter((term) => !isPhrase(term))]),
);
const RELATED_PHRASES = new Map(
  [...RELATED]
    .map(([word, related]) => [word, related.filter(isPhrase)] as const)
    .filter(([, phrases]) => phrases.length > 0),
);

/** Words a question's word also finds, below it (see RELATED): single words. */
export function relatedTo(word: string): string[] {
  // "SREs", "PMs": an abbreviation's plural is the abbreviation's words.
  const one = word.length <= 5 && word.endsWith('s') ? RELATED_WORDS.get(word.slice(0, -1)) : [];
  return RELATED_WORDS.get(word) ?? one ?? [];
}

/**
 * Related terms of two words or more ("security": "zero trust", "supply chain"), as written:
 * found where a talk's notes have the words side by side, after the talks `relatedTo` finds.
 */
export function relatedPhrases(word: string): string[] {
  return RELATED_PHRASES.get(word) ?? [];
}

/**
 * The broader subject of a word and that subject's other words ("passkeys": security, secrets,
 * authentication…): what a talk like one on it shares with it, when not the word itself.
 */
export function familyOf(word: string): string[] {
  return FAMILY.get(termOf(word) ?? word) ?? [];
}
