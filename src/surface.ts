import type { Answer } from './answer.ts';
import type { Config } from './config.ts';
import type { Logger } from './log.ts';
import type { Completion } from './search/completions.ts';

/** What a surface may ask of the core: text in, Answer out. Adapters see nothing else. */
export interface Asker {
  ask(text: string, options?: { page?: number }): Answer;
  complete(typed: string, limit?: number): Completion[];
}

export interface SurfaceContext {
  asker: Asker;
  config: Config;
  logger: Logger;
}

/** A chat platform connection (Slack, Discord): started once, stopped on shutdown. */
export interface Surface {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds a surface when its credentials are configured, or returns undefined. */
export type SurfaceFactory = (context: SurfaceContext) => Surface | undefined;
