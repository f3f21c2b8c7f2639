/**
 * Does a JSON Schema accept less than an earlier one? For the schemas zod writes (objects,
 * arrays, records as `propertyNames`, strings, numbers, enums, consts, optional and nullable as
 * `anyOf`), lists every place where `after` refuses something `before` accepted: a removed
 * property or enum value, a newly required field, a tighter length, count or range, a changed
 * pattern or format. A keyword it does not know counts as narrowing, so nothing slips through
 * unexamined. Used by json-schema.test.ts against the committed schemas (docs/formats.md).
 */
export type JsonSchema = boolean | { [keyword: string]: unknown };

// Keywords that describe and do not constrain.
const META = new Set(['$schema', '$id', 'title', 'description', 'default', 'examples', '$comment']);
const LOWER = ['minLength', 'minItems', 'minimum', 'exclusiveMinimum', 'minProperties'];
const UPPER = ['maxLength', 'maxItems', 'maximum', 'exclusiveMaximum', 'maxProperties'];
const EXACT = ['pattern', 'format', 'multipleOf'];
const HANDLED = new Set([
  ...META,
  ...LOWER,
  ...UPPER,
  ...EXACT,
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'oneOf',
  'allOf',
]);

type Node = { [keyword: string]: unknown };
const isAnything = (schema: JsonSchema) =>
  schema === true || (typeof schema === 'object' && Object.keys(schema).every((k) => META.has(k)));
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const show = (value: unknown) => JSON.stringify(value);

function types(node: Node): Set<string> | undefined {
  if (node.type === undefined) return undefined;
  return new Set(Array.isArray(node.type) ? (node.type as string[]) : [node.type as string]);
}

function values(node: Node): unknown[] | undefined {
  if ('const' in node) return [node.const];
  if (Array.isArray(node.enum)) return node.enum;
  return undefined;
}

/** Every place where `after` accepts less than `before`, as `path: what`. */
export function narrowings(before: JsonSchema, after: JsonSchema, at = '$'): string[] {
  if (isAnything(after) || before === false) return [];
  if (after === false) return [`${at}: accepts nothing any more`];
  if (isAnything(before)) return [`${at}: accepted anything, now has rules`];
  const was = before as Node;
  const now = after as Node;
  const found: string[] = [];

  for (const keyword of Object.keys(now))
    if (!HANDLED.has(keyword) && show(now[keyword]) !== show(was[keyword]))
      found.push(`${at}: keyword ${keyword} is new or changed`);

  // A union: every option before must still be accepted by some option now.
  for (const union of ['anyOf', 'oneOf'] as const) {
    if (!(union in was) && !(union in now)) continue;
    const options = (node: Node) => (union in node ? (list(node[union]) as JsonSchema[]) : [node]);
    options(was).forEach((option, i) => {
      const best = options(now).map((candidate) => narrowings(option, candidate, `${at}|${i}`));
      if (!best.some((problems) => problems.length === 0))
        found.push(...best.reduce((a, b) => (b.length < a.length ? b : a)));
    });
    return found;
  }
  list(now.allOf).forEach((part, i) =>
    found.push(...narrowings((list(was.allOf)[i] ?? true) as JsonSchema, part as JsonSchema, `${at}&${i}`)),
  );

  const typesBefore = types(was);
  const typesNow = types(now);
  if (typesNow) {
    const lost = [...(typesBefore ?? ['any'])].filter(
      (t) => !typesNow.has(t) && !(t === 'integer' && typesNow.has('number')),
    );
    if (lost.length > 0) found.push(`${at}: no longer accepts type ${lost.join(', ')}`);
    // Nothing of what was accepted is left: the limits below would only repeat it.
    if (typesBefore && lost.length === typesBefore.size) return found;
  }

  const valuesNow = values(now);
  if (valuesNow) {
    const valuesBefore = values(was);
    if (!valuesBefore) found.push(`${at}: now only ${show(valuesNow)}`);
    else
      for (const value of valuesBefore)
        if (!valuesNow.some((v) => show(v) === show(value)))
          found.push(`${at}: value ${show(value)} no longer allowed`);
  }

  for (const keyword of LOWER)
    if (typeof now[keyword] === 'number' && !(Number(was[keyword]) >= (now[keyword] as number)))
      found.push(`${at}: ${keyword} raised from ${show(was[keyword])} to ${show(now[keyword])}`);
  for (const keyword of UPPER)
    if (typeof now[keyword] === 'number' && !(Number(was[keyword]) <= (now[keyword] as number)))
      found.push(`${at}: ${keyword} lowered from ${show(was[keyword])} to ${show(now[keyword])}`);
  for (const keyword of EXACT)
    if (now[keyword] !== undefined && show(now[keyword]) !== show(was[keyword]))
      found.push(`${at}: ${keyword} changed from ${show(was[keyword])} to ${show(now[keyword])}`);

  const requiredBefore = new Set(list(was.required));
  for (const name of list(now.required))
    if (!requiredBefore.has(name)) found.push(`${at}.${String(name)}: newly required`);

  const propsBefore = (was.properties ?? {}) as Record<string, JsonSchema>;
  const propsNow = (now.properties ?? {}) as Record<string, JsonSchema>;
  const extraNow = (now.additionalProperties ?? true) as JsonSchema;
  for (const [name, schema] of Object.entries(propsBefore)) {
    if (Object.hasOwn(propsNow, name)) found.push(...narrowings(schema, propsNow[name]!, `${at}.${name}`));
    else if (extraNow === false) found.push(`${at}.${name}: property removed`);
    else found.push(...narrowings(schema, extraNow, `${at}.${name}`));
  }
  const extraBefore = (was.additionalProperties ?? true) as JsonSchema;
  if (extraBefore !== false) found.push(...narrowings(extraBefore, extraNow, `${at}.*`));
  if ('propertyNames' in now)
    found.push(
      ...narrowings(
        (was.propertyNames ?? true) as JsonSchema,
        now.propertyNames as JsonSchema,
        `${at}{keys}`,
      ),
    );
  if ('items' in now)
    found.push(...narrowings((was.items ?? true) as JsonSchema, now.items as JsonSchema, `${at}[]`));
  return found;
}
