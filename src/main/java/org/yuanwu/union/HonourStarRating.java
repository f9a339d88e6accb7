package org.yuanwu.union;

import java.util.List;

/**
 * The year's union record for a 星级职工之家 (star-rated staff home) application: the honours awarded, the activities
 * held (cancelled ones left out), and the clubs with their members.
 */
public record HonourStarRating(int year, List<HonourView> honours, long personHonours, long unitHonours,
                               List<ActivityView> activities, List<ClubView> clubs, long clubMembers) {
}
