package org.amparo.core.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The export bundle for a court: a ZIP holding the evidence files, {@value #MANIFEST} and
 * {@value #SIGNATURE}. The manifest is UTF-8 text: a header of {@code key: value} lines (among them the
 * signer's public key and its fingerprint), a blank line, then one {@code <sha256>  <name>} line per
 * file, the format {@code sha256sum -c} reads. The signature file holds the base64 Ed25519 signature
 * of the manifest's bytes. Stateless.
 */
public final class EvidenceBundle {
    /** Name of the manifest in the ZIP. */
    public static final String MANIFEST = "MANIFEST.txt";

    /** Name of the signature in the ZIP. */
    public static final String SIGNATURE = "MANIFEST.sig";

    private static final String FIRST_LINE = "Amparo evidence manifest v1";
    private static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;

    private EvidenceBundle() {}

    /** Writes the bundle; header values are single-line, non-personal descriptions of the export. */
    public static byte[] write(SequencedMap<String, String> header, List<BundleFile> files, ManifestSigner signer) {
        StringBuilder manifest = new StringBuilder(FIRST_LINE).append('\n');
        header.forEach(
                (k, v) -> manifest.append(line(k)).append(": ").append(line(v)).append('\n'));
        manifest.append("signature-algorithm: ")
                .append(ManifestSigner.ALGORITHM)
                .append('\n');
        manifest.append("public-key: ").append(signer.publicKeyBase64()).append('\n');
        manifest.append("public-key-sha256: ").append(signer.fingerprint()).append("\n\n");
        files.forEach(
                f -> manifest.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        byte[] signature = Base64.getEncoder().encode(signer.sign(manifestBytes));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (BundleFile f : files) {
                entry(zip, f.name(), f.content());
            }
            entry(zip, MANIFEST, manifestBytes);
            entry(zip, SIGNATURE, signature);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Checks a bundle: the signature under the manifest's public key, that key's fingerprint against
     * {@code trustedFingerprint}, and every listed file's SHA-256; no file may be missing or extra.
     */
    public static BundleCheck verify(byte[] zip, String trustedFingerprint) {
        Map<String, byte[]> entries;
        try {
            entries = read(zip);
        } catch (IOException e) {
            return new BundleCheck.Broken("not a readable ZIP: " + e.getMessage());
        }
        byte[] manifest = entries.remove(MANIFEST);
        byte[] signature = entries.remove(SIGNATURE);
        if (manifest == null || signature == null) {
            return new BundleCheck.Broken("the manifest or its signature is missing");
        }
        String text = new String(manifest, StandardCharsets.UTF_8);
        String key = headerValue(text, "public-key");
        if (key == null || !Sha256.hex(decode(key)).equals(trustedFingerprint)) {
            return new BundleCheck.Broken("the manifest is not signed by the trusted key");
        }
        if (!ManifestSigner.verify(decode(key), manifest, decode(new String(signature, StandardCharsets.US_ASCII)))) {
            return new BundleCheck.Broken("the manifest's signature does not verify");
        }
        return checkFiles(text, entries);
    }

    private static BundleCheck checkFiles(String manifest, Map<String, byte[]> entries) {
        String[] parts = manifest.split("\n\n", 2);
        List<String> lines = parts.length < 2 ? List.of() : parts[1].lines().toList();
        for (String line : lines) {
            String[] cells = line.split(" {2}", 2);
            byte[] content = cells.length == 2 ? entries.remove(cells[1]) : null;
            if (content == null) {
                return new BundleCheck.Broken("a listed file is missing: " + line);
            }
            if (!Sha256.hex(content).equals(cells[0])) {
                return new BundleCheck.Broken("file " + cells[1] + " does not match its SHA-256");
            }
        }
        if (!entries.isEmpty()) {
            return new BundleCheck.Broken("files not in the manifest: " + entries.keySet());
        }
        return new BundleCheck.Verified(
                lines.stream().map(l -> l.split(" {2}", 2)[1]).toList());
    }

    private static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readNBytes(MAX_ENTRY_BYTES + 1);
                if (content.length > MAX_ENTRY_BYTES || entries.put(e.getName(), content) != null) {
                    throw new IOException("entry too large or repeated: " + e.getName());
                }
            }
        }
        return entries;
    }

    private static @org.jspecify.annotations.Nullable String headerValue(String manifest, String key) {
        String prefix = key + ": ";
        return manifest.split("\n\n", 2)[0]
                .lines()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .findFirst()
                .orElse(null);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static String line(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
