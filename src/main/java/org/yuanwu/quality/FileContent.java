package org.yuanwu.quality;

public record FileContent(String fileName, String contentType, byte[] content) {
}
