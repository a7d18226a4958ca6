import { isFieldTerm } from './field-terms.ts';
import { isGivenName } from './given-names.ts';

/**
 * "Apache Kafka", "Spring Boot", "Kafka Streams", "AWS Lambda", "Project Loom": two or three
 * capitalised words that read as a name, but name a product or a technology — by a vendor's or
 * platform's word first, a product's kind of thing last, or a term the search knows ("Service
 * Mesh", "Machine Learning"). No person: "Apache Kafka is the backbone …" names no speaker, nor
 * does "Going Reactive - Spring Boot". Not where the first word is a given name ("Julia Evans",
 * "Ruby Li"): a person may bear such a word.
 */
export function namesProduct(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (words.length < 2 || words.length > 3 || isGivenName(first)) return false;
  const last = words.at(-1) ?? '';
  return VENDOR.has(first) || KIND_OF_THING.has(last) || isFieldTerm(words.join(' '));
}

/** Words that open a product's name: a vendor, a foundation, a platform or language. */
const VENDOR = new Set(
  'Apache Spring Eclipse Google AWS Amazon Azure Microsoft Oracle Jakarta Kotlin Java Android Docker GitHub GitLab Mozilla IBM Kafka Kubernetes Istio Envoy Terraform Ansible Postgres PostgreSQL MySQL Redis MongoDB Elastic Quarkus Micronaut Helidon Node React Vue Angular Svelte Nuxt Python Rust Flutter Deno Unreal Project Cloud Visual Jetpack Firebase Vercel Netlify Cloudflare Databricks Snowflake Confluent Grafana Prometheus OpenTelemetry Argo Flux Tekton Backstage Dapr Knative Linux Windows Apple Meta OpenAI Hugging LangChain TensorFlow PyTorch'.split(
    ' ',
  ),
);

/** Words that close a product's name: what kind of thing it is. */
const KIND_OF_THING = new Set(
  'Boot Cloud Data Streams Native Core Framework Server Studio Engine Functions Mesh Batch Integration SDK API APIs UI DB Lambda Pipelines Actions Compose Router Gateway Platform Copilot Workers Components Containers Serverless Runtime Compiler Toolkit Database Operator Operators Controller Lakehouse Registry Console Security Observability Reactive WebFlux Modules Connect Kubernetes Query Signals'.split(
    ' ',
  ),
);
