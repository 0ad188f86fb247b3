/** A file that failed to import, kept in the library's quarantine with the reason. */
export interface QuarantineRecord {
  readonly key: string;
  readonly fileName: string;
  readonly reason: string;
  readonly at: string;
  /** Size of the kept bytes; null when the file could not be read (missing, too large, permission). */
  readonly size: number | null;
  /** Where the bytes are kept, or null. */
  readonly path: string | null;
}
