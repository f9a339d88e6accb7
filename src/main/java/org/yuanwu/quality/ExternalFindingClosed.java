package org.yuanwu.quality;

/** Published when a finding opened by another module is accepted (closed), so the source module can follow. */
public record ExternalFindingClosed(String sourceType, String sourceId, Long findingId) {
}
