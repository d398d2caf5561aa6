// STUB until the engine lands on main (CLI engineer owns this file): signature only.
import type { GateOptions } from './model/options.js';

export function parseConfig(_text: string, _fileName: string): Partial<GateOptions> {
  return {};
}
