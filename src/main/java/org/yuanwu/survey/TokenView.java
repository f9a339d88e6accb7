package org.yuanwu.survey;

import java.time.Instant;

/** A single-use token; {@code path} is "/s/{code}"; used once it has answered. */
public record TokenView(Long id, Long questionnaireId, Long unitId, String unitName, String code, String path,
                        String batch, Instant usedAt, Instant createdAt) {

    public boolean used() {
        return usedAt != null;
    }
}
