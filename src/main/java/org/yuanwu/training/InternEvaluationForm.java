package org.yuanwu.training;

import java.util.ArrayList;
import java.util.List;

/** Five items scored 1 (poor) to 5 (excellent), and a comment. */
public class InternEvaluationForm {

    private List<Integer> items = new ArrayList<>();
    private String remark;

    public static InternEvaluationForm of(List<Integer> items, String remark) {
        InternEvaluationForm f = new InternEvaluationForm();
        f.items = new ArrayList<>(items);
        f.remark = remark;
        return f;
    }

    public List<Integer> getItems() { return items; }
    public void setItems(List<Integer> items) { this.items = items == null ? new ArrayList<>() : items; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
}
