package org.yuanwu.safety;

public enum ComplaintCategory {
    ATTITUDE, CARE_QUALITY, COST, ENVIRONMENT, FOOD, OTHER
}
