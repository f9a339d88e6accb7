package org.yuanwu.training;

import java.util.ArrayList;
import java.util.List;

/** A whole scoring sheet as edited, with the skill's version read (optimistic locking). */
public class SkillSheetForm {

    private List<SkillItemForm> items = new ArrayList<>();
    private Long version;

    public List<SkillItemForm> getItems() { return items; }
    public void setItems(List<SkillItemForm> items) { this.items = items == null ? new ArrayList<>() : items; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
