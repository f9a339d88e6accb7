package org.yuanwu.union;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A club as entered: name (unique), description, founding date. */
public class ClubForm {

    private String name;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;
    private Long version;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public void setFoundedOn(LocalDate foundedOn) { this.foundedOn = foundedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
