'use strict';
// The peer of amparo-bench's face throughput benchmark: the same two networks Amparo runs
// (MediaPipe BlazeFace from @vladmandic/human 3.3.6, face-api's dlib ResNet FaceRecognitionNet)
// under @vladmandic/face-api 1.7.15 on TensorFlow.js's WebAssembly backend (SIMD, one thread per
// worker), with the steps Amparo's FacePipeline takes: pad to a centred square, resize to 256,
// decode anchors, NMS at IoU 0.3, least-squares similarity alignment to dlib's 150x150 chip,
// embed, L2-normalise. Images are decoded (jpeg-js) before timing; detect + align + embed is timed.
//
// Usage: node face-bench.cjs --manifest manifest.csv [--workers 1] [--warmup-seconds 5]
//          [--seconds 10] [--descriptors 0]
// Prints on stdout, tab-separated: one line "result backend workers images seconds imagesPerSecond
// faces" (images summed over workers, seconds of the slowest, imagesPerSecond the sum of each
// worker's rate, faces found in the first --descriptors images), then per image of those with a
// face "descriptor file v1,...,v128" (the L2-normalised descriptor of the face nearest the image
// centre). Progress goes to stderr.
const fs = require('fs');
const path = require('path');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const ANCHORS = anchors();
const CHIP = [[47.549, 46.599], [100.476, 46.599], [74.013, 76.563], [74.013, 105.857]];
const OUTPUTS = ['Identity:0', 'Identity_1:0', 'Identity_2:0', 'Identity_3:0'];

function anchors() {
  const xy = [];
  for (const [stride, perCell] of [[16, 2], [32, 6]]) {
    for (let row = 0; row < 256 / stride; row++) {
      for (let col = 0; col < 256 / stride; col++) {
        for (let n = 0; n < perCell; n++) xy.push([stride * (col + 0.5), stride * (row + 0.5)]);
      }
    }
  }
  return xy;
}

function options(argv) {
  const o = { manifest: '', workers: 1, 'warmup-seconds': 5, seconds: 10, descriptors: 0 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in o) || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    o[key] = key === 'manifest' ? argv[i + 1] : Number(argv[i + 1]);
  }
  if (!o.manifest) throw new Error('usage: face-bench.cjs --manifest manifest.csv [--workers N] ...');
  return o;
}

function imageFiles(manifest) {
  const root = path.dirname(manifest);
  return fs.readFileSync(manifest, 'utf8').split('\n').slice(1)
    .filter((line) => line.trim()).map((line) => path.join(root, line.split(',')[0]));
}

// ---------------------------------------------------------------- worker: the pipeline
async function loadModels(faceapi) {
  const tf = faceapi.tf;
  await tf.setBackend('wasm');
  await tf.ready();
  if (tf.getBackend() !== 'wasm') throw new Error(`expected the wasm backend, got ${tf.getBackend()}`);
  const humanModels = path.join(__dirname, 'node_modules', '@vladmandic', 'human', 'models');
  const json = JSON.parse(fs.readFileSync(path.join(humanModels, 'blazeface.json'), 'utf8'));
  const bin = fs.readFileSync(path.join(humanModels, json.weightsManifest[0].paths[0]));
  const blazeface = await tf.loadGraphModel({
    load: async () => ({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0].weights,
      weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
      format: json.format,
    }),
  });
  const faceApiModels = path.join(__dirname, 'node_modules', '@vladmandic', 'face-api', 'model');
  await faceapi.nets.faceRecognitionNet.loadFromDisk(faceApiModels);
  return blazeface;
}

function decodeImage(file) {
  const jpeg = require('jpeg-js');
  const { width, height, data } = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: false });
  return { width, height, rgb: data };
}

// Bilinear sample, black beyond half a pixel outside the image (as amparo-face's RgbImage.sample).
function sample(img, x, y, c) {
  if (x < -0.5 || y < -0.5 || x > img.width - 0.5 || y > img.height - 0.5) return 0;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const clamp = (v, hi) => Math.min(Math.max(v, 0), hi);
  const xa = clamp(x0, img.width - 1);
  const xb = clamp(x0 + 1, img.width - 1);
  const ya = clamp(y0, img.height - 1);
  const yb = clamp(y0 + 1, img.height - 1);
  const at = (px, py) => img.rgb[(py * img.width + px) * 3 + c];
  const top = at(xa, ya) * (1 - fx) + at(xb, ya) * fx;
  const bottom = at(xa, yb) * (1 - fx) + at(xb, yb) * fx;
  return top * (1 - fy) + bottom * fy;
}

async function detect(tf, blazeface, img) {
  const side = Math.max(img.width, img.height);
  const left = (img.width - side) / 2;
  const top = (img.height - side) / 2;
  const outputs = tf.tidy(() => {
    const pixels = tf.tensor3d(img.rgb, [img.height, img.width, 3], 'int32').toFloat();
    const padX = side - img.width;
    const padY = side - img.height;
    const square = tf.pad(pixels, [[padY >> 1, padY - (padY >> 1)], [padX >> 1, padX - (padX >> 1)], [0, 0]]);
    const input = tf.image.resizeBilinear(square, [256, 256], false, true).div(127.5).sub(1).expandDims(0);
    return blazeface.execute(input, OUTPUTS);
  });
  const [s16, s8, r16, r8] = await Promise.all(outputs.map((t) => t.data()));
  tf.dispose(outputs);
  const toSource = (x, y) => [left + (x * side) / 256 - 0.5, top + (y * side) / 256 - 0.5];
  const found = [];
  for (let a = 0; a < ANCHORS.length; a++) {
    const fine = a < 512;
    const i = fine ? a : a - 512;
    const score = 1 / (1 + Math.exp(-(fine ? s16 : s8)[i]));
    if (score <= 0.5) continue;
    const r = (fine ? r16 : r8).subarray(i * 16, i * 16 + 16);
    const [ax, ay] = ANCHORS[a];
    const [x1, y1] = toSource(ax + r[0] - Math.abs(r[2]) / 2, ay + r[1] - Math.abs(r[3]) / 2);
    const [x2, y2] = toSource(ax + r[0] + Math.abs(r[2]) / 2, ay + r[1] + Math.abs(r[3]) / 2);
    const points = [0, 1, 2, 3].map((k) => toSource(ax + r[4 + 2 * k], ay + r[5 + 2 * k]));
    found.push({ box: [x1, y1, x2, y2], points, score });
  }
  return nms(found, 0.3);
}

function nms(found, maxIou) {
  const iou = (p, q) => {
    const w = Math.max(0, Math.min(p[2], q[2]) - Math.max(p[0], q[0]));
    const h = Math.max(0, Math.min(p[3], q[3]) - Math.max(p[1], q[1]));
    const area = (b) => (b[2] - b[0]) * (b[3] - b[1]);
    return (w * h) / (area(p) + area(q) - w * h);
  };
  const kept = [];
  for (const f of found.sort((p, q) => q.score - p.score)) {
    if (kept.every((k) => iou(k.box, f.box) <= maxIou)) kept.push(f);
  }
  return kept;
}

// Least-squares similarity from the keypoints to the chip template, then chip -> source sampling.
function align(img, points) {
  const n = points.length;
  const mean = (pts, k) => pts.reduce((s, p) => s + p[k], 0) / n;
  const [fx, fy, gx, gy] = [mean(points, 0), mean(points, 1), mean(CHIP, 0), mean(CHIP, 1)];
  let dot = 0;
  let cross = 0;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const [sx, sy, dx, dy] = [points[i][0] - fx, points[i][1] - fy, CHIP[i][0] - gx, CHIP[i][1] - gy];
    dot += sx * dx + sy * dy;
    cross += sx * dy - sy * dx;
    norm += sx * sx + sy * sy;
  }
  const [a, b] = [dot / norm, cross / norm];
  const [tx, ty] = [gx - (a * fx - b * fy), gy - (b * fx + a * fy)];
  const det = a * a + b * b;
  const [ia, ib] = [a / det, -b / det];
  const [itx, ity] = [-(ia * tx - ib * ty), -(ib * tx + ia * ty)];
  const chip = new Float32Array(150 * 150 * 3);
  for (let y = 0; y < 150; y++) {
    for (let x = 0; x < 150; x++) {
      const sx = ia * x - ib * y + itx;
      const sy = ib * x + ia * y + ity;
      for (let c = 0; c < 3; c++) chip[(y * 150 + x) * 3 + c] = sample(img, sx, sy, c);
    }
  }
  return chip;
}

async function analyze(faceapi, blazeface, img) {
  const tf = faceapi.tf;
  const faces = await detect(tf, blazeface, img);
  if (faces.length === 0) return [];
  const chips = faces.map((f) => tf.tensor3d(align(img, f.points), [150, 150, 3]));
  const descriptors = await faceapi.nets.faceRecognitionNet.forward(chips);
  const values = await descriptors.data();
  tf.dispose([...chips, descriptors]);
  return faces.map((f, i) => {
    const d = Array.from(values.subarray(i * 128, i * 128 + 128));
    const length = Math.hypot(...d);
    return { box: f.box, descriptor: d.map((v) => v / length) };
  });
}

function central(img, faces) {
  const distance = (f) => Math.hypot((f.box[0] + f.box[2]) / 2 - (img.width - 1) / 2,
    (f.box[1] + f.box[3]) / 2 - (img.height - 1) / 2);
  return faces.reduce((best, f) => (distance(f) < distance(best) ? f : best));
}

async function work() {
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js');
  const blazeface = await loadModels(faceapi);
  const images = workerData.files.map((file) => ({ file, img: decodeImage(file) }));
  const descriptors = {};
  let faces = 0;
  for (const { file, img } of images.slice(0, workerData.descriptors)) {
    const found = await analyze(faceapi, blazeface, img);
    faces += found.length;
    if (found.length > 0) descriptors[file] = central(img, found).descriptor;
  }
  parentPort.postMessage({ ready: true, backend: faceapi.tf.getBackend(), descriptors, faces });
  await new Promise((resolve) => parentPort.once('message', resolve));
  const run = async (seconds) => {
    const start = process.hrtime.bigint();
    let count = 0;
    let elapsed = 0;
    for (let i = workerData.offset; elapsed < seconds; i++, count++) {
      await analyze(faceapi, blazeface, images[i % images.length].img);
      elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    }
    return { count, elapsed };
  };
  await run(workerData.warmupSeconds);
  parentPort.postMessage(await run(workerData.seconds));
}

// ---------------------------------------------------------------- main: workers and the summary
async function main() {
  const o = options(process.argv.slice(2));
  const files = imageFiles(o.manifest);
  const workers = Array.from({ length: o.workers }, (_, w) => new Worker(__filename, {
    workerData: {
      files, offset: Math.floor((w * files.length) / o.workers), descriptors: w === 0 ? o.descriptors : 0,
      warmupSeconds: o['warmup-seconds'], seconds: o.seconds,
    },
  }));
  const next = (worker) => new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const ready = await Promise.all(workers.map(next));
  console.error(`face-bench: ${o.workers} worker(s) ready on ${ready[0].backend}, ${files.length} images decoded`);
  const results = workers.map(next);
  workers.forEach((w) => w.postMessage('go'));
  const done = await Promise.all(results);
  await Promise.all(workers.map((w) => w.terminate()));
  const images = done.reduce((s, r) => s + r.count, 0);
  const seconds = Math.max(...done.map((r) => r.elapsed));
  const rate = done.reduce((s, r) => s + r.count / r.elapsed, 0);
  const lines = [`result\t${ready[0].backend}\t${o.workers}\t${images}\t${seconds}\t${rate}\t${ready[0].faces}`];
  for (const [file, d] of Object.entries(ready[0].descriptors)) lines.push(`descriptor\t${file}\t${d.join(',')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (isMainThread) {
  main().catch((e) => { console.error(e); process.exit(1); });
} else {
  work().catch((e) => { console.error(e); process.exit(1); });
}
