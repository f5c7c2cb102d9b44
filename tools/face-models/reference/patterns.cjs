'use strict';
// Deterministic test images, RGB, row-major HWC, one byte per channel. The Java golden test
// (org.amparo.face.model.GoldenPatterns) regenerates the same bytes: keep the two in step.

function noise(size, seed) {
  const out = new Uint8Array(size * size * 3);
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    out[i] = s >>> 24;
  }
  return out;
}

function tiles(size) {
  const out = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      for (let c = 0; c < 3; c++) out[(y * size + x) * 3 + c] = ((x >> 3) * 37 + (y >> 3) * 91 + c * 53) & 255;
    }
  }
  return out;
}

// A light background with a skin-toned ellipse, two dark eyes and a dark mouth: a crude face.
function face(size) {
  const out = new Uint8Array(size * size * 3);
  const cx = size >> 1, cy = size >> 1, rx = (size * 3) >> 3, ry = size >> 1;
  const eye = size >> 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x - cx, dy = y - cy;
      let rgb = [220, 220, 225];
      if (dx * dx * ry * ry + dy * dy * rx * rx <= rx * rx * ry * ry) rgb = [200, 150, 120];
      const ey = y - (cy - (size >> 3)), exl = x - (cx - (size >> 3) - (size >> 5)), exr = x - (cx + (size >> 3) + (size >> 5));
      if (ey * ey + exl * exl <= eye * eye || ey * ey + exr * exr <= eye * eye) rgb = [40, 30, 30];
      if (Math.abs(y - (cy + (size >> 2))) <= (size >> 5) && Math.abs(dx) <= (size >> 3)) rgb = [120, 40, 40];
      out.set(rgb, (y * size + x) * 3);
    }
  }
  return out;
}

const PATTERNS = { noise: (size) => noise(size, 20240601), tiles, face };
module.exports = { PATTERNS };
