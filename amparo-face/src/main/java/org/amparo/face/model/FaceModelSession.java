package org.amparo.face.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ONNX Runtime session of a {@link FaceModel}, configured for a shared CPU: one intra-op and
 * one inter-op thread and no spinning (two spinning sessions on two cores ran three times slower),
 * all graph optimisations on. Parallelism comes from running several sessions or several calls.
 *
 * <p>Thread-safe: ONNX Runtime allows concurrent {@code run} calls on one session. Close it once,
 * when no call is in flight.
 */
public final class FaceModelSession implements AutoCloseable {
    private final FaceModel model;
    private final OrtEnvironment environment;
    private final OrtSession session;

    private FaceModelSession(FaceModel model, OrtEnvironment environment, OrtSession session) {
        this.model = model;
        this.environment = environment;
        this.session = session;
    }

    /**
     * Opens a session of the given model (its SHA-256 is checked first).
     *
     * @throws FaceModelException when ONNX Runtime cannot load the model
     */
    public static FaceModelSession open(FaceModel model) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            return new FaceModelSession(model, environment, environment.createSession(model.bytes(), options));
        } catch (OrtException e) {
            throw new FaceModelException("cannot load " + model.fileName(), e);
        }
    }

    /** The model this session runs. */
    public FaceModel model() {
        return model;
    }

    /**
     * Runs the model on one float input and returns the named outputs, flattened in row-major
     * order, in the order asked for.
     *
     * @param input the input values, row-major, {@code shape} elements
     * @param shape the input shape, e.g. {@code [1,256,256,3]}
     * @param outputs names of the outputs to return
     * @throws FaceModelException when ONNX Runtime fails
     */
    public List<float[]> run(float[] input, long[] shape, List<String> outputs) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input), shape);
                OrtSession.Result result = session.run(Map.of("input", tensor), Set.copyOf(outputs))) {
            List<float[]> values = new ArrayList<>(outputs.size());
            for (String name : outputs) {
                OnnxValue value = result.get(name).orElseThrow(() -> new IllegalArgumentException("no output " + name));
                FloatBuffer buffer = ((OnnxTensor) value).getFloatBuffer();
                float[] copy = new float[buffer.remaining()];
                buffer.get(copy);
                values.add(copy);
            }
            return values;
        } catch (OrtException e) {
            throw new FaceModelException("cannot run " + model.fileName(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new FaceModelException("cannot close " + model.fileName(), e);
        }
    }
}
