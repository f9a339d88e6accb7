package org.yuanwu.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class EvidenceFilesTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void pdfPngJpegAndTextAreRecognisedByTheirContent() {
        assertThat(EvidenceFiles.check("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).type()).isEqualTo(EvidenceFiles.Type.PDF);
        assertThat(EvidenceFiles.check(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)).type()).isEqualTo(EvidenceFiles.Type.PNG);
        assertThat(EvidenceFiles.check(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)).type()).isEqualTo(EvidenceFiles.Type.JPEG);
        EvidenceFiles.Verdict utf8 = EvidenceFiles.check("讲座签到表\n第一次：30人\n".getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.type()).isEqualTo(EvidenceFiles.Type.TEXT);
        assertThat(utf8.contentType()).contains("UTF-8");
        EvidenceFiles.Verdict gbk = EvidenceFiles.check("讲座签到表\r\n".getBytes(Charset.forName("GBK")));
        assertThat(gbk.type()).isEqualTo(EvidenceFiles.Type.TEXT);
        assertThat(gbk.contentType()).contains("GB18030");
    }

    @Test
    void officeDocumentsAreToldApartByTheirParts() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("健康讲座总结");
            d.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            w.createSheet("签到").createRow(0).createCell(0).setCellValue("姓名");
            w.write(xlsx);
        }
        assertThat(EvidenceFiles.check(docx.toByteArray()).type()).isEqualTo(EvidenceFiles.Type.DOCX);
        assertThat(EvidenceFiles.check(xlsx.toByteArray()).type()).isEqualTo(EvidenceFiles.Type.XLSX);
        assertThat(EvidenceFiles.check(zip("[Content_Types].xml", "ppt/presentation.xml")).type()).isEqualTo(EvidenceFiles.Type.PPTX);
    }

    @Test
    void executablesAndScriptsAreRefusedAsSuch() {
        for (byte[] program : new byte[][] {
                bytes('M', 'Z', 0x90, 0, 3, 0),
                bytes(0x7F, 'E', 'L', 'F', 2, 1, 1),
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII),
                bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0),
                bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0)}) {
            EvidenceFiles.Verdict verdict = EvidenceFiles.check(program);
            assertThat(verdict.accepted()).isFalse();
            assertThat(verdict.refusalKey()).isEqualTo("plan.error.attachmentExecutable");
        }
    }

    @Test
    void otherArchivesMacrosBinariesEmptyAndOversizedFilesAreRefused() throws Exception {
        assertThat(EvidenceFiles.check(zip("setup.exe", "readme.txt")).refusalKey()).isEqualTo("plan.error.attachmentType");
        assertThat(EvidenceFiles.check(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")).refusalKey())
                .isEqualTo("plan.error.attachmentType");
        assertThat(EvidenceFiles.check(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)).refusalKey())
                .isEqualTo("plan.error.attachmentType"); // legacy .doc / .xls may carry macros
        assertThat(EvidenceFiles.check(bytes('P', 'K', 3, 4, 0, 0)).refusalKey()).isEqualTo("plan.error.attachmentType");
        assertThat(EvidenceFiles.check(new byte[0]).refusalKey()).isEqualTo("plan.error.attachmentEmpty");
        byte[] big = new byte[(int) EvidenceFiles.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThat(EvidenceFiles.check(big).refusalKey()).isEqualTo("plan.error.attachmentTooLarge");
    }

    @Test
    void storedNamesLoseTheirFoldersAndEndWithTheExtensionOfWhatTheyHold() {
        assertThat(EvidenceFiles.safeName("C:\\Users\\护士长\\签到表.pdf", EvidenceFiles.Type.PDF)).isEqualTo("签到表.pdf");
        assertThat(EvidenceFiles.safeName("../../etc/report.exe", EvidenceFiles.Type.PDF)).isEqualTo("report.exe.pdf");
        assertThat(EvidenceFiles.safeName("photo.JPEG", EvidenceFiles.Type.JPEG)).isEqualTo("photo.JPEG");
        assertThat(EvidenceFiles.safeName(null, EvidenceFiles.Type.TEXT)).isEqualTo("evidence.txt");
        assertThat(EvidenceFiles.safeName("a\"b<c>.txt", EvidenceFiles.Type.TEXT)).isEqualTo("a_b_c_.txt");
    }
}
