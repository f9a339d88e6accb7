package org.yuanwu.infection;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record UvLampForm(Long unitId, String location, UvLampType lampType,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate installedOn, Integer hoursUsed) {
}
