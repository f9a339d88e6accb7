package org.yuanwu.plan;

/** An evidence file to download. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {
}
