package org.yuanwu.common.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yuanwu.common.DomainException;

/**
 * The font PDFs are written with. PDF viewers cannot be relied on to have a Chinese font, so one is
 * embedded (subset) in every document. None ships with Java or fits in the repository; the server's
 * own is used: {@code yuanwu.pdf.font} if set (a .ttf, or a .ttc with ",index"), else the first of
 * the usual Linux, Windows and macOS locations that exists.
 */
@Component
public class ChineseFont {

    private static final List<String> KNOWN_LOCATIONS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "C:/Windows/Fonts/simsun.ttc,0",
            "C:/Windows/Fonts/msyh.ttc,0",
            "/System/Library/Fonts/Supplemental/Songti.ttc,0",
            "/Library/Fonts/Arial Unicode.ttf");

    private final String configured;
    private volatile BaseFont font;

    public ChineseFont(@Value("${yuanwu.pdf.font:}") String configured) {
        this.configured = configured == null ? "" : configured.trim();
    }

    /** Whether a PDF can be written here; pages offer the PDF download only then. */
    public boolean available() {
        return location().isPresent();
    }

    /** The font to write with; refuses with a clear message when the server has none. */
    public BaseFont baseFont() {
        BaseFont loaded = font;
        if (loaded != null) {
            return loaded;
        }
        String where = location().orElseThrow(() ->
                new DomainException(HttpStatus.SERVICE_UNAVAILABLE, null, "pdf.font.missing"));
        try {
            loaded = BaseFont.createFont(where, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, null, "pdf.font.unreadable", where);
        }
        font = loaded;
        return loaded;
    }

    private Optional<String> location() {
        Stream<String> candidates = configured.isEmpty() ? KNOWN_LOCATIONS.stream() : Stream.of(configured);
        return candidates.filter(c -> Files.isReadable(Path.of(fileOf(c)))).findFirst();
    }

    /** "a.ttc,0" names face 0 of a collection; the file is the part before the comma. */
    private static String fileOf(String location) {
        int comma = location.lastIndexOf(',');
        return comma > 0 && location.toLowerCase().contains(".ttc,") ? location.substring(0, comma) : location;
    }
}
