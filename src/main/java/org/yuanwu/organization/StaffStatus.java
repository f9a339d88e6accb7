package org.yuanwu.organization;

public enum StaffStatus {
    ACTIVE("在岗"), LEFT("离岗"), RETIRED("退休");

    private final String zh;

    StaffStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
