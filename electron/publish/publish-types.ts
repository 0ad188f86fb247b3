/**
 * The shapes publishing answers with, plain types only, so the contract and the renderer can name them without
 * pulling in any Node code.
 */
import type { ArticleStatus } from '../domain/article.js';
import type { PublishPostStatus, PublishState } from '../domain/publish-target.js';

export interface PayloadRow {
  readonly field: string;
  /** The REST API field it is sent as. */
  readonly target: string;
  readonly value: string;
}

/** Which stories, and where: a preset with a publish target, or a bare site (with the WordPress preset's style). */
export interface PublishRequest {
  readonly ids?: readonly string[];
  readonly status?: ArticleStatus;
  readonly preset?: string;
  readonly wordpress?: { readonly siteUrl: string; readonly user: string };
  readonly postStatus?: PublishPostStatus;
}

export interface PublishTargetView {
  readonly site: string;
  readonly user: string;
  readonly preset: string;
  readonly postStatus: PublishPostStatus;
  /** Whether a password is stored for this site and user (the password itself never leaves the main side). */
  readonly hasPassword: boolean;
}

export interface PublishStatusView {
  readonly articleId: string;
  readonly site: string;
  readonly state: PublishState;
  readonly url: string | null;
  readonly remoteId: number | null;
  readonly message: string | null;
  readonly attempts: number;
  readonly nextAttemptAt: string | null;
  readonly updatedAt: string;
}

export interface PublishStoryPreview {
  readonly articleId: string;
  readonly headline: string;
  /** Why it cannot go; empty when it can. */
  readonly reasons: readonly string[];
  readonly warnings: readonly string[];
  /** The post on the site this would update; null: a new post. */
  readonly updates: number | null;
  readonly fields: readonly PayloadRow[];
}

export interface PublishPreview {
  readonly target: PublishTargetView;
  readonly stories: readonly PublishStoryPreview[];
  readonly canGo: number;
  readonly total: number;
  readonly errors: readonly { readonly articleId: string; readonly reason: string }[];
}

export interface PublishReport {
  readonly target: PublishTargetView;
  readonly results: readonly PublishStatusView[];
  readonly blocked: readonly { readonly articleId: string; readonly headline: string; readonly reasons: readonly string[] }[];
  readonly warnings: readonly { readonly articleId: string; readonly warnings: readonly string[] }[];
  readonly errors: readonly { readonly articleId: string; readonly reason: string }[];
}

