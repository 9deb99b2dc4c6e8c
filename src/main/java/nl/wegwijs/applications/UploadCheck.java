package nl.wegwijs.applications;

import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload really is from its first bytes (Apache Tika's magic detection), never
 * from its name or the browser's claim: a renamed program is not a PDF.
 */
@Component
class UploadCheck {

    private static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf", "image/jpeg", "jpg", "image/png", "png");

    private final Tika tika = new Tika();
    private final ApplicationsProperties properties;

    UploadCheck(ApplicationsProperties properties) {
        this.properties = properties;
    }

    /** The detected content type; {@link DocumentRejected} when empty, too large or not PDF, JPEG or PNG. */
    String contentTypeOf(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentRejected("empty");
        }
        if (content.length > properties.maxUploadSize().toBytes()) {
            throw new DocumentRejected("too-large");
        }
        String type = tika.detect(content);
        if (!ALLOWED.containsKey(type)) {
            throw new DocumentRejected("wrong-type");
        }
        return type;
    }

    /** A safe file name: the user's base name without path or odd characters, with the extension of its real type. */
    static String safeName(String original, String contentType) {
        String base = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^\\p{L}\\p{N} _().-]", "_").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + "." + ALLOWED.get(contentType);
    }
}
