package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A clinical event as the HIS sends it. {@code sourceRef} is the sender's own id of the event: sending it again
 * changes nothing (or corrects it). {@code amount} is the temperature in °C; {@code detail} the drug, device or
 * imaging finding.
 */
public record EventInput(String sourceRef, String visitNo, EventKind kind, LocalDateTime occurredAt, BigDecimal amount,
                         String specimen, String organism, Boolean positive, String detail) {
}
