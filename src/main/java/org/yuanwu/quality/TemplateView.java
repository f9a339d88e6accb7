package org.yuanwu.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record TemplateView(Long id, String familyCode, int templateVersion, String name, TemplateKind kind,
                           String description, TemplateStatus status, BigDecimal totalPoints, List<TemplateItemView> items,
                           boolean used, long version, Instant updatedAt) {
}
