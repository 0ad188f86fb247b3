/** A kill as the library records it (store/kill-register.ts), and an editor's lifting of it. */

export interface KillLift {
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

export interface KillEntry {
  /** The story that carried the notice (the kill item itself, stored as the newest version). */
  readonly noticeId: string;
  /** What said so: `pubstatus canceled`, or the advisory's own word. */
  readonly signal: string;
  /** The agency's reason, as it wrote it. */
  readonly reason: string;
  readonly at: string;
  /** Every story the kill reaches, the notice's own story first. */
  readonly affected: readonly string[];
  readonly lifted: KillLift | null;
}
