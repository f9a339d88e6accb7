package org.yuanwu.infection.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yuanwu.infection.TestResult;

@Entity
@Table(name = "infection_sterilizer_load")
public class SterilizerLoad {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "infection_sterilizer_load_seq")
    @SequenceGenerator(name = "infection_sterilizer_load_seq", sequenceName = "infection_sterilizer_load_seq", allocationSize = 50)
    private Long id;
    @Column(name = "sterilizer_id")
    private Long sterilizerId;
    @Column(name = "load_date")
    private LocalDate loadDate;
    @Column(name = "load_no")
    private int loadNo;
    private int packs;
    @Enumerated(EnumType.STRING)
    @Column(name = "bd_result")
    private TestResult bowieDick;
    @Enumerated(EnumType.STRING)
    @Column(name = "chemical_result")
    private TestResult chemical;
    @Enumerated(EnumType.STRING)
    @Column(name = "bio_result")
    private TestResult biological;
    private boolean released;
    private boolean recalled;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    protected SterilizerLoad() {
    }

    public SterilizerLoad(Long sterilizerId, LocalDate loadDate, int loadNo, int packs, TestResult bowieDick, TestResult chemical,
                          TestResult biological, String note, String by, Instant now) {
        this.sterilizerId = sterilizerId;
        this.loadDate = loadDate;
        this.loadNo = loadNo;
        this.packs = packs;
        this.bowieDick = bowieDick;
        this.chemical = chemical;
        this.biological = biological;
        this.released = SterilizationRules.released(bowieDick, chemical, biological);
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public void biological(TestResult result) {
        this.biological = result;
        this.released = SterilizationRules.released(bowieDick, chemical, biological);
    }

    public void recall() {
        this.recalled = true;
    }

    public boolean passed() {
        return SterilizationRules.passed(bowieDick, chemical, biological) && !recalled;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sterilizerId", sterilizerId);
        m.put("loadDate", loadDate.toString());
        m.put("loadNo", loadNo);
        m.put("packs", packs);
        m.put("bowieDick", bowieDick == null ? null : bowieDick.name());
        m.put("chemical", chemical.name());
        m.put("biological", biological == null ? null : biological.name());
        m.put("released", released);
        m.put("recalled", recalled);
        return m;
    }

    public Long getId() { return id; }
    public Long getSterilizerId() { return sterilizerId; }
    public LocalDate getLoadDate() { return loadDate; }
    public int getLoadNo() { return loadNo; }
    public int getPacks() { return packs; }
    public TestResult getBowieDick() { return bowieDick; }
    public TestResult getChemical() { return chemical; }
    public TestResult getBiological() { return biological; }
    public boolean isReleased() { return released; }
    public boolean isRecalled() { return recalled; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
