package org.yuanwu.union;

import java.util.Optional;
import org.yuanwu.common.DomainException;

/**
 * Uploaded files are judged by their first bytes, not by the name or the type the browser claims: photos must be
 * JPEG, PNG or WebP; certificate scans may also be PDF.
 */
final class ActivityFiles {

    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    static final long MAX_SCAN_BYTES = 10L * 1024 * 1024;

    private ActivityFiles() {
    }

    static Optional<String> imageType(byte[] c) {
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return Optional.of("image/png");
        }
        if (c.length >= 12 && c[0] == 'R' && c[1] == 'I' && c[2] == 'F' && c[3] == 'F'
                && c[8] == 'W' && c[9] == 'E' && c[10] == 'B' && c[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    static String photo(byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid(field, "activity.error.fileEmpty");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw DomainException.invalid(field, "activity.error.photoTooLarge", "5");
        }
        return imageType(content).orElseThrow(() -> DomainException.invalid(field, "activity.error.photoType"));
    }

    static String scan(byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid(field, "activity.error.fileEmpty");
        }
        if (content.length > MAX_SCAN_BYTES) {
            throw DomainException.invalid(field, "activity.error.scanTooLarge", "10");
        }
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            return "application/pdf";
        }
        return imageType(content).orElseThrow(() -> DomainException.invalid(field, "activity.error.scanType"));
    }

    static String safeName(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String s = name.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        return s.length() > 200 ? s.substring(s.length() - 200) : s;
    }
}
