package org.yuanwu.union.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.yuanwu.common.excel.ExcelSheet;

/** Downloads shared by this part's controllers. */
public final class UnionFiles {

    private UnionFiles() {
    }

    public static ResponseEntity<byte[]> excel(byte[] body, String filename) {
        return file(body, filename, ExcelSheet.CONTENT_TYPE);
    }

    public static ResponseEntity<byte[]> file(byte[] body, String filename, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .body(body);
    }
}
