package org.yuanwu.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A template as edited: name, kind, description and its items in order (blank rows are ignored). */
public class TemplateForm {

    private String name;
    private TemplateKind kind;
    private String description;
    private Long version;
    private List<Item> items = new ArrayList<>();

    public static class Item {
        private String section;
        private String itemCode;
        private String text;
        private BigDecimal maxPoints;
        private BigDecimal deductionPerTime;
        private boolean veto;
        private boolean photoRequired;
        private boolean noteRequired;

        public Item() {
        }

        public static Item of(TemplateItemView v) {
            Item i = new Item();
            i.section = v.section();
            i.itemCode = v.itemCode();
            i.text = v.text();
            i.maxPoints = v.maxPoints();
            i.deductionPerTime = v.deductionPerTime();
            i.veto = v.veto();
            i.photoRequired = v.photoRequired();
            i.noteRequired = v.noteRequired();
            return i;
        }

        public boolean blank() {
            return (text == null || text.isBlank()) && maxPoints == null && deductionPerTime == null;
        }

        public String getSection() { return section; }
        public void setSection(String section) { this.section = section; }
        public String getItemCode() { return itemCode; }
        public void setItemCode(String itemCode) { this.itemCode = itemCode; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public BigDecimal getMaxPoints() { return maxPoints; }
        public void setMaxPoints(BigDecimal maxPoints) { this.maxPoints = maxPoints; }
        public BigDecimal getDeductionPerTime() { return deductionPerTime; }
        public void setDeductionPerTime(BigDecimal deductionPerTime) { this.deductionPerTime = deductionPerTime; }
        public boolean isVeto() { return veto; }
        public void setVeto(boolean veto) { this.veto = veto; }
        public boolean isPhotoRequired() { return photoRequired; }
        public void setPhotoRequired(boolean photoRequired) { this.photoRequired = photoRequired; }
        public boolean isNoteRequired() { return noteRequired; }
        public void setNoteRequired(boolean noteRequired) { this.noteRequired = noteRequired; }
    }

    public static TemplateForm of(TemplateView v) {
        TemplateForm f = new TemplateForm();
        f.name = v.name();
        f.kind = v.kind();
        f.description = v.description();
        f.version = v.version();
        v.items().forEach(i -> f.items.add(Item.of(i)));
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public TemplateKind getKind() { return kind; }
    public void setKind(TemplateKind kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<Item> getItems() { return items; }
    public void setItems(List<Item> items) { this.items = items; }
}
