// The country layer on one canvas (canvas-layer.js): every ring of the TopoJSON atlas is projected once
// (zoom 0) into a flat array, and each paint is one path filled and stroked once. L.geoJSON built ~180
// polygon objects with their own projection, clipping and simplification, redrawn in a later frame.
import { canvasLayerClass } from './canvas-layer.js';

let AtlasLayer;

/** A layer drawing the `countries` object of a TopoJSON topology (needs topojson-client). */
export function atlasLayer(topology) {
  AtlasLayer ??= canvasLayerClass().extend(methods);
  return new AtlasLayer(topology);
}

const methods = {
  initialize(topology) {
    canvasLayerClass().prototype.initialize.call(this, 'overlayPane');
    this._topology = topology;
  },

  // Rings as [x0, y0, x1, y1, ...] in zoom-0 pixels, each with its bounding box for culling.
  _project() {
    const countries = topojson.feature(this._topology, this._topology.objects.countries);
    const rings = [];
    for (const feature of countries.features) {
      const g = feature.geometry;
      if (!g) continue;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const polygon of polygons) {
        for (const ring of polygon) {
          const xy = new Float64Array(ring.length * 2);
          const box = [Infinity, Infinity, -Infinity, -Infinity];
          ring.forEach(([lon, lat], k) => {
            const p = this._map.project([lat, lon], 0);
            xy[2 * k] = p.x;
            xy[2 * k + 1] = p.y;
            box[0] = Math.min(box[0], p.x); box[1] = Math.min(box[1], p.y);
            box[2] = Math.max(box[2], p.x); box[3] = Math.max(box[3], p.y);
          });
          rings.push({ xy, box });
        }
      }
    }
    this._rings = rings;
  },

  paint(ctx, { width, height, scale, shiftX, shiftY }) {
    if (!this._rings) this._project();
    ctx.beginPath();
    for (const { xy, box } of this._rings) {
      if (box[2] * scale - shiftX < 0 || box[0] * scale - shiftX > width || box[3] * scale - shiftY < 0 || box[1] * scale - shiftY > height) continue;
      ctx.moveTo(xy[0] * scale - shiftX, xy[1] * scale - shiftY);
      for (let k = 2; k < xy.length; k += 2) ctx.lineTo(xy[k] * scale - shiftX, xy[k + 1] * scale - shiftY);
      ctx.closePath();
    }
    ctx.fillStyle = '#f3f1ea';
    ctx.fill();
    ctx.strokeStyle = '#777';
    ctx.lineWidth = 0.7;
    ctx.stroke();
  },
};
