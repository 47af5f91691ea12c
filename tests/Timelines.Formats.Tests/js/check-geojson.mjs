// Checks a GeoJSON file with @placemarkio/check-geojson (RFC 7946) and prints the verdict as JSON: whether it is
// valid, its issues, and how many features it has.
//
// Usage: node check-geojson.mjs <file.geojson>
import { readFileSync } from 'node:fs';
import { check, HintError } from '@placemarkio/check-geojson';

const [input] = process.argv.slice(2);
if (!input) {
  console.error('Usage: node check-geojson.mjs <file.geojson>');
  process.exit(2);
}

let result;
try {
  const geojson = check(readFileSync(input, 'utf8'));
  result = { valid: true, issues: [], type: geojson.type, features: geojson.features ? geojson.features.length : 0 };
} catch (error) {
  if (error instanceof HintError) {
    result = { valid: false, issues: error.issues.map(issue => ({ message: issue.message, from: issue.from, to: issue.to, severity: issue.severity })) };
  } else {
    result = { valid: false, issues: [{ message: String(error) }] };
  }
}
console.log(JSON.stringify(result, null, 2));
