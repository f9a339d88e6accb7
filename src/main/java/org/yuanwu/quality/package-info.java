/**
 * Quality inspections: versioned checklist templates, planned and ad hoc inspections scored on a
 * tablet page, the review chain, rankings, and the rectification loop (findings → corrective
 * action with evidence → verification, overdue and recurrence flags). Publishes quality facts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package org.yuanwu.quality;
