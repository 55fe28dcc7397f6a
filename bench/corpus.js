// Builds the benchmark corpus: one .txt file per news article in ../shared/data/geo/*/docs.jsonl
// (read at run time, written to a git-ignored folder; never committed).
'use strict';
const fs = require('fs');
const path = require('path');

const [shared, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
let count = 0;
for (const set of ['trnews', 'lgl', 'geowebnews', 'geovirus']) {
  const file = path.join(shared, 'data', 'geo', set, 'docs.jsonl');
  if (!fs.existsSync(file)) continue;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    if (!doc.text) continue;
    fs.writeFileSync(path.join(out, `${set}-${String(++count).padStart(4, '0')}.txt`), doc.text);
  }
}
console.log(`corpus: ${count} documents in ${out}`);
