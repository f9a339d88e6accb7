package org.yuanwu.union;

/** What an activity is: sports and culture, a contest, volunteering, a visit of sympathy, or something else. */
public enum ActivityKind {
    SPORTS_CULTURE, CONTEST, VOLUNTEER, SYMPATHY_VISIT, OTHER
}
