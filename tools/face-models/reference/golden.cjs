'use strict';
// Runs the ORIGINAL TF.js networks on the pure-JS CPU backend of @tensorflow/tfjs and writes
// their raw outputs as little-endian float32 files: the golden files that the ONNX models
// must reproduce (amparo-face FaceModelsGoldenTest).
// Usage: NODE_PATH=$PWD/node_modules node golden.cjs HUMAN_PACKAGE_DIR FACE_API_PACKAGE_DIR OUT_DIR
const fs = require('fs');
const path = require('path');
const tf = require('@tensorflow/tfjs');
const { PATTERNS } = require('./patterns.cjs');

const BLAZEFACE_OUTPUTS = ['Identity:0', 'Identity_1:0', 'Identity_2:0', 'Identity_3:0'];

async function blazeface(humanDir, outDir) {
  const modelPath = path.join(humanDir, 'models', 'blazeface.json');
  const json = JSON.parse(fs.readFileSync(modelPath, 'utf8'));
  const bin = fs.readFileSync(path.join(humanDir, 'models', json.weightsManifest[0].paths[0]));
  const model = await tf.loadGraphModel({
    load: async () => ({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0].weights,
      weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
      format: json.format,
    }),
  });
  for (const [name, make] of Object.entries(PATTERNS)) {
    const pixels = make(256);
    const input = tf.tensor4d(Float32Array.from(pixels, (v) => v / 127.5 - 1), [1, 256, 256, 3]);
    const outputs = model.execute(input, BLAZEFACE_OUTPUTS);
    await write(path.join(outDir, `blazeface-${name}.f32`), outputs);
  }
}

async function faceRecognition(faceApiDir, outDir) {
  const faceapi = require(path.join(faceApiDir, 'dist', 'face-api.node-wasm.js'));
  await faceapi.tf.setBackend('cpu');
  await faceapi.tf.ready();
  if (faceapi.tf.getBackend() !== 'cpu') throw new Error('expected the tfjs CPU backend');
  await faceapi.nets.faceRecognitionNet.loadFromDisk(path.join(faceApiDir, 'model'));
  const names = Object.keys(PATTERNS);
  // one batch of all patterns, so that batching in the ONNX model is exercised as well
  const inputs = names.map((name) => faceapi.tf.tensor3d(Float32Array.from(PATTERNS[name](150)), [150, 150, 3]));
  const descriptors = await faceapi.nets.faceRecognitionNet.forward(inputs);
  await write(path.join(outDir, `dlib-resnet-${names.join('-')}.f32`), [descriptors]);
}

async function write(file, tensors) {
  const parts = [];
  for (const t of tensors) parts.push(Buffer.from((await t.data()).buffer));
  fs.writeFileSync(file, Buffer.concat(parts));
  console.log(`wrote ${path.basename(file)}: ${tensors.map((t) => `[${t.shape}]`).join(' ')}`);
}

async function main() {
  const [humanDir, faceApiDir, outDir] = process.argv.slice(2);
  if (!outDir) throw new Error('usage: golden.cjs HUMAN_PACKAGE_DIR FACE_API_PACKAGE_DIR OUT_DIR');
  await tf.setBackend('cpu');
  fs.mkdirSync(outDir, { recursive: true });
  console.log(`tfjs ${tf.version.tfjs}, backend ${tf.getBackend()}`);
  await blazeface(humanDir, outDir);
  await faceRecognition(faceApiDir, outDir);
}

main().catch((e) => { console.error(e); process.exit(1); });
