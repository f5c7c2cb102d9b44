#!/usr/bin/env bash
# Refreshes the vendored offline basemap from the npm registry (npm client only).
# Natural Earth 4.1.0 Admin-0 countries 1:110m (public domain) as TopoJSON, via world-atlas (ISC);
# topojson-client (ISC) UMD build decodes it to GeoJSON in the browser (no JS build step).
# Usage: tools/fetch-basemap.sh [destination folder]; the default is the server's static/vendor/basemap.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:-$root/amparo-server/src/main/resources/static/vendor/basemap}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null )
echo "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97  $tmp/world-atlas-2.0.2.tgz
889fadb422f6236d0f8337a236ce6499f258b75e44b81733b13bd971067322bf  $tmp/topojson-client-3.1.0.tgz" | sha256sum -c --quiet
mkdir -p "$dest"
tar -xzf "$tmp/world-atlas-2.0.2.tgz" -C "$tmp" package/countries-110m.json package/LICENSE
cp "$tmp/package/countries-110m.json" "$dest/countries-110m.topo.json"
cp "$tmp/package/LICENSE" "$dest/LICENSE-world-atlas"
rm -rf "$tmp/package"
tar -xzf "$tmp/topojson-client-3.1.0.tgz" -C "$tmp" package/dist/topojson-client.min.js package/LICENSE
cp "$tmp/package/dist/topojson-client.min.js" "$dest/"
cp "$tmp/package/LICENSE" "$dest/LICENSE-topojson-client"
