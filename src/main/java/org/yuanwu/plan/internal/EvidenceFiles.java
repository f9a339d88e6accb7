package org.yuanwu.plan.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which evidence files are accepted, decided by their content (magic bytes), never by their name:
 * PDF, PNG, JPEG, Word / Excel / PowerPoint (.docx, .xlsx, .pptx, without macros) and plain text.
 * Executables and scripts are named as such; anything else is an unknown type. Zip archives are read
 * through their central directory only, so nothing is ever decompressed.
 */
public final class EvidenceFiles {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** An accepted type: its MIME type and the file extension it is downloaded with. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
        TEXT("text/plain; charset=UTF-8", "txt");

        private final String contentType;
        private final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() { return contentType; }
        public String extension() { return extension; }
    }

    /** The outcome of a check: the accepted type and the MIME type to serve it with, or the message key of the refusal. */
    public record Verdict(Type type, String contentType, String refusalKey) {
        public boolean accepted() { return type != null; }
    }

    private EvidenceFiles() {
    }

    public static Verdict check(byte[] content) {
        if (content == null || content.length == 0) {
            return refused("plan.error.attachmentEmpty");
        }
        if (content.length > MAX_BYTES) {
            return refused("plan.error.attachmentTooLarge");
        }
        if (isExecutable(content)) {
            return refused("plan.error.attachmentExecutable");
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return accepted(Type.PDF);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return accepted(Type.PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return accepted(Type.JPEG);
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return officeType(content).map(EvidenceFiles::accepted).orElse(refused("plan.error.attachmentType"));
        }
        if (!isPlainText(content)) {
            return refused("plan.error.attachmentType");
        }
        if (decodes(content, StandardCharsets.UTF_8)) {
            return accepted(Type.TEXT);
        }
        return decodes(content, Charset.forName("GB18030"))
                ? new Verdict(Type.TEXT, "text/plain; charset=GB18030", null) : refused("plan.error.attachmentType");
    }

    /**
     * The name to store: no directories, no control characters, at most 200 characters, and ending
     * with the extension of the type found in the content ("report.exe" holding a PDF becomes
     * "report.exe.pdf"), so the download opens with the right program.
     */
    public static String safeName(String original, Type type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "evidence";
        }
        String extension = "." + type.extension();
        boolean matches = name.toLowerCase(Locale.ROOT).endsWith(extension)
                || (type == Type.JPEG && name.toLowerCase(Locale.ROOT).endsWith(".jpeg"));
        if (!matches) {
            name = name + extension;
        }
        if (name.length() > 200) {
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name;
    }

    private static boolean isExecutable(byte[] c) {
        return startsWith(c, 'M', 'Z')                      // Windows PE / DOS
                || startsWith(c, 0x7F, 'E', 'L', 'F')       // Linux ELF
                || startsWith(c, '#', '!')                  // shell, Python, Perl … scripts
                || startsWith(c, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(c, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(c, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(c, 0xCF, 0xFA, 0xED, 0xFE) // Mach-O
                || startsWith(c, 0xCA, 0xFE, 0xBA, 0xBE)    // Mach-O universal, Java class
                || startsWith(c, 0x00, 'a', 's', 'm')       // WebAssembly
                || startsWith(c, 0xEF, 0xBB, 0xBF, '#', '!'); // a script behind a UTF-8 byte order mark
    }

    /** .docx / .xlsx / .pptx: a zip with [Content_Types].xml and the part folder of its kind, no macros. */
    private static Optional<Type> officeType(byte[] zip) {
        List<String> names = zipEntryNames(zip);
        if (names.isEmpty() || !names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return Optional.empty(); // macro-enabled (.docm, .xlsm, .pptm)
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of(Type.DOCX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of(Type.XLSX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return Optional.of(Type.PPTX);
        }
        return Optional.empty();
    }

    /** Entry names from the zip's central directory; empty when it cannot be read. */
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
        long offset = Integer.toUnsignedLong(b.getInt(eocd + 16));
        List<String> names = new ArrayList<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < entries; n++) {
            if (at < 0 || at + 46 > zip.length || b.getInt(at) != 0x02014b50) {
                return List.of();
            }
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            if (at + 46 + nameLength > zip.length) {
                return List.of();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** No control characters but tab, form feed and line ends (the encoding is checked by the caller). */
    private static boolean isPlainText(byte[] c) {
        for (byte value : c) {
            int u = value & 0xFF;
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean decodes(byte[] c, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(c));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] c, byte[] prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] c, int... prefix) {
        byte[] bytes = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            bytes[i] = (byte) prefix[i];
        }
        return startsWith(c, bytes);
    }

    private static Verdict accepted(Type type) {
        return new Verdict(type, type.contentType(), null);
    }

    private static Verdict refused(String key) {
        return new Verdict(null, null, key);
    }
}
