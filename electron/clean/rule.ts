import type { Edit, WorkingCopy } from './working-copy.js';

export interface CleaningContext {
  readonly importedAt: Date;
}

/** A cleaning rule: a stable id, a one-line explanation the editor reads, and the edits it proposes. */
export interface CleaningRule {
  readonly id: string;
  readonly explanation: string;
  propose(copy: WorkingCopy, ctx: CleaningContext): readonly Edit[];
}
