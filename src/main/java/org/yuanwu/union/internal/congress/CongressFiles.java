package org.yuanwu.union.internal.congress;

import java.nio.charset.StandardCharsets;

/**
 * Which agenda documents are accepted, judged by their first bytes, not their names: PDF, PNG, JPEG and
 * Word / Excel files (.docx, .xlsx without macros), at most {@link #MAX_BYTES}.
 */
public final class CongressFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private CongressFiles() {
    }

    /** The MIME type to store and serve the file with, or null when it is not an accepted type. */
    public static String contentType(byte[] c) {
        if (starts(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(c, new byte[]{(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (starts(c, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(c, new byte[]{'P', 'K', 3, 4})) {
            String names = new String(c, StandardCharsets.ISO_8859_1);
            if (!names.contains("[Content_Types].xml") || names.contains("vbaProject.bin")) {
                return null;
            }
            if (names.contains("word/")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (names.contains("xl/")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
        }
        return null;
    }

    /** No directories or control characters, at most 200 characters. */
    public static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean starts(byte[] c, byte[] prefix) {
        if (c == null || c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
