package org.yuanwu.quality;

/** The three levels of the records audit: the ward's quality-control nurse, the head nurse, the nursing department. */
public enum RecordAuditLevel { QC_NURSE, HEAD_NURSE, NURSING_DEPARTMENT }
