"""A small builder for ONNX graphs in NCHW layout, shared by the two model converters.

Every tensor's static shape is tracked so that TensorFlow "SAME" padding can be written as the
explicit (possibly asymmetric) pads that ONNX Conv and MaxPool take. Node and initializer names
are deterministic, so the same weights always serialize to the same bytes.
"""

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 13
IR_VERSION = 7


class Graph:
    def __init__(self):
        self.nodes = []
        self.initializers = []
        self.shapes = {}
        self._counter = 0

    def fresh(self, prefix):
        self._counter += 1
        return f"{prefix}_{self._counter}"

    def const(self, array, prefix="const"):
        name = self.fresh(prefix)
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def tensor(self, array, prefix="const"):
        """An initializer whose shape is tracked like any computed tensor."""
        name = self.const(array, prefix)
        self.shapes[name] = list(array.shape)
        return name

    def op(self, op_type, inputs, shape, prefix=None, **attrs):
        out = self.fresh(prefix or op_type.lower())
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=out, **attrs))
        self.shapes[out] = list(shape)
        return out

    def conv(self, x, weight_oihw, bias, strides, pads, group=1):
        """Conv with explicit pads [top, left, bottom, right].

        weight_oihw and bias are float32 arrays, or tensor names already in the graph (then their
        shapes must be in self.shapes)."""
        n, _, h, w = self.shapes[x]
        if isinstance(weight_oihw, np.ndarray):
            weight_oihw = self.tensor(weight_oihw.astype(np.float32), "w")
        if isinstance(bias, np.ndarray):
            bias = self.tensor(bias.astype(np.float32), "b")
        out_channels, _, kh, kw = self.shapes[weight_oihw]
        oh = (h + pads[0] + pads[2] - kh) // strides[0] + 1
        ow = (w + pads[1] + pads[3] - kw) // strides[1] + 1
        inputs = [x, weight_oihw] + ([bias] if bias is not None else [])
        return self.op("Conv", inputs, [n, out_channels, oh, ow], prefix="conv",
                       kernel_shape=[kh, kw], strides=list(strides), pads=list(pads), group=group)

    def pool(self, op_type, x, kernel, strides, pads):
        n, c, h, w = self.shapes[x]
        oh = (h + pads[0] + pads[2] - kernel[0]) // strides[0] + 1
        ow = (w + pads[1] + pads[3] - kernel[1]) // strides[1] + 1
        return self.op(op_type, [x], [n, c, oh, ow], kernel_shape=list(kernel),
                       strides=list(strides), pads=list(pads))

    def pad(self, x, pads_nchw_begin_end):
        shape = self.shapes[x]
        begin, end = pads_nchw_begin_end[:4], pads_nchw_begin_end[4:]
        out_shape = [d if b + e == 0 else d + b + e for d, b, e in zip(shape, begin, end)]
        pads = self.const(np.array(pads_nchw_begin_end, dtype=np.int64), "pads")
        return self.op("Pad", [x, pads], out_shape, mode="constant")

    def output(self, x, name):
        """Names a graph output: an Identity node from tensor x to the given name."""
        self.nodes.append(helper.make_node("Identity", [x], [name], name=name))
        self.shapes[name] = self.shapes[x]
        return name

    def model(self, name, inputs, outputs, doc):
        """inputs/outputs: lists of (name, shape) where a dimension may be a symbolic string."""
        graph = helper.make_graph(
            self.nodes, name,
            [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in inputs],
            [helper.make_tensor_value_info(n, TensorProto.FLOAT, s) for n, s in outputs],
            initializer=self.initializers)
        model = helper.make_model(graph, producer_name="amparo-face-models", producer_version="1",
                                  opset_imports=[helper.make_opsetid("", OPSET)])
        model.ir_version = IR_VERSION
        model.doc_string = doc
        onnx.checker.check_model(model)
        return model


def same_pads(in_size, kernel, stride):
    """TensorFlow SAME padding along one axis: (before, after), extra padding at the end."""
    out = -(-in_size // stride)
    total = max((out - 1) * stride + kernel - in_size, 0)
    return total // 2, total - total // 2


def hwio_to_oihw(filters):
    return np.transpose(filters, (3, 2, 0, 1))
