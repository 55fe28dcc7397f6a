// Events as circles on one canvas, a single Leaflet layer: creating 10k L.circleMarker objects (each
// projected, bounded and indexed by Leaflet) took ~200 ms before anything showed; one pass over plain
// arrays draws them in a few. Clicks are hit-tested against the positions of the last draw.

const PADDING = 0.3; // drawn beyond each edge of the view, so a short pan shows no blank strip

let PointLayer;

/** A layer in `pane` drawing points { lat, lon, radius, fill, weight, item }; onClick(item, latLng). */
export function pointLayer(pane, onClick) {
  PointLayer ??= L.Layer.extend(methods);
  return new PointLayer(pane, onClick);
}

const methods = {
  initialize(pane, onClick) {
    L.setOptions(this, { pane });
    this._points = [];
    this._onClick = onClick;
    this._hits = { x: new Float32Array(0), y: new Float32Array(0), r: new Float32Array(0), index: new Int32Array(0), count: 0 };
  },

  onAdd(map) {
    this._canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated sitrep-points');
    this.getPane().appendChild(this._canvas);
    this._reset();
  },

  onRemove() {
    this._canvas.remove();
  },

  getEvents() {
    return { moveend: this._reset, resize: this._reset, zoomanim: this._animateZoom, click: this._click, mousemove: this._hover };
  },

  setPoints(points) {
    this._points = points;
    if (this._map) this._reset();
    return this;
  },

  // Canvas placed over the view (plus padding) in layer coordinates, then everything redrawn.
  _reset() {
    const map = this._map;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const origin = map.containerPointToLayerPoint(pad.multiplyBy(-1));
    const width = size.x + 2 * pad.x;
    const height = size.y + 2 * pad.y;
    const ratio = window.devicePixelRatio || 1;
    const canvas = this._canvas;
    L.DomUtil.setPosition(canvas, origin);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = width + 'px';
    canvas.style.height = height + 'px';
    this._origin = origin;
    this._bounds = L.latLngBounds(map.layerPointToLatLng(origin), map.layerPointToLatLng(origin.add([width, height])));
    this._draw(canvas.getContext('2d'), ratio, width, height);
  },

  _draw(ctx, ratio, width, height) {
    const map = this._map;
    const zoom = map.getZoom();
    const shift = map.getPixelOrigin().add(this._origin);
    const points = this._points;
    const hits = this._ensureHits(points.length);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.globalAlpha = 0.75;
    ctx.strokeStyle = '#222';
    let n = 0;
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      const at = map.project([p.lat, p.lon], zoom);
      const x = at.x - shift.x;
      const y = at.y - shift.y;
      if (x < -p.radius || y < -p.radius || x > width + p.radius || y > height + p.radius) continue;
      ctx.beginPath();
      ctx.arc(x, y, p.radius, 0, 2 * Math.PI);
      ctx.fillStyle = p.fill;
      ctx.fill();
      ctx.lineWidth = p.weight;
      ctx.stroke();
      hits.x[n] = x; hits.y[n] = y; hits.r[n] = p.radius; hits.index[n] = i;
      n++;
    }
    hits.count = n;
    ctx.globalAlpha = 1;
  },

  _ensureHits(length) {
    if (this._hits.index.length < length) {
      this._hits = { x: new Float32Array(length), y: new Float32Array(length), r: new Float32Array(length), index: new Int32Array(length), count: 0 };
    }
    return this._hits;
  },

  // Like Leaflet's own renderers: scale the last drawing about the zoom centre until moveend redraws it.
  _animateZoom(e) {
    const map = this._map;
    const scale = map.getZoomScale(e.zoom);
    const offset = map._latLngBoundsToNewLayerBounds(this._bounds, e.zoom, e.center).min;
    L.DomUtil.setTransform(this._canvas, offset, scale);
  },

  /** Index of the topmost point under a container point, or -1. */
  _pointAt(containerPoint) {
    const at = this._map.containerPointToLayerPoint(containerPoint).subtract(this._origin);
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
