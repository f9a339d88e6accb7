package org.yuanwu.common;

import java.time.ZoneId;

/** The hospitals' time zone: times are stored in UTC and dates and times are read and shown in it. */
public final class HospitalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private HospitalTime() {
    }
}
