package org.yuanwu.organization;

public enum EmploymentType {
    ESTABLISHED("编制"), CONTRACT("合同"), AGENCY("人事代理"), RESIDENT_TRAINEE("规培"), VISITING("进修"), INTERN("实习");

    private final String zh;

    EmploymentType(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
