import { getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { SourceLocation } from '../model/location.js';
import type { LEntry, LMap, LNode, LScalar, LSeq, TreeLimits } from './located.js';
import { plainValue } from './yaml-core-schema.js';

/**
 * The fast YAML reader: js-yaml 5's flat event stream (offsets into the text, no node objects)
 * turned straight into the located tree, about half the cost of the `yaml` package's document.
 * It builds exactly the tree `parseYamlLocated` builds with `yaml` (kinds, YAML 1.2 core-schema
 * values, local tags, lines and columns of nodes and keys), and declines (returns undefined) on
 * anything it does not reproduce with certainty: syntax errors, anchors and aliases, merge keys,
 * `!!` and other unusual tags, directives, several documents, complex or tagged keys, empty nodes
 * outside a block mapping value. The caller then reads the file with `yaml`, which stays the parser
 * of record and gives the errors. A differential test holds the two readers equal.
 */
export function readYamlEvents(text: string, file: string, limits: TreeLimits): LNode[] | undefined {
  if (unusualCharacters.test(text) || (mayHoldMarker(text) && indentedMarker.test(text))) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: limits.maxDepth + 1 });
  } catch {
    return undefined;
  }
  return new EventTreeBuilder(text, file, limits).build(events);
}

/**
 * A byte-order mark (the caller strips a leading one), a carriage return not ending a line, a tab
 * (`yaml` and js-yaml differ on where tabs may stand as separation): rare in templates, left to `yaml`.
 */
const unusualCharacters = /[\uFEFF\t]|\r(?!\n)/;

/** js-yaml takes an indented `---` or `...` for a document marker; `yaml` does not. */
const indentedMarker = /^ +(?:---|\.\.\.)(?:[ \r\n]|$)/m;

/** The multi-line search above is slow on every file; most hold no `---` or `...` at all. */
function mayHoldMarker(text: string): boolean {
  return text.includes('---') || text.includes('...');
}

/** Thrown inside the builder to decline; never escapes `readYamlEvents`. */
const decline = Symbol('decline');

/** A tag the fast path keeps as written: CloudFormation short forms and other simple local tags. */
const simpleLocalTag = /^![A-Za-z][A-Za-z0-9_.:-]*$/;

const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

interface Frame {
  node: LMap | LSeq;
  depth: number;
  /** In a mapping: the key read, waiting for its value. */
  key?: string;
  keyLoc?: SourceLocation;
  /** Where the pending key's text ends (for an empty value's position). */
  keyEnd?: number;
  block: boolean;
}

class EventTreeBuilder {
  private readonly lineStarts: number[] = [0];
  private line = 0;
  private nodes = 0;
  /** End of the last text an event covered: where a block scalar's header search starts. */
  private cursor = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly limits: TreeLimits,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  build(events: Event[]): LNode[] | undefined {
    try {
      return this.run(events);
    } catch (e) {
      if (e === decline) return undefined;
      throw e;
    }
  }

  /** Offsets mostly grow: walk forward from the last line, binary search otherwise. */
  private loc(offset: number): SourceLocation {
    const starts = this.lineStarts;
    let line = this.line;
    if (starts[line]! > offset) {
      let lo = 0;
      let hi = line;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      line = lo;
    } else while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    this.line = line;
    return { file: this.file, line: line + 1, column: offset - starts[line]! + 1 };
  }

  /** The node's tag; `content` is where its content starts (or -1 when it has none). */
  private tag(e: { tagStart: number; tagEnd: number }, content: number): string | undefined {
    if (e.tagStart < 0) return undefined;
    const tag = this.text.slice(e.tagStart, e.tagEnd);
    if (!simpleLocalTag.test(tag)) throw decline;
    // A comment between a tag and its content: js-yaml reads `a: !T` `# c` `  x` as `!T x`, `yaml`
    // may reject it (found by the damaged-text property). A tag holds no `#`, so any is a comment.
    if (content > e.tagEnd && this.text.slice(e.tagEnd, content).includes('#')) throw decline;
    return tag;
  }

  private count(depth: number): void {
    if (++this.nodes > this.limits.maxNodes || depth > this.limits.maxDepth) throw decline;
  }

  private run(events: Event[]): LNode[] {
    const stack: Frame[] = [];
    let root: LNode | undefined;
    let documents = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      switch (e.type) {
        case 1:
          if (++documents > 1 || e.directives.length > 0) throw decline;
          break;
        case 2:
        case 3: {
          if (e.anchorStart >= 0) throw decline;
          const parent = stack[stack.length - 1];
          if (parent?.node.kind === 'map' && parent.key === undefined) throw decline; // complex key
          const depth = parent ? parent.depth + 1 : 0;
          this.count(depth);
          const tag = this.tag(e, e.start);
          const here = this.loc(e.start);
          const node: LMap | LSeq =
            e.type === 3 ? { kind: 'map', loc: here, entries: [] } : { kind: 'seq', loc: here, items: [] };
          if (tag) node.tag = tag;
          this.cursor = e.start + 1;
          if (parent) this.attach(parent, node);
          else root = node;
          stack.push({ node, depth, block: e.style === 1 });
          break;
        }
        case 4: {
          if (e.anchorStart >= 0) throw decline;
          const parent = stack[stack.length - 1];
          if (parent?.node.kind === 'map' && parent.key === undefined) {
            this.key(parent, e);
            break;
          }
          const depth = parent ? parent.depth + 1 : 0;
          this.count(depth);
          const node = this.scalar(e, parent);
          if (parent) this.attach(parent, node);
          else root = node;
          break;
        }
        case 5:
          throw decline; // aliases: the `yaml` reader expands them within its budget
        case 6:
          stack.pop();
          break;
      }
    }
    if (documents !== 1 || root === undefined) throw decline;
    return [root];
  }

  private key(parent: Frame, e: ScalarEvent): void {
    if (e.valueStart < 0 || e.tagStart >= 0 || e.style > DOUBLE_QUOTED) throw decline;
    const raw = getScalarValue(this.text, e);
    // `yaml` rejects implicit keys over 1024 characters; a merge key needs `yaml`'s merge handling.
    if (raw.length > 1000 || (e.style === PLAIN && raw === '<<')) throw decline;
    const start = e.style === PLAIN ? e.valueStart : this.quoteStart(e);
    parent.key = e.style === PLAIN ? keyString(plainValue(raw)) : raw;
    parent.keyLoc = this.loc(start);
    parent.keyEnd = e.valueEnd;
    this.cursor = e.valueEnd;
  }

  private quoteStart(e: ScalarEvent): number {
    const quote = e.style === SINGLE_QUOTED ? "'" : '"';
    if (this.text[e.valueStart - 1] !== quote) throw decline;
    return e.valueStart - 1;
  }

  private scalar(e: ScalarEvent, parent: Frame | undefined): LScalar {
    const tag = this.tag(e, e.valueStart);
    let start: number;
    let value: LScalar['value'];
    if (e.valueStart < 0) {
      // An empty value: `yaml` places it after the `:` and the spaces that follow.
      if (tag || !parent || parent.node.kind !== 'map' || !parent.block || parent.keyEnd === undefined)
        throw decline;
      start = this.emptyValueStart(parent.keyEnd);
      value = null;
    } else if (e.style === PLAIN) {
      start = e.valueStart;
      const raw = getScalarValue(this.text, e);
      value = tag ? raw : plainValue(raw);
      this.cursor = e.valueEnd;
    } else if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) {
      start = this.quoteStart(e);
      value = getScalarValue(this.text, e);
      this.cursor = e.valueEnd;
    } else {
      start = this.blockHeader(tag ? e.tagEnd : this.cursor, e.valueStart);
      // Keep chomping (`|+`) up to the end of the text: the two parsers count a last line of
      // spaces without a line break differently.
      if (/^.[1-9]?\+/.test(this.text.slice(start, start + 3)) && /^\s*$/.test(this.text.slice(e.valueEnd)))
        throw decline;
      value = getScalarValue(this.text, e);
      this.cursor = e.valueEnd;
    }
    const node: LScalar = { kind: 'scalar', loc: this.loc(start), value };
    if (tag) node.tag = tag;
    return node;
  }

  /** After a key ending at `keyEnd`: its closing quote, spaces, `:`, spaces; then the line must end. */
  private emptyValueStart(keyEnd: number): number {
    const m = /["']?[ ]*:[ ]*/y;
    m.lastIndex = keyEnd;
    if (!m.exec(this.text)) throw decline;
    const at = m.lastIndex;
    const next = this.text[at];
    if (next === undefined || next === '\n' || next === '\r' || (next === '#' && this.text[at - 1] === ' '))
      return at;
    throw decline;
  }

  /** `yaml` places a block scalar at its `|` or `>` header; js-yaml gives where the content starts. */
  private blockHeader(from: number, contentStart: number): number {
    const between = /["']?[ \t\r\n:?-]*([|>])/y;
    between.lastIndex = from;
    const m = between.exec(this.text);
    if (!m || between.lastIndex > contentStart) throw decline;
    return between.lastIndex - 1;
  }

  private attach(parent: Frame, node: LNode): void {
    if (parent.node.kind === 'seq') {
      parent.node.items.push(node);
      return;
    }
    const entry: LEntry = { key: parent.key!, keyLoc: parent.keyLoc!, value: node };
    parent.node.entries.push(entry);
    parent.key = undefined;
    parent.keyLoc = undefined;
    parent.keyEnd = undefined;
  }
}

/** A plain key as `yaml` turns it into a string: `String` of its core-schema value. */
function keyString(value: LScalar['value']): string {
  return String(value);
}
