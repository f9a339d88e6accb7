package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A handover as signed on paper: both signers, bags (sealed), weight; the company for a disposal handover. */
public record WasteForm(Long unitId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handoverDate, WasteStage stage,
                        WasteCategory category, Integer bags, BigDecimal weightKg, Boolean sealed, String handedBy,
                        String receivedBy, String disposalCompany) {
}
