"""Writes blazeface.onnx and dlib-resnet.onnx from the extracted npm packages.

Usage: convert.py HUMAN_PACKAGE_DIR FACE_API_PACKAGE_DIR OUTPUT_DIR
Needs only numpy and onnx (Debian: python3-numpy, python3-onnx); no TensorFlow.
"""

import os
import sys

import onnx

import blazeface
import dlib_resnet


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    human, face_api, out_dir = argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    models = {
        "blazeface.onnx": lambda: blazeface.convert(os.path.join(human, "models", "blazeface.json")),
        "dlib-resnet.onnx": lambda: dlib_resnet.convert(
            os.path.join(face_api, "model", "face_recognition_model-weights_manifest.json")),
    }
    for file_name, build in models.items():
        model = build()
        with open(os.path.join(out_dir, file_name), "wb") as f:
            f.write(model.SerializeToString())
        print(f"wrote {file_name}: {len(model.graph.node)} nodes, onnx {onnx.__version__}")


if __name__ == "__main__":
    main(sys.argv)
