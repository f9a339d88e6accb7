package org.yuanwu.organization;

import java.util.List;

/** The columns of the staff workbook, shared by import, template and export. */
public enum StaffWorkbook {
    EMPLOYEE_NO("工号", "employeeNo", true),
    NAME("姓名", "name", true),
    GENDER("性别", "gender", true),
    BIRTH_DATE("出生日期", "birthDate", false),
    ID_NUMBER("身份证号", "idNumber", false),
    PHONE("联系电话", "phone", false),
    UNIT_CODE("所属单位编码", "unitId", true),
    POSITION("职务", "position", false),
    TITLE("职称", "title", false),
    NURSE_LEVEL("护理层级", "nurseLevel", false),
    HIRE_DATE("入职日期", "hireDate", false),
    EMPLOYMENT_TYPE("用工类型", "employmentType", true),
    STATUS("状态", "status", false);

    private final String header;
    private final String field;
    private final boolean required;

    StaffWorkbook(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    /** The column's header as written in the workbook (Chinese, as the offices' sheets are). */
    public String header() {
        return header;
    }

    /** The form field the column fills. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(StaffWorkbook::header).toList();
    }
}
