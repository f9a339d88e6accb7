package org.yuanwu.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What is registered about a complaint or suggestion (web form and API body). The complainant
 * and contact are optional (anonymous). {@code dueOn} defaults to the received date plus the
 * answer period ({@code yuanwu.safety.answer-days}, 3 days).
 */
public class ComplaintForm {

    @NotNull
    private ComplaintKind kind = ComplaintKind.COMPLAINT;
    @NotNull
    private ComplaintChannel channel = ComplaintChannel.COMMENT_BOOK;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    @NotNull
    private Long unitId;
    @Size(max = 64)
    private String complainant;
    @Size(max = 64)
    private String contact;
    @NotBlank
    @Size(max = 4000)
    private String content;
    @NotNull
    private ComplaintCategory category = ComplaintCategory.OTHER;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private Long version;

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ComplaintKind getKind() { return kind; }
    public void setKind(ComplaintKind kind) { this.kind = kind; }
    public ComplaintChannel getChannel() { return channel; }
    public void setChannel(ComplaintChannel channel) { this.channel = channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getComplainant() { return complainant; }
    public void setComplainant(String complainant) { this.complainant = clean(complainant); }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = clean(contact); }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = clean(content); }
    public ComplaintCategory getCategory() { return category; }
    public void setCategory(ComplaintCategory category) { this.category = category; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    public static ComplaintForm of(ComplaintView c) {
        ComplaintForm f = new ComplaintForm();
        f.kind = c.kind();
        f.channel = c.channel();
        f.receivedOn = c.receivedOn();
        f.unitId = c.unitId();
        f.complainant = c.complainant();
        f.contact = c.contact();
        f.content = c.content();
        f.category = c.category();
        f.dueOn = c.dueOn();
        f.version = c.version();
        return f;
    }
}
