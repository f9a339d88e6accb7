package org.yuanwu.quality;

/** Draft templates are being written; active ones are used for inspections; retired ones are kept for old inspections. */
public enum TemplateStatus { DRAFT, ACTIVE, RETIRED }
