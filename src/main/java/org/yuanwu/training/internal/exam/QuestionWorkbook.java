package org.yuanwu.training.internal.exam;

import java.util.Locale;
import org.yuanwu.training.QuestionCategory;
import org.yuanwu.training.QuestionType;

/** The columns of the question workbook (template, import and export), and the cell labels it accepts. */
public enum QuestionWorkbook {
    TYPE("题型", "type"), STEM("题干", "stem"), OPTION_A("选项A", "optionA"), OPTION_B("选项B", "optionB"),
    OPTION_C("选项C", "optionC"), OPTION_D("选项D", "optionD"), OPTION_E("选项E", "optionE"),
    OPTION_F("选项F", "optionF"), ANSWER("正确答案", "answer"), CATEGORY("分类", "category"),
    DIFFICULTY("难度", "difficulty"), TAGS("标签", "tags"), EXPLANATION("解析", "explanation"), POINTS("分值", "points");

    private final String header;
    private final String field;

    QuestionWorkbook(String header, String field) {
        this.header = header;
        this.field = field;
    }

    public String header() {
        return header;
    }

    /** The form field the column fills, so rule problems land in the right column. */
    public String field() {
        return field;
    }

    public static QuestionWorkbook ofField(String field) {
        for (QuestionWorkbook c : values()) {
            if (c.field.equals(field)) {
                return c;
            }
        }
        return STEM;
    }

    public static String typeLabel(QuestionType t) {
        return switch (t) {
            case SINGLE -> "单选";
            case MULTIPLE -> "多选";
            case TRUE_FALSE -> "判断";
            case FILL_IN -> "填空";
            case SHORT_ANSWER -> "简答";
        };
    }

    public static QuestionType type(String text) {
        String s = text.strip();
        for (QuestionType t : QuestionType.values()) {
            if (t.name().equalsIgnoreCase(s) || typeLabel(t).equals(s) || (typeLabel(t) + "题").equals(s)) {
                return t;
            }
        }
        return null;
    }

    public static String categoryLabel(QuestionCategory c) {
        return switch (c) {
            case BASICS -> "三基";
            case SPECIALTY -> "专科";
            case RULES -> "规章制度";
            case INFECTION_CONTROL -> "院感";
            case OTHER -> "其他";
        };
    }

    public static QuestionCategory category(String text) {
        String s = text.strip();
        for (QuestionCategory c : QuestionCategory.values()) {
            if (c.name().equalsIgnoreCase(s) || categoryLabel(c).equals(s)) {
                return c;
            }
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "制度" -> QuestionCategory.RULES;
            case "院感防控", "感染控制" -> QuestionCategory.INFECTION_CONTROL;
            default -> null;
        };
    }
}
