/**
 * Counts lines forward through a text for offsets asked in increasing order: each newline is
 * looked at once, so a whole pass stays linear (also for one-line minified JSON).
 */
export class LineCounter {
  private line = 1;
  private lineStart = 0;
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf('\n');
  }

  /** 1-based line and column of `offset`; offsets must not decrease between calls. */
  at(offset: number): { line: number; column: number } {
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.line++;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.text.indexOf('\n', this.lineStart);
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
