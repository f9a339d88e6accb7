package org.yuanwu.union;

/** An expense attachment to download. */
public record FundFileContent(String fileName, String contentType, byte[] content) {
}
