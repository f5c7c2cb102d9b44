"""Builds the ONNX graph of face-api's FaceRecognitionNet (the dlib ResNet-29 face descriptor).

face-api stores only weights; the architecture is code (faceRecognitionNet/FaceRecognitionNet.ts,
residualLayer.ts, convLayer.ts, scaleLayer.ts). This module writes that same computation:
input [N,150,150,3] RGB in 0..255, minus the mean RGB (122.782, 117.001, 104.298), divided by
255 (as @vladmandic/face-api's FaceRecognitionNet.forwardInput does; face-api.js divided by 256);
conv 7x7/2 valid; max pool 3/2; residual blocks; a stride-2 residual block averages the skip path
2x2/2, zero-pads it in channels and, where the conv path came out one pixel smaller,
zero-pads the conv path at the bottom and right; global average; a 256x128 matrix product.
Output "descriptor" [N,128] is not normalised.

The weights stay as the package stores them (uint8 codes with a scale and minimum per tensor,
6.4 MB instead of 22 MB as float32): the graph restores each one as q * scale + min in float64,
then casts to float32, exactly as tfjs-core does, and folds each conv layer's bias and
per-channel scale (x * weights + biases) into the conv weights. All of that depends on
initializers only, so ONNX Runtime folds it once when the session is created.
"""

import json
import os

import numpy as np

import tfjs_weights
from onnx import TensorProto

from onnx_graph import Graph

MEAN_RGB = (122.782, 117.001, 104.298)
INPUT_SIZE = 150
BLOCKS = [
    ("conv32_1", False), ("conv32_2", False), ("conv32_3", False),
    ("conv64_down", True), ("conv64_1", False), ("conv64_2", False), ("conv64_3", False),
    ("conv128_down", True), ("conv128_1", False), ("conv128_2", False),
    ("conv256_down", True), ("conv256_1", False), ("conv256_2", False),
    ("conv256_down_out", True),
]


def convert(manifest_path):
    with open(manifest_path, encoding="utf-8") as f:
        groups = json.load(f)
    weights = tfjs_weights.read_groups_raw(groups, os.path.dirname(manifest_path))
    net = _Net(weights)
    return net.build()


class _Net:
    def __init__(self, weights):
        self.w = weights
        self.used = set()
        self.g = Graph()

    def take(self, name):
        """The float32 tensor of one stored weight, dequantized inside the graph if needed."""
        self.used.add(name)
        raw, spec = self.w[name]
        quant = spec.get("quantization")
        safe = name.replace("/", "_")
        if quant is None:
            return self.g.tensor(raw, safe)
        if quant["dtype"] != "uint8":
            raise ValueError(f"{name}: unsupported quantization {quant['dtype']}")
        g, shape = self.g, list(raw.shape)
        codes = g.tensor(raw, safe + "_q")
        wide = g.op("Cast", [codes], shape, to=TensorProto.DOUBLE)
        scaled = g.op("Mul", [wide, g.tensor(np.array(quant["scale"], dtype=np.float64), safe + "_scale")], shape)
        shifted = g.op("Add", [scaled, g.tensor(np.array(quant["min"], dtype=np.float64), safe + "_min")], shape)
        return g.op("Cast", [shifted], shape, to=TensorProto.FLOAT)

    def build(self):
        g = self.g
        g.shapes["input"] = ["N", INPUT_SIZE, INPUT_SIZE, 3]
        x = g.op("Transpose", ["input"], ["N", 3, INPUT_SIZE, INPUT_SIZE], perm=[0, 3, 1, 2])
        mean = g.const(np.array(MEAN_RGB, dtype=np.float32).reshape(1, 3, 1, 1), "mean_rgb")
        x = g.op("Sub", [x, mean], g.shapes[x])
        x = g.op("Div", [x, g.const(np.array(255.0, dtype=np.float32), "divisor")], g.shapes[x])
        x = self.conv_layer(x, "conv32_down", stride=2, relu=True)
        x = g.pool("MaxPool", x, [3, 3], [2, 2], [0, 0, 0, 0])
        for prefix, down in BLOCKS:
            x = self.residual_down(x, prefix) if down else self.residual(x, prefix)
        n, c, _, _ = g.shapes[x]
        x = g.op("ReduceMean", [x], [n, c], axes=[2, 3], keepdims=0)
        fc = self.take("fc")
        out = g.op("MatMul", [x, fc], [n, 128])
        g.output(out, "descriptor")
        unused = sorted(set(self.w) - self.used)
        if unused:
            raise ValueError(f"weights not used by the architecture: {unused}")
        return g.model(
            "dlib_resnet_face_descriptor", [("input", ["N", INPUT_SIZE, INPUT_SIZE, 3])],
            [("descriptor", ["N", 128])],
            "dlib ResNet-29 face descriptor (dlib weights: public domain) as ported by "
            "@vladmandic/face-api 1.7.15 model/face_recognition_model (MIT), converted by tools/face-models")

    def conv_layer(self, x, prefix, stride, relu):
        g = self.g
        filters = self.take(f"{prefix}/conv/filters")
        bias = self.take(f"{prefix}/conv/bias")
        scale = self.take(f"{prefix}/scale/weights")
        shift = self.take(f"{prefix}/scale/biases")
        kh, kw, cin, cout = g.shapes[filters]
        scaled = g.op("Mul", [filters, scale], [kh, kw, cin, cout])
        weight = g.op("Transpose", [scaled], [cout, cin, kh, kw], perm=[3, 2, 0, 1])
        folded_bias = g.op("Add", [g.op("Mul", [bias, scale], [cout]), shift], [cout])
        pads = [0, 0, 0, 0] if stride == 2 else [kh // 2] * 4
        out = g.conv(x, weight, folded_bias, [stride] * 2, pads)
        return g.op("Relu", [out], g.shapes[out]) if relu else out

    def residual(self, x, prefix):
        out = self.conv_layer(x, f"{prefix}/conv1", stride=1, relu=True)
        out = self.conv_layer(out, f"{prefix}/conv2", stride=1, relu=False)
        out = self.g.op("Add", [out, x], self.g.shapes[out])
        return self.g.op("Relu", [out], self.g.shapes[out])

    def residual_down(self, x, prefix):
        g = self.g
        out = self.conv_layer(x, f"{prefix}/conv1", stride=2, relu=True)
        out = self.conv_layer(out, f"{prefix}/conv2", stride=1, relu=False)
        pooled = g.pool("AveragePool", x, [2, 2], [2, 2], [0, 0, 0, 0])
        _, pc, ph, pw = g.shapes[pooled]
        _, oc, oh, ow = g.shapes[out]
        if (ph, pw) != (oh, ow):
            if (ph - oh, pw - ow) != (1, 1):
                raise ValueError(f"{prefix}: face-api pads by one pixel only, got {ph - oh}x{pw - ow}")
            out = g.pad(out, [0, 0, 0, 0, 0, 0, 1, 1])
        if pc != oc:
            pooled = g.pad(pooled, [0, 0, 0, 0, 0, oc - pc, 0, 0])
        out = g.op("Add", [pooled, out], g.shapes[out])
        return g.op("Relu", [out], g.shapes[out])

