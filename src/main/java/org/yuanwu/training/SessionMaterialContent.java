package org.yuanwu.training;

/** A material file's name, type and bytes, for download. */
public record SessionMaterialContent(String fileName, String contentType, byte[] content) {
}
