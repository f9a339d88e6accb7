package org.yuanwu.union.internal.activities;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.yuanwu.common.excel.ExcelSheet;

/** Files sent back by the activities, honours and health-check pages and API. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return file(body, ExcelSheet.CONTENT_TYPE, filename, true);
    }

    /** A stored file; images and PDFs inline (they were type-checked on upload), with no sniffing by the browser. */
    public static ResponseEntity<byte[]> file(byte[] body, String contentType, String filename, boolean attachment) {
        ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(filename, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
