package org.yuanwu.union;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Joining the union: the staff member, the date, the application text; the card number is given or generated. */
public class MemberForm {

    private Long staffId;
    /** Alternative to staffId on the page: the employee number typed in. */
    private String employeeNo;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;
    private String cardNo;
    private String application;

    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public String getEmployeeNo() { return employeeNo; }
    public void setEmployeeNo(String employeeNo) { this.employeeNo = employeeNo == null || employeeNo.isBlank() ? null : employeeNo.strip(); }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public String getCardNo() { return cardNo; }
    public void setCardNo(String cardNo) { this.cardNo = cardNo == null || cardNo.isBlank() ? null : cardNo.strip(); }
    public String getApplication() { return application; }
    public void setApplication(String application) {
        this.application = application == null || application.isBlank() ? null : application.strip();
    }
}
