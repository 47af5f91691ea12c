// Expands a JSON-LD file with the jsonld processor (jsonld.js) and prints as JSON: the terms it expanded to (every
// property and type IRI), those that are not schema.org terms according to the schema-dts package's vocabulary,
// and the expanded document.
//
// Usage: node check-jsonld.mjs <file.jsonld> [base IRI]
//
// The network is not reachable here, so the context "https://schema.org" cannot be fetched. The document loader
// answers it with a stand-in, {"@vocab": "https://schema.org/"}, which maps every term into schema.org; the check
// that each term really is a schema.org term is therefore made against schema-dts's list of schema.org types and
// properties, not left to the context. Any other remote document is refused.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jsonld from 'jsonld';

const [input, base = 'https://example.org/timeline'] = process.argv.slice(2);
if (!input) {
  console.error('Usage: node check-jsonld.mjs <file.jsonld> [base IRI]');
  process.exit(2);
}

const schema = 'https://schema.org/';
const documentLoader = async url => {
  if (['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/'].includes(url)) {
    return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': schema } } };
  }
  throw new Error(`No network here: refusing to load ${url}`);
};

// schema.org's vocabulary as schema-dts types it: interface members are properties, "@type" leaves are types.
const require = createRequire(import.meta.url);
const typings = readFileSync(join(dirname(require.resolve('schema-dts/package.json')), 'dist', 'schema.d.ts'), 'utf8');
const properties = new Set([...typings.matchAll(/^\s+"([a-zA-Z]+)"\?:/gm)].map(m => m[1]));
const types = new Set([...typings.matchAll(/"@type": "([a-zA-Z]+)"/g)].map(m => m[1]));

const used = { properties: new Set(), types: new Set(), ids: new Set() };
const walk = node => {
  if (Array.isArray(node)) return node.forEach(walk);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '@type') (Array.isArray(value) ? value : [value]).forEach(t => used.types.add(t));
    else if (key === '@id') used.ids.add(value);
    else if (!key.startsWith('@')) used.properties.add(key);
    walk(value);
  }
};

let result;
try {
  const expanded = await jsonld.expand(JSON.parse(readFileSync(input, 'utf8')), { documentLoader, base });
  walk(expanded);
  const local = iri => iri.startsWith(schema) ? iri.slice(schema.length) : null;
  result = {
    error: null,
    properties: [...used.properties].sort(),
    types: [...used.types].sort(),
    unknownProperties: [...used.properties].filter(p => !properties.has(local(p))).sort(),
    unknownTypes: [...used.types].filter(t => !types.has(local(t))).sort(),
    vocabulary: { properties: properties.size, types: types.size },
    expanded,
  };
} catch (error) {
  result = { error: String(error) };
}
console.log(JSON.stringify(result, null, 2));
