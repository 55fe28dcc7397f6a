// Base of the map's own canvas layers (atlas.js, points.js): one canvas over the view plus a margin,
// redrawn after every move and scaled about the zoom centre while a zoom animates, as Leaflet's own
// renderers do. A subclass implements paint(ctx, view), where a zoom-0 pixel (x0, y0) from
// map.project(latLng, 0) lands at (x0 * view.scale - view.shiftX, y0 * view.scale - view.shiftY).
// Drawing plain arrays this way skips the per-feature objects, clipping and bookkeeping of L.Path.

const PADDING = 0.15; // drawn beyond each edge of the view, so a short pan shows no blank strip

let Base;

/** The base class (created on first use: Leaflet is a classic script loaded before the modules run). */
export function canvasLayerClass() {
  Base ??= L.Layer.extend({
    initialize(pane) {
      L.setOptions(this, { pane });
    },

    onAdd() {
      this._canvas = L.DomUtil.create('canvas', 'leaflet-zoom-animated');
      this.getPane().appendChild(this._canvas);
      this.redraw();
    },

    onRemove() {
      this._canvas.remove();
    },

    getEvents() {
      return { moveend: this.redraw, resize: this.redraw, zoomanim: this._animateZoom, ...this.pointerEvents?.() };
    },

    /** Places the canvas over the view (plus padding) and paints it afresh. */
    redraw() {
      const map = this._map;
      if (!map) return this;
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
      const crs = map.options.crs;
      const shift = map.getPixelOrigin().add(origin);
      const ctx = canvas.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      this.paint(ctx, { map, width, height, scale: crs.scale(map.getZoom()) / crs.scale(0), shiftX: shift.x, shiftY: shift.y });
      return this;
    },

    /** A container point in the coordinates of the last paint. */
    toCanvas(containerPoint) {
      return this._map.containerPointToLayerPoint(containerPoint).subtract(this._origin);
    },

    _animateZoom(e) {
      const map = this._map;
      const offset = map._latLngBoundsToNewLayerBounds(this._bounds, e.zoom, e.center).min;
      L.DomUtil.setTransform(this._canvas, offset, map.getZoomScale(e.zoom));
    },
  });
  return Base;
}
