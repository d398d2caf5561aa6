/** Three-valued truth for static analysis: `maybe` when the input cannot decide. */
export type Tri = 'yes' | 'no' | 'maybe';

export function anyOf(values: Iterable<Tri>): Tri {
  let result: Tri = 'no';
  for (const v of values) {
    if (v === 'yes') return 'yes';
    if (v === 'maybe') result = 'maybe';
  }
  return result;
}

export function allOf(values: Iterable<Tri>): Tri {
  let result: Tri = 'yes';
  for (const v of values) {
    if (v === 'no') return 'no';
    if (v === 'maybe') result = 'maybe';
  }
  return result;
}

export function not(v: Tri): Tri {
  return v === 'yes' ? 'no' : v === 'no' ? 'yes' : 'maybe';
}
