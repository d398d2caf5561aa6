import { parseJsonLocated, parseYamlLocated, type LNode } from '../located.js';

const extensions = /\.(ya?ml|json|template)$/i;

/** Cheap pre-check on the name and first bytes: could this file be a template? */
export function sniffTemplate(file: string, head: string): boolean {
  return extensions.test(file) || /AWSTemplateFormatVersion/.test(head);
}

/** Whether the text is written as JSON (by its first significant character). */
export function isJsonText(text: string): boolean {
  return /^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
}

/**
 * Whether a file that failed to parse still looks like a template (so it is reported as an error
 * rather than skipped as some other YAML or JSON).
 */
export function looksLikeTemplate(text: string): boolean {
  return (
    /["']?AWSTemplateFormatVersion["']?\s*:/.test(text) ||
    /^["']?Resources["']?\s*:/m.test(text) ||
    /"Resources"\s*:\s*\{/.test(text)
  );
}

/** Mentions the top-level keys a template needs: a fast exit for most other files. */
export function mentionsTemplateKeys(text: string): boolean {
  return text.includes('AWSTemplateFormatVersion') || text.includes('Resources');
}

/**
 * The parsed document(s): JSON via jsonc-parser (exact positions), else every YAML document. A
 * `.yaml` file written in flow style (`{Resources: …}`) is not JSON: it falls back to YAML.
 */
export function parseDocuments(text: string, file: string): LNode[] {
  const body = text.replace(/^\uFEFF/, '');
  if (!isJsonText(body)) return parseYamlLocated(body, file);
  try {
    return [parseJsonLocated(body, file)];
  } catch (e) {
    if (/\.json$/i.test(file)) throw e;
    try {
      return parseYamlLocated(body, file);
    } catch {
      throw e;
    }
  }
}

/** For JSON: the top-level value by the native parser (fast), to reject non-templates cheaply. */
export function quickJsonRoot(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

export function quickIsTemplate(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const root = value as Record<string, unknown>;
  if ('AWSTemplateFormatVersion' in root) return true;
  const resources = root.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) return false;
  return Object.values(resources).some(
    (r) => r !== null && typeof r === 'object' && 'Type' in (r as Record<string, unknown>),
  );
}
