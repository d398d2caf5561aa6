/**
 * The large data sets (the AWS-managed policy snapshot, the action catalogue) are files shipped
 * beside the bundle, read and parsed on first use so that start-up does not pay for them. The core
 * stays pure: the entry point provides the reader (src/data-files.ts), tests provide the same one.
 */
export type DataFileReader = (name: string) => string;

let reader: DataFileReader | undefined;

export function provideDataFiles(read: DataFileReader): void {
  reader = read;
}

/** The text of one data file (e.g. 'actions.json'); a missing reader is a packaging bug. */
export function readDataFile(name: string): string {
  if (!reader) throw new Error(`data file ${name} was needed before the entry point provided a reader`);
  return reader(name);
}
