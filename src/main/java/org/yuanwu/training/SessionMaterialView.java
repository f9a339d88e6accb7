package org.yuanwu.training;

import java.time.Instant;

/** A material file of a session, without its bytes. */
public record SessionMaterialView(Long id, Long sessionId, String fileName, String contentType, long sizeBytes,
                                  String uploadedBy, Instant uploadedAt) {
}
