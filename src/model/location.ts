/** A place in a scanned file. Lines and columns are 1-based. `file` is relative to the scan root. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}
