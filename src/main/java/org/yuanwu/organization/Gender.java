package org.yuanwu.organization;

public enum Gender {
    MALE("男"), FEMALE("女");

    private final String zh;

    Gender(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
