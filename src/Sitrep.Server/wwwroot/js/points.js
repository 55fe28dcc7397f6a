// Events as circles on one canvas layer (canvas-layer.js): creating 10k L.circleMarker objects (each
// projected, bounded and indexed by Leaflet) took ~200 ms before anything showed; one pass over plain
// arrays draws them in a few. Points are projected once (at zoom 0) and scaled per paint; circles of one
// style share one path, so the canvas fills and strokes once per style, not once per event. Clicks are
// hit-tested against the positions of the last paint.
import { canvasLayerClass } from './canvas-layer.js';

let PointLayer;

/** A layer in `pane` drawing points { lat, lon, radius, fill, weight, item }; onClick(item, latLng). */
export function pointLayer(pane, onClick) {
  PointLayer ??= canvasLayerClass().extend(methods);
  return new PointLayer(pane, onClick);
}

const methods = {
  initialize(pane, onClick) {
    canvasLayerClass().prototype.initialize.call(this, pane);
    this._points = [];
    this._onClick = onClick;
    this._hits = { x: new Float32Array(0), y: new Float32Array(0), r: new Float32Array(0), index: new Int32Array(0), count: 0 };
  },

  pointerEvents() {
    return { click: this._click, mousemove: this._hover };
  },

  setPoints(points) {
    this._points = points;
    this._projected = null;
    return this.redraw();
  },

  // Zoom-0 pixel coordinates of every point, and the points grouped by style (fill colour and stroke width).
  _project() {
    const points = this._points;
    const x = new Float64Array(points.length);
    const y = new Float64Array(points.length);
    const styles = new Map();
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      const at = this._map.project([p.lat, p.lon], 0);
      x[i] = at.x;
      y[i] = at.y;
      const key = p.fill + ' ' + p.weight;
      let group = styles.get(key);
      if (!group) styles.set(key, group = { fill: p.fill, weight: p.weight, members: [] });
      group.members.push(i);
    }
    this._projected = { x, y, styles: [...styles.values()] };
  },

  paint(ctx, { width, height, scale, shiftX, shiftY }) {
    if (!this._projected) this._project();
    const { x: px, y: py, styles } = this._projected;
    const points = this._points;
    if (this._hits.index.length < points.length) {
      this._hits = { x: new Float32Array(points.length), y: new Float32Array(points.length), r: new Float32Array(points.length), index: new Int32Array(points.length), count: 0 };
    }
    const hits = this._hits;
    ctx.strokeStyle = '#222';
    let n = 0;
    for (const style of styles) {
      ctx.beginPath();
      for (const i of style.members) {
        const r = points[i].radius;
        const x = px[i] * scale - shiftX;
        const y = py[i] * scale - shiftY;
        if (x < -r || y < -r || x > width + r || y > height + r) continue;
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
        hits.x[n] = x; hits.y[n] = y; hits.r[n] = r; hits.index[n] = i;
        n++;
      }
      ctx.globalAlpha = 0.75;
      ctx.fillStyle = style.fill;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = style.weight;
      ctx.stroke();
    }
    hits.count = n;
  },

  /** Index of the topmost point under a container point, or -1. */
  _pointAt(containerPoint) {
    const at = this.toCanvas(containerPoint);
    const h = this._hits;
    for (let k = h.count - 1; k >= 0; k--) {
      const dx = h.x[k] - at.x;
      const dy = h.y[k] - at.y;
      const r = h.r[k] + 2;
      if (dx * dx + dy * dy <= r * r) return h.index[k];
    }
    return -1;
  },

  _click(e) {
    const i = this._pointAt(e.containerPoint);
    if (i >= 0) this._onClick(this._points[i].item, L.latLng(this._points[i].lat, this._points[i].lon));
  },

  _hover(e) {
    this._map.getContainer().classList.toggle('over-point', this._pointAt(e.containerPoint) >= 0);
  },
};
