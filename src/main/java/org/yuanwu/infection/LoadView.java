package org.yuanwu.infection;

import java.time.Instant;
import java.time.LocalDate;

public record LoadView(Long id, Long sterilizerId, String sterilizerName, LocalDate loadDate, int loadNo, int packs,
                       TestResult bowieDick, TestResult chemical, TestResult biological, boolean released, boolean recalled,
                       String note, String recordedBy, Instant recordedAt, long version) {
}
