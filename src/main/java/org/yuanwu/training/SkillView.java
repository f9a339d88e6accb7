package org.yuanwu.training;

import java.math.BigDecimal;
import java.util.Locale;

/** A skill with its current scoring sheet's version and maximum score. */
public record SkillView(Long id, String code, String nameZh, String nameEn, BigDecimal passThreshold, int sortOrder,
                        boolean active, String withdrawnReason, Long sheetId, int sheetVersion, BigDecimal maxScore,
                        int itemCount, long version) {

    /** The English name on English pages when there is one, else the Chinese name. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameZh;
    }
}
