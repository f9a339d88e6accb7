package org.yuanwu.training;

/** An intern as entered by hand or read from one row of the import workbook. */
public class InternForm {

    private String name;
    private String studentNo;
    /** Blank means the intake's school. */
    private String school;
    private String phone;
    private Long version;

    public static InternForm of(String name, String studentNo, String school, String phone) {
        InternForm f = new InternForm();
        f.name = name;
        f.studentNo = studentNo;
        f.school = school;
        f.phone = phone;
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStudentNo() { return studentNo; }
    public void setStudentNo(String studentNo) { this.studentNo = studentNo; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
