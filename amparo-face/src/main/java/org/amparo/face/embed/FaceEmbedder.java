package org.amparo.face.embed;

import java.util.ArrayList;
import java.util.List;
import org.amparo.face.align.AlignedFace;
import org.amparo.face.model.FaceModel;
import org.amparo.face.model.FaceModelSession;

/**
 * Computes face embeddings with the dlib ResNet ({@link FaceModel#DLIB_RESNET}): aligned 150x150
 * chips, RGB 0..255, in batches of at most {@value #MAX_BATCH}; each 128-d output is L2-normalised.
 *
 * <p>Thread-safe: concurrent calls share the ONNX Runtime session. Keeps nothing about the faces it
 * sees. Close it once, when no call is in flight.
 */
public final class FaceEmbedder implements AutoCloseable {
    /** Largest number of chips sent to the model in one run. */
    public static final int MAX_BATCH = 16;

    private static final int CHIP_VALUES = AlignedFace.SIZE * AlignedFace.SIZE * 3;

    private final FaceModelSession session;

    private FaceEmbedder(FaceModelSession session) {
        this.session = session;
    }

    /** Opens the embedder's own ONNX Runtime session. */
    public static FaceEmbedder open() {
        return new FaceEmbedder(FaceModelSession.open(FaceModel.DLIB_RESNET));
    }

    /** The embedding of one aligned face. */
    public FaceEmbedding embed(AlignedFace face) {
        return embed(List.of(face)).getFirst();
    }

    /** The embeddings of the given faces, in the same order. */
    public List<FaceEmbedding> embed(List<AlignedFace> faces) {
        List<FaceEmbedding> embeddings = new ArrayList<>(faces.size());
        for (int start = 0; start < faces.size(); start += MAX_BATCH) {
            embeddings.addAll(embedBatch(faces.subList(start, Math.min(faces.size(), start + MAX_BATCH))));
        }
        return List.copyOf(embeddings);
    }

    private List<FaceEmbedding> embedBatch(List<AlignedFace> batch) {
        float[] input = new float[batch.size() * CHIP_VALUES];
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).copyInto(input, i * CHIP_VALUES);
        }
        long[] shape = {batch.size(), AlignedFace.SIZE, AlignedFace.SIZE, 3};
        float[] raw = session.run(input, shape, List.of("descriptor")).getFirst();
        List<FaceEmbedding> embeddings = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            float[] one = new float[FaceEmbedding.DIMENSIONS];
            System.arraycopy(raw, i * FaceEmbedding.DIMENSIONS, one, 0, FaceEmbedding.DIMENSIONS);
            embeddings.add(FaceEmbedding.normalise(one));
        }
        return embeddings;
    }

    @Override
    public void close() {
        session.close();
    }
}
