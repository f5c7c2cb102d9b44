package org.amparo.face.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.face.FaceSettings;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.PhotoCheck;
import org.amparo.face.pipeline.FacePipeline;
import org.amparo.face.pipeline.SharedFaces;

/**
 * Real people of the shared LFW set for watchlist scenarios: one to enrol (two acceptable photos and
 * a third, unseen one that matches them above the default threshold) and strangers (everyone else's
 * photos). Skips, or fails under CI=true, when the set is absent.
 */
final class LfwPeople {
    /** The enrolled person: name, enrolment photos, and the unseen photo a camera sees. */
    record Enrolled(String name, List<byte[]> photos, byte[] seen) {}

    final Enrolled enrolled;
    final Map<String, List<byte[]>> strangers = new LinkedHashMap<>();

    LfwPeople(FacePipeline pipeline, int strangerCount) {
        Map<String, List<byte[]>> byPerson = new LinkedHashMap<>();
        for (SharedFaces.Photo photo : SharedFaces.photos()) {
            byPerson.computeIfAbsent(photo.identity(), k -> new ArrayList<>()).add(SharedFaces.read(photo));
        }
        PipelinePhotoAnalyzer analyzer = new PipelinePhotoAnalyzer(pipeline);
        Enrolled found = null;
        for (Map.Entry<String, List<byte[]>> person : byPerson.entrySet()) {
            Optional<Enrolled> candidate = enrollable(analyzer, person.getKey(), person.getValue());
            if (candidate.isPresent()) {
                found = candidate.get();
                break;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no person of the shared set can be enrolled and matched");
        }
        enrolled = found;
        List<FaceTemplate> enrolledTemplates = found.photos().stream()
                .map(p -> ((PhotoCheck.Usable) analyzer.check(p)).template())
                .toList();
        for (Map.Entry<String, List<byte[]>> person : byPerson.entrySet()) {
            if (strangers.size() < strangerCount
                    && !person.getKey().equals(found.name())
                    && neverMatches(pipeline, person.getValue(), enrolledTemplates)) {
                strangers.put(person.getKey(), person.getValue());
            }
        }
    }

    /**
     * Whether no face in these photos reaches the threshold against the enrolled templates: at a
     * false-match rate of 1e-3 a few strangers' photos do, and those would rightly become matches
     * awaiting (and failing) human confirmation; the no-trace test is about faces that match nobody.
     */
    private static boolean neverMatches(FacePipeline pipeline, List<byte[]> photos, List<FaceTemplate> enrolled) {
        return photos.stream()
                .flatMap(p -> pipeline.analyze(p).faces().stream())
                .map(f -> FaceTemplate.of(f.embedding().values()))
                .allMatch(t -> enrolled.stream().allMatch(e -> e.similarity(t) < FaceSettings.DEFAULT_MIN_SIMILARITY));
    }

    private static Optional<Enrolled> enrollable(PipelinePhotoAnalyzer analyzer, String name, List<byte[]> photos) {
        List<FaceTemplate> templates = new ArrayList<>();
        for (byte[] photo : photos.subList(0, 2)) {
            if (!(analyzer.check(photo) instanceof PhotoCheck.Usable(FaceTemplate t))) {
                return Optional.empty();
            }
            templates.add(t);
        }
        for (byte[] photo : photos.subList(2, photos.size())) {
            if (analyzer.check(photo) instanceof PhotoCheck.Usable(FaceTemplate t)
                    && templates.stream().mapToDouble(t::similarity).max().orElse(0)
                            >= FaceSettings.DEFAULT_MIN_SIMILARITY + 0.005) {
                return Optional.of(new Enrolled(name, List.copyOf(photos.subList(0, 2)), photo));
            }
        }
        return Optional.empty();
    }
}
