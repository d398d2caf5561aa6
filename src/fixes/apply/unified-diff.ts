import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file, as `git diff` prints it (a/ and b/ prefixes, three lines of context). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
    context: 3,
  });
  // The library starts with an `Index`-style rule line that git does not print.
  return patch.replace(/^=+\n/, '');
}
