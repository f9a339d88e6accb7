/**
 * Training and assessment of staff: courses and sessions with invitations and attendance, the
 * question bank, exams (online timed attempts and paper exams) with grading and item analysis,
 * and skill assessments on scoring sheets. Publishes facts (invited / attended, exams taken /
 * passed, skill assessments required / passed) for the indicator engine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.yuanwu.training;
