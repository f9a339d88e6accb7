package org.yuanwu.survey;

import java.time.Instant;

/** A public link of a questionnaire for one target unit; {@code path} is "/s/{code}". */
public record LinkView(Long id, Long questionnaireId, Long unitId, String unitName, String code, String path,
                       boolean active, long responseCount, Instant createdAt) {
}
