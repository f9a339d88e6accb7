package org.yuanwu.training.internal.course;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which course materials are accepted, decided by their content (magic bytes), never by their
 * name: PDF, images, Office documents without macros (.docx .xlsx .pptx, and the old .doc .xls .ppt
 * compound files), MP4 video and plain text. Executables and scripts are refused as such; anything
 * else as an unknown type. At most 10 MB.
 */
public final class MaterialFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public record Verdict(String contentType, String extension, String refusalKey) {
        public boolean accepted() { return refusalKey == null; }
    }

    private MaterialFiles() {
    }

    public static Verdict check(byte[] c) {
        if (c == null || c.length == 0) {
            return refused("training.error.materialEmpty");
        }
        if (c.length > MAX_BYTES) {
            return refused("training.error.materialTooLarge");
        }
        if (isExecutable(c)) {
            return refused("training.error.materialExecutable");
        }
        if (startsWith(c, '%', 'P', 'D', 'F', '-')) {
            return ok("application/pdf", "pdf");
        }
        if (startsWith(c, 0x89, 'P', 'N', 'G')) {
            return ok("image/png", "png");
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return ok("image/jpeg", "jpg");
        }
        if (c.length > 12 && c[4] == 'f' && c[5] == 't' && c[6] == 'y' && c[7] == 'p') {
            return ok("video/mp4", "mp4");
        }
        if (startsWith(c, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ok("application/octet-stream", "doc");
        }
        if (startsWith(c, 'P', 'K', 3, 4)) {
            List<String> names = zipEntryNames(c);
            if (!names.contains("[Content_Types].xml")
                    || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
                return refused("training.error.materialType");
            }
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return ok("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return ok("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return ok("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
            }
            return refused("training.error.materialType");
        }
        if (isUtf8Text(c)) {
            return ok("text/plain; charset=UTF-8", "txt");
        }
        return refused("training.error.materialType");
    }

    /** No directories, no control or reserved characters, at most 200 characters, ending in the type's extension. */
    public static String safeName(String original, String extension) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(ch -> ch == '.')) {
            name = "material";
        }
        String ext = "." + extension;
        if (!name.toLowerCase(Locale.ROOT).endsWith(ext)) {
            name = name + ext;
        }
        return name.length() > 200 ? name.substring(0, 200 - ext.length()) + ext : name;
    }

    private static boolean isExecutable(byte[] c) {
        return startsWith(c, 'M', 'Z') || startsWith(c, 0x7F, 'E', 'L', 'F') || startsWith(c, '#', '!')
                || startsWith(c, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(c, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(c, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(c, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(c, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(c, 0x00, 'a', 's', 'm')
                || startsWith(c, 0xEF, 0xBB, 0xBF, '#', '!');
    }

    private static boolean isUtf8Text(byte[] c) {
        for (byte b : c) {
            int u = b & 0xFF;
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(c));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Entry names from the zip's central directory (nothing is decompressed); empty when unreadable. */
    static List<String> zipEntryNames(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (b.getInt(i) == 0x06054b50) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return List.of();
        }
        int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
        int at = (int) Math.min(Integer.toUnsignedLong(b.getInt(eocd + 16)), Integer.MAX_VALUE);
        List<String> names = new ArrayList<>();
        for (int n = 0; n < entries; n++) {
            if (at < 0 || at + 46 > zip.length || b.getInt(at) != 0x02014b50) {
                return List.of();
            }
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extra = Short.toUnsignedInt(b.getShort(at + 30));
            int comment = Short.toUnsignedInt(b.getShort(at + 32));
            if (at + 46 + nameLength > zip.length) {
                return List.of();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extra + comment;
        }
        return names;
    }

    private static boolean startsWith(byte[] c, int... prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Verdict ok(String type, String ext) {
        return new Verdict(type, ext, null);
    }

    private static Verdict refused(String key) {
        return new Verdict(null, null, key);
    }
}
