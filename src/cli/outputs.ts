import { oneOf } from '../config.js';
import type { GateOutcome } from '../gate.js';
import { InputError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import type { TextOptions } from '../report/text.js';
import type { CliValues } from './options.js';

export interface RenderContext {
  report: Report;
  outcome: GateOutcome;
  text: Omit<TextOptions, 'outcome' | 'colour'>;
  /** The scan root relative to the repository root ('' when they are the same), for SARIF URIs. */
  rootFromRepository: string;
}

type Render = (context: RenderContext, colour: boolean) => string;

/**
 * Every output format: its renderer, loaded when a run writes that format (a run loads only the
 * reporters it uses: start-up, issue 16), and the `--<name>-file` flag that writes it beside the rest.
 */
const formats = {
  text: {
    file: undefined,
    load: async (): Promise<Render> => {
      const { renderText } = await import('../report/text.js');
      return (c, colour) => renderText(c.report, { ...c.text, colour, outcome: c.outcome });
    },
  },
  json: {
    file: 'json-file',
    load: async (): Promise<Render> => {
      const { renderJson } = await import('../report/json.js');
      return (c) => renderJson(c.report);
    },
  },
  // The job-summary form: no hidden comment marker, GitHub's 1 MiB budget.
  markdown: {
    file: 'markdown-file',
    load: async (): Promise<Render> => {
      const { renderMarkdown } = await import('../report/markdown.js');
      return (c) => renderMarkdown(c.report, { target: 'summary' });
    },
  },
  sarif: {
    file: 'sarif-file',
    load: async (): Promise<Render> => {
      const { renderSarif } = await import('../report/sarif.js');
      return (c) =>
        `${JSON.stringify(renderSarif(c.report, { rootFromRepository: c.rootFromRepository }), null, 2)}\n`;
    },
  },
  junit: {
    file: 'junit-file',
    load: async (): Promise<Render> => {
      const { renderJunit } = await import('../report/junit.js');
      return (c) => renderJunit(c.report);
    },
  },
  gitlab: {
    file: 'gitlab-file',
    load: async (): Promise<Render> => {
      const { renderGitlab } = await import('../report/gitlab.js');
      return (c) => renderGitlab(c.report);
    },
  },
} as const satisfies Record<string, { file: keyof CliValues | undefined; load: () => Promise<Render> }>;

export type Format = keyof typeof formats;
export const formatNames = Object.keys(formats) as Format[];

/** One report to write: a format, and a file (undefined: stdout). */
export interface Output {
  format: Format;
  file?: string;
  /** The flag that named the file, for an error writing it. */
  flag?: string;
}

/**
 * Which reports one run writes. The i-th `--output` belongs to the i-th `--format`; a format
 * without one goes to stdout (only one may). `--json-file` and its kin add a file each; without
 * any `--format`, the text report goes to stdout beside them.
 */
export function plannedOutputs(values: CliValues): Output[] {
  const named = (values.format ?? []).map((f) =>
    oneOf(f, formatNames, (what) => {
      throw new InputError(`--format ${what}`);
    }),
  );
  const files = values.output ?? [];
  const chosen = named.length ? named : (['text'] as Format[]);
  if (files.length > chosen.length)
    throw new InputError(
      `--output is given ${files.length} times for ${chosen.length} --format: give one --output per --format, in the same order`,
    );
  const outputs: Output[] = chosen.map((format, i) => ({
    format,
    ...(files[i] !== undefined && { file: files[i], flag: '--output' }),
  }));
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1)
    throw new InputError(
      `--format ${toStdout.map((o) => o.format).join(' and --format ')} would all go to stdout: give an --output FILE for all but one`,
    );
  for (const format of formatNames) {
    const flag = formats[format].file;
    const file = flag ? values[flag] : undefined;
    if (typeof file === 'string') outputs.push({ format, file, flag: `--${flag}` });
  }
  return outputs;
}

export async function render(output: Output, context: RenderContext, colour: boolean): Promise<string> {
  const render = await formats[output.format].load();
  return render(context, colour);
}
