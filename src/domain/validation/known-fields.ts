/**
 * Reading a file that a newer eBlomlådan wrote: fields this version does not know are taken out
 * before the strict schema checks the rest, and are handed back, so that the reader can tell the
 * user what it left out (docs/formats.md, "Compatibility"). Nothing else is tolerated: a known
 * field with a wrong type, length or value is still an error.
 *
 * Where `keep` says so (inside a questionnaire snapshot, whose key is computed from its whole
 * content), an unknown field is not dropped but put back, unchecked and unused, into the result,
 * so the snapshot keeps the key the writer gave it.
 */
import type * as z from 'zod/mini';

export type JsonPath = (string | number)[];

export type KnownResult<T> =
  | {
      ok: true;
      value: T;
      /** Unknown fields left out of `value`. */
      ignored: JsonPath[];
      /** Unknown fields kept in `value` as they were (see `keep`). */
      kept: JsonPath[];
    }
  | { ok: false; issues: z.core.$ZodIssue[] };

// One pass finds the unknown fields at every level zod reaches; a second one proves the rest valid.
const MAX_PASSES = 3;

const isRecord = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = Object.getOwnPropertyDescriptor(node, key)?.value;
  }
  return node;
}

/**
 * Parses `input` with `schema`, leaving out (or, where `keep(path)` holds, setting aside and
 * putting back) every object key the schema does not know. `input` is changed: pass a value the
 * caller owns, such as freshly parsed JSON.
 */
export function parseKnown<T>(
  schema: { safeParse: (input: unknown) => z.core.util.SafeParseResult<T> },
  input: unknown,
  keep: (path: readonly (string | number)[]) => boolean = () => false,
): KnownResult<T> {
  const ignored: JsonPath[] = [];
  const setAside: { path: JsonPath; value: unknown }[] = [];
  for (let pass = 1; ; pass++) {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      for (const { path, value } of setAside) {
        const owner = at(parsed.data, path.slice(0, -1));
        // defineProperty, not assignment: a key such as "__proto__" must stay a plain field.
        if (isRecord(owner))
          Object.defineProperty(owner, path[path.length - 1]!, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return { ok: true, value: parsed.data, ignored, kept: setAside.map((s) => s.path) };
    }
    const unknown = parsed.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
    if (unknown.length === 0 || pass === MAX_PASSES) return { ok: false, issues: parsed.error.issues };
    for (const issue of unknown) {
      const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      const owner = at(input, path);
      if (!isRecord(owner)) continue;
      for (const key of issue.keys) {
        const where = [...path, key];
        if (key !== '__proto__' && keep(where))
          setAside.push({ path: where, value: Object.getOwnPropertyDescriptor(owner, key)?.value });
        else ignored.push(where);
        delete owner[key];
      }
    }
  }
}

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  innerType?: unknown;
  in?: unknown;
};
const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/**
 * A path written as a pattern that is the same for every element of an array and every entry of
 * a record: `parts[0].answers["skola.franvaro"].mood` becomes `parts[].answers[].mood`. It follows
 * the schema to tell a record's keys (ids, which differ per entry) from an object's fields.
 */
export function pathPattern(schema: unknown, path: readonly (string | number)[]): string {
  let node: unknown = schema;
  let out = '';
  for (const key of path) {
    let def = defOf(node);
    while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'pipe')) {
      node = def.type === 'pipe' ? def.in : def.innerType;
      def = defOf(node);
    }
    if (def?.type === 'array' || typeof key === 'number') {
      out += '[]';
      node = def?.element;
    } else if (def?.type === 'record') {
      out += '[]';
      node = def.valueType;
    } else {
      const name = key.slice(0, 60);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) out += `[${JSON.stringify(name)}]`;
      else out += out === '' ? name : `.${name}`;
      node = def?.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    }
  }
  return out === '' ? '$' : out;
}
