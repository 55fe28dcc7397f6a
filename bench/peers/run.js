// Measures the JavaScript peers over a folder of .txt files: characters per second on one thread,
// after one warm-up pass, for at least SECONDS per peer. Prints one JSON line per peer.
'use strict';
const fs = require('fs');
const path = require('path');

const [folder, secondsArg] = process.argv.slice(2);
const seconds = Number(secondsArg || 5);
const texts = fs.readdirSync(folder).filter(f => f.endsWith('.txt')).sort()
  .map(f => fs.readFileSync(path.join(folder, f), 'utf8'));
const characters = texts.reduce((n, t) => n + t.length, 0);

function measure(name, work) {
  for (const t of texts) work(t); // warm-up
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    for (const t of texts) work(t);
    passes++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  } while (elapsed < seconds);
  console.log(JSON.stringify({ name, charactersPerSecond: passes * characters / elapsed, documents: texts.length }));
}

const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const wink = winkNLP(model);
const its = wink.its;
// Full wink pipeline (tokens, sentences, POS, entities, negation), reading entities out.
measure('wink-nlp', t => wink.readDoc(t).entities().out(its.detail));

const nlp = require('compromise');
// compromise: parse and tag, then read people and places.
measure('compromise', t => { const d = nlp(t); d.people().out('array'); d.places().out('array'); });
