package org.yuanwu.plan;

import java.time.Instant;

/** An evidence file of a deliverable item; {@code contentType} is the type found in its content. */
public record AttachmentView(Long id, Long itemId, String fileName, String contentType, long sizeBytes,
                             String uploadedBy, Instant uploadedAt) {
}
