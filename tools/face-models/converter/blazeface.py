"""Converts the TF.js graph model of MediaPipe BlazeFace (as shipped by @vladmandic/human) to ONNX.

The TF.js graph is NHWC; the ONNX graph transposes its input once to NCHW, runs every
convolution in NCHW, and transposes back to NHWC before each Reshape so that the flattened
outputs keep TensorFlow's element order. Input and output names, shapes and values match the
TF.js model: input "input" [1,256,256,3] (pixels scaled to [-1,1]); outputs "Identity"
[1,512,1] and "Identity_1" [1,384,1] (score logits of the 16x16x2 and 8x8x6 anchors), and
"Identity_2" [1,512,16] and "Identity_3" [1,384,16] (box and keypoint regressors).
Only the operations this graph uses are supported; anything else stops the conversion.
"""

import base64
import json
import os

import numpy as np

import tfjs_weights
from onnx_graph import Graph, hwio_to_oihw, same_pads


def convert(model_json_path):
    with open(model_json_path, encoding="utf-8") as f:
        model = json.load(f)
    weights = tfjs_weights.read_groups(model["weightsManifest"], os.path.dirname(model_json_path))
    converter = _Converter(weights)
    for node in model["modelTopology"]["node"]:
        converter.visit(node)
    outputs = converter.outputs()
    return converter.graph.model(
        "blazeface", [("input", [1, 256, 256, 3])], outputs,
        "MediaPipe BlazeFace 256x256 from @vladmandic/human 3.3.6 models/blazeface.json (MIT), "
        "converted by tools/face-models")


def _attr_str(node, key):
    return base64.b64decode(node["attr"][key]["s"]).decode("ascii")


def _attr_ints(node, key):
    return [int(i) for i in node["attr"][key]["list"]["i"]]


def _strip(name):
    return name.split(":")[0].lstrip("^")


class _Converter:
    def __init__(self, weights):
        self.weights = weights
        self.graph = Graph()
        self.tensors = {}
        self.identities = {}

    def visit(self, node):
        op = node["op"]
        handler = getattr(self, "_" + op.lstrip("_"), None)
        if handler is None:
            raise ValueError(f"unsupported TF.js op {op} in node {node['name']}")
        handler(node)

    def outputs(self):
        return [(name, self.graph.shapes[t]) for name, t in sorted(self.identities.items())]

    def _input(self, node, i):
        return self.tensors[_strip(node["input"][i])]

    def _weight(self, node, i):
        return self.weights[_strip(node["input"][i])]

    def _Const(self, node):
        pass  # weights are read by name where they are used

    def _Placeholder(self, node):
        self.graph.shapes["input"] = [1, 256, 256, 3]
        self.tensors[node["name"]] = self.graph.op("Transpose", ["input"], [1, 3, 256, 256], perm=[0, 3, 1, 2])

    def _pads(self, node, x, kernel):
        strides = _attr_ints(node, "strides")[1:3]
        if _attr_str(node, "padding") == "VALID":
            return strides, [0, 0, 0, 0]
        _, _, h, w = self.graph.shapes[x]
        top, bottom = same_pads(h, kernel[0], strides[0])
        left, right = same_pads(w, kernel[1], strides[1])
        return strides, [top, left, bottom, right]

    def _FusedConv2D(self, node):
        fused = [base64.b64decode(s).decode("ascii") for s in node["attr"]["fused_ops"]["list"]["s"]]
        if fused not in (["BiasAdd"], ["BiasAdd", "Relu"]):
            raise ValueError(f"unsupported fused ops {fused}")
        x, filters, bias = self._input(node, 0), self._weight(node, 1), self._weight(node, 2)
        strides, pads = self._pads(node, x, filters.shape[:2])
        out = self.graph.conv(x, hwio_to_oihw(filters), bias, strides, pads)
        if fused[-1] == "Relu":
            out = self.graph.op("Relu", [out], self.graph.shapes[out])
        self.tensors[node["name"]] = out

    def _DepthwiseConv2dNative(self, node):
        x, filters = self._input(node, 0), self._weight(node, 1)
        kh, kw, channels, multiplier = filters.shape
        weight = np.transpose(filters, (2, 3, 0, 1)).reshape(channels * multiplier, 1, kh, kw)
        strides, pads = self._pads(node, x, (kh, kw))
        self.tensors[node["name"]] = self.graph.conv(x, weight, None, strides, pads, group=channels)

    def _MaxPool(self, node):
        x = self._input(node, 0)
        kernel = _attr_ints(node, "ksize")[1:3]
        strides, pads = self._pads(node, x, kernel)
        self.tensors[node["name"]] = self.graph.pool("MaxPool", x, kernel, strides, pads)

    def _Pad(self, node):
        x, paddings = self._input(node, 0), self._weight(node, 1)
        nchw = paddings[[0, 3, 1, 2]]
        self.tensors[node["name"]] = self.graph.pad(x, [int(v) for v in nchw[:, 0]] + [int(v) for v in nchw[:, 1]])

    def _AddV2(self, node):
        a, b = self._input(node, 0), self._input(node, 1)
        self.tensors[node["name"]] = self.graph.op("Add", [a, b], self.graph.shapes[a])

    def _Relu(self, node):
        x = self._input(node, 0)
        self.tensors[node["name"]] = self.graph.op("Relu", [x], self.graph.shapes[x])

    def _Reshape(self, node):
        x, shape = self._input(node, 0), self._weight(node, 1)
        n, c, h, w = self.graph.shapes[x]
        nhwc = self.graph.op("Transpose", [x], [n, h, w, c], perm=[0, 2, 3, 1])
        target = self.graph.const(shape.astype(np.int64), "shape")
        self.tensors[node["name"]] = self.graph.op("Reshape", [nhwc, target], [int(d) for d in shape])

    def _Identity(self, node):
        x = self._input(node, 0)
        name = node["name"]
        self.identities[name] = self.graph.output(x, name)

