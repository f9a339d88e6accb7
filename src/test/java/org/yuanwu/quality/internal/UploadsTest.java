package org.yuanwu.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DomainException;

class UploadsTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Test
    void aPngIsAcceptedAsAPhoto() {
        assertThat(Uploads.requireImage("photo", PNG)).isEqualTo("image/png");
    }

    @Test
    void textNamedLikeAnImageIsRefusedAsAPhoto() {
        assertThatThrownBy(() -> Uploads.requireImage("photo", "hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("quality.error.imageOnly");
    }

    @Test
    void aPdfIsAcceptedAsEvidenceButNotAsAPhoto() {
        byte[] pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
        assertThat(Uploads.requireEvidence("evidence", pdf)).isEqualTo("application/pdf");
        assertThatThrownBy(() -> Uploads.requireImage("photo", pdf)).isInstanceOf(DomainException.class);
    }

    @Test
    void filesOverFiveMegabytesAreRefused() {
        byte[] big = new byte[(int) Uploads.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> Uploads.requireImage("photo", big))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("quality.error.fileTooLarge");
    }
}
