package org.yuanwu.union;

import java.time.Instant;

/** A photo of an activity (its bytes are served separately). */
public record ActivityPhotoView(Long id, Long activityId, String fileName, String contentType, long sizeBytes,
                                String uploadedBy, Instant uploadedAt) {
}
