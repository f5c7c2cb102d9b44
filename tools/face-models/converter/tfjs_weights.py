"""Reads TensorFlow.js weight shards (weights manifest + .bin files) into numpy arrays.

Format (tfjs-core io): each manifest group lists shard paths and weight entries in order; the
shards are concatenated and each weight takes prod(shape) elements of its stored dtype. A weight
with a "quantization" entry is stored as uint8/uint16 and restored as q * scale + min, which
tfjs computes in double precision and stores as float32; numpy does the same here so the
restored weights are bit-identical to what the TF.js runtime uses.
"""

import os

import numpy as np

_STORED = {"float32": np.dtype("<f4"), "int32": np.dtype("<i4"), "bool": np.dtype("u1")}
_QUANTIZED = {"uint8": np.dtype("u1"), "uint16": np.dtype("<u2"), "float16": np.dtype("<f2")}


def read_groups(groups, base_dir):
    """Returns {name: ndarray} for every weight of the given manifest groups, dequantized."""
    return {name: _restore(raw, spec) for name, (raw, spec) in read_groups_raw(groups, base_dir).items()}


def read_groups_raw(groups, base_dir):
    """Returns {name: (stored ndarray, manifest entry)}: quantized weights keep their codes."""
    weights = {}
    for group in groups:
        data = b"".join(_read(os.path.join(base_dir, p)) for p in group["paths"])
        offset = 0
        for spec in group["weights"]:
            raw = _stored(spec, data, offset)
            weights[spec["name"]] = (raw, spec)
            offset += raw.nbytes
        if offset != len(data):
            raise ValueError(f"shard size {len(data)} != weights size {offset} in {group['paths']}")
    return weights


def _read(path):
    with open(path, "rb") as f:
        return f.read()


def _stored(spec, data, offset):
    shape = [int(d) for d in spec["shape"]]
    count = int(np.prod(shape, dtype=np.int64)) if shape else 1
    quant = spec.get("quantization")
    stored = _STORED[spec["dtype"]] if quant is None else _QUANTIZED[quant["dtype"]]
    return np.frombuffer(data, dtype=stored, count=count, offset=offset).reshape(shape).copy()


def _restore(raw, spec):
    quant = spec.get("quantization")
    if quant is None:
        return raw
    if quant["dtype"] == "float16":
        values = raw.astype(np.float32)
    else:
        values = (raw.astype(np.float64) * float(quant["scale"]) + float(quant["min"])).astype(np.float32)
    return np.round(values).astype(np.int32) if spec["dtype"] == "int32" else values
