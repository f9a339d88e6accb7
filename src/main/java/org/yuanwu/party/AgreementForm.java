package org.yuanwu.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A responsibility agreement as entered. For a department agreement {@code unitId} is the department and
 * {@code secondParty} defaults to its name; for a supplier agreement {@code unitId} is the signing hospital and
 * {@code secondParty} the supplier. Its year is the signing date's.
 */
public class AgreementForm {

    @NotNull
    private AgreementKind kind = AgreementKind.DEPARTMENT;
    @NotNull
    private Long unitId;
    @NotBlank
    @Size(max = 100)
    private String firstParty;
    @Size(max = 200)
    private String secondParty;
    @NotBlank
    @Size(max = 4000)
    private String content;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    private Long version;

    public AgreementKind getKind() { return kind; }
    public void setKind(AgreementKind kind) { this.kind = kind; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getFirstParty() { return firstParty; }
    public void setFirstParty(String firstParty) { this.firstParty = firstParty; }
    public String getSecondParty() { return secondParty; }
    public void setSecondParty(String secondParty) { this.secondParty = secondParty; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
