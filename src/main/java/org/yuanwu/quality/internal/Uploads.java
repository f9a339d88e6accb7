package org.yuanwu.quality.internal;

import java.util.Optional;
import org.yuanwu.common.DomainException;

/**
 * Checks uploaded photos and evidence by their content, not their name: photos must be PNG, JPEG,
 * GIF or WebP; evidence may also be a PDF. At most 5 MB each.
 */
public final class Uploads {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private Uploads() {
    }

    public static Optional<String> imageType(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** The image's content type, or a 400 beside the field. */
    public static String requireImage(String field, byte[] content) {
        requireSize(field, content);
        return imageType(content).orElseThrow(() -> DomainException.invalid(field, "quality.error.imageOnly"));
    }

    /** An image or a PDF. */
    public static String requireEvidence(String field, byte[] content) {
        requireSize(field, content);
        Optional<String> image = imageType(content);
        if (image.isPresent()) {
            return image.get();
        }
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            return "application/pdf";
        }
        throw DomainException.invalid(field, "quality.error.evidenceType");
    }

    private static void requireSize(String field, byte[] content) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid(field, "quality.error.fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid(field, "quality.error.fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
    }

    /** A safe stored name: no path, at most 200 characters. */
    public static String cleanName(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() ? fallback : n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
