/**
 * The shapes publishing answers with, plain types only, so the contract and the renderer can name them without
 * pulling in any Node code.
 */
import type { ArticleStatus } from '../domain/article.js';
import type { PublishPostStatus, PublishState, PublishTargetKind } from '../domain/publish-target.js';

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
  /** A static site's Git working tree (absolute) and its content folder (default content/posts), Hugo style. */
  readonly gitFolder?: { readonly folder: string; readonly contentDir?: string };
}

export interface PublishTargetView {
  readonly kind: PublishTargetKind;
  readonly site: string;
  readonly user: string;
  readonly preset: string;
  readonly postStatus: PublishPostStatus;
  /** Whether a password is stored for this site and user (the password itself never leaves the main side); a Git folder needs none. */
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
  /** A Git folder: the story's file in the repository and the commit that last changed it. */
  readonly path?: string | null;
  readonly commit?: string | null;
}

export interface PublishStoryPreview {
  readonly articleId: string;
  readonly headline: string;
  /** Why it cannot go; empty when it can. */
  readonly reasons: readonly string[];
  readonly warnings: readonly string[];
  /** The post on the site this would update; null: a new post. */
  readonly updates: number | null;
  /** A Git folder: the file this would rewrite; null: a new file. */
  readonly updatesPath?: string | null;
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

