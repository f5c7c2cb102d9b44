package org.amparo.core.evidence;

/**
 * One file of an export bundle. Immutable (content copied in and out).
 */
public final class BundleFile {
    private final String name;
    private final byte[] content;

    /**
     * @param name a plain file name: letters, digits, dot, dash and underscore, 1..100 characters
     * @param content the file's bytes, copied
     */
    public BundleFile(String name, byte[] content) {
        if (!name.matches("[A-Za-z0-9._-]{1,100}") || name.startsWith(".")) {
            throw new IllegalArgumentException("a bundle file name is a plain name: " + name);
        }
        this.name = name;
        this.content = content.clone();
    }

    public String name() {
        return name;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return Sha256.hex(content);
    }
}
