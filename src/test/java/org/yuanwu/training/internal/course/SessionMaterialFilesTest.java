package org.yuanwu.training.internal.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which course materials are accepted, judged by content. */
class SessionMaterialFilesTest {

    @Test
    void executablesAndScriptsAreRefusedWhateverTheirName() {
        assertThat(MaterialFiles.check(new byte[] {'M', 'Z', (byte) 0x90, 0}).refusalKey()).isEqualTo("training.error.materialExecutable");
        assertThat(MaterialFiles.check("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII)).refusalKey())
                .isEqualTo("training.error.materialExecutable");
        assertThat(MaterialFiles.check(new byte[] {0x7F, 'E', 'L', 'F', 2}).refusalKey()).isEqualTo("training.error.materialExecutable");
    }

    @Test
    void pdfAndPlainTextAreAcceptedAndUnknownBinariesRefused() {
        assertThat(MaterialFiles.check("%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII)).extension()).isEqualTo("pdf");
        assertThat(MaterialFiles.check("讲义：无菌技术".getBytes(StandardCharsets.UTF_8)).extension()).isEqualTo("txt");
        assertThat(MaterialFiles.check(new byte[] {1, 2, 3, 4}).refusalKey()).isEqualTo("training.error.materialType");
    }

    @Test
    void materialsOverTenMegabytesAreRefused() {
        byte[] big = new byte[(int) MaterialFiles.MAX_BYTES + 1];
        big[0] = '%';
        assertThat(MaterialFiles.check(big).refusalKey()).isEqualTo("training.error.materialTooLarge");
    }

    @Test
    void storedNamesLoseDirectoriesAndEndInTheDetectedType() {
        assertThat(MaterialFiles.safeName("../../课件.exe", "pdf")).isEqualTo("课件.exe.pdf");
        assertThat(MaterialFiles.safeName("讲义.PDF", "pdf")).isEqualTo("讲义.PDF");
    }
}
