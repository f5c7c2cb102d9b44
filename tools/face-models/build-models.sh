#!/usr/bin/env bash
# Produces the face models of amparo-face from the exact npm packages that hold them.
#
#   tools/face-models/build-models.sh            convert and write the models + SHA256SUMS
#   tools/face-models/build-models.sh --check    convert into a scratch folder and verify that the
#                                                result is byte for byte the committed models
#   tools/face-models/build-models.sh --golden   (re)write the golden outputs of the original
#                                                TF.js networks (Node, @tensorflow/tfjs CPU backend)
#
# Needs: npm (registry access), openssl, /usr/bin/python3 with Debian's python3-onnx and
# python3-numpy (no TensorFlow), and node for --golden.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
MODELS="$ROOT/amparo-face/src/main/resources/org/amparo/face/models"
GOLDEN="$ROOT/amparo-face/src/test/resources/golden/face-models"
WORK="${AMPARO_FACE_MODELS_WORK:-$HERE/.work}"
PYTHON="${PYTHON:-/usr/bin/python3}"

# name@version, the npm registry's integrity (sha512 of the tarball), folder under $WORK
PACKAGES=(
  "@vladmandic/human@3.3.6 sha512-Nr5mPfq1gQ+uKeXY5uM3Fj8UxvF5CEh2s6txM5wRThqaW0mF9huooOuZSrT8hhGho0hGaXLFdAwfD/2+teCv6A== human"
  "@vladmandic/face-api@1.7.15 sha512-WDMmK3CfNLo8jylWqMoQgf4nIst3M0fzx1dnac96wv/dvMTN4DxC/Pq1DGtduDk1lktCamQ3MIDXFnvrdHTXDw== face-api"
)

fetch() {
  local spec="$1" integrity="$2" dir="$3" tarball actual
  tarball="$(cd "$WORK" && npm pack "$spec" --silent | tail -n 1)"
  actual="sha512-$(openssl dgst -sha512 -binary "$WORK/$tarball" | base64 -w 0)"
  if [[ "$actual" != "$integrity" ]]; then
    echo "integrity mismatch for $spec: expected $integrity, got $actual" >&2
    exit 1
  fi
  rm -rf "${WORK:?}/$dir" && mkdir -p "$WORK/$dir"
  tar -xzf "$WORK/$tarball" -C "$WORK/$dir"
  echo "fetched $spec ($integrity)"
}

convert() {
  local out="$1"
  rm -rf "$out" && mkdir -p "$out"
  (cd "$HERE/converter" && "$PYTHON" convert.py "$WORK/human/package" "$WORK/face-api/package" "$out")
  (cd "$out" && sha256sum blazeface.onnx dlib-resnet.onnx > SHA256SUMS)
}

golden() {
  (cd "$HERE/reference" && npm ci --ignore-scripts --no-audit --no-fund --silent)
  NODE_PATH="$HERE/reference/node_modules" node "$HERE/reference/golden.cjs" \
    "$WORK/human/package" "$WORK/face-api/package" "$GOLDEN"
}

mkdir -p "$WORK"
for entry in "${PACKAGES[@]}"; do
  # shellcheck disable=SC2086
  fetch $entry
done

case "${1:-}" in
  --check)
    convert "$WORK/check"
    diff "$WORK/check/SHA256SUMS" "$MODELS/SHA256SUMS"
    cmp "$WORK/check/blazeface.onnx" "$MODELS/blazeface.onnx"
    cmp "$WORK/check/dlib-resnet.onnx" "$MODELS/dlib-resnet.onnx"
    echo "reconversion reproduces the committed models byte for byte:"
    cat "$MODELS/SHA256SUMS"
    ;;
  --golden)
    golden
    ;;
  "")
    convert "$MODELS"
    cat "$MODELS/SHA256SUMS"
    ;;
  *)
    echo "usage: $0 [--check|--golden]" >&2
    exit 2
    ;;
esac
