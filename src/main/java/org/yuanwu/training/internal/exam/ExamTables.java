package org.yuanwu.training.internal.exam;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The plain link tables of an exam: its fixed paper and its stored candidate list. */
@Component
public class ExamTables {

    /** One question of an exam's fixed paper. */
    public record PaperEntry(int position, Long questionId, int points) {
    }

    /** One invited candidate, with the unit they were in when invited. */
    public record CandidateEntry(Long staffId, Long unitId) {
    }

    private final JdbcTemplate jdbc;

    ExamTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PaperEntry> paper(Long examId) {
        return jdbc.query("select position, question_id, points from training_exam_question where exam_id = ? "
                + "order by position", (rs, i) -> new PaperEntry(rs.getInt(1), rs.getLong(2), rs.getInt(3)), examId);
    }

    public void replacePaper(Long examId, List<PaperEntry> entries) {
        jdbc.update("delete from training_exam_question where exam_id = ?", examId);
        List<Object[]> rows = new ArrayList<>();
        for (PaperEntry e : entries) {
            rows.add(new Object[] {examId, e.position(), e.questionId(), e.points()});
        }
        jdbc.batchUpdate("insert into training_exam_question (exam_id, position, question_id, points) values (?, ?, ?, ?)", rows);
    }

    public List<CandidateEntry> candidates(Long examId) {
        return jdbc.query("select staff_id, unit_id from training_exam_candidate where exam_id = ? order by staff_id",
                (rs, i) -> new CandidateEntry(rs.getLong(1), rs.getLong(2)), examId);
    }

    public boolean invited(Long examId, Long staffId) {
        Integer n = jdbc.queryForObject("select count(*) from training_exam_candidate where exam_id = ? and staff_id = ?",
                Integer.class, examId, staffId);
        return n != null && n > 0;
    }

    public int candidateCount(Long examId) {
        Integer n = jdbc.queryForObject("select count(*) from training_exam_candidate where exam_id = ?", Integer.class, examId);
        return n == null ? 0 : n;
    }

    public void replaceCandidates(Long examId, Collection<CandidateEntry> entries) {
        jdbc.update("delete from training_exam_candidate where exam_id = ?", examId);
        List<Object[]> rows = new ArrayList<>();
        for (CandidateEntry e : entries) {
            rows.add(new Object[] {examId, e.staffId(), e.unitId()});
        }
        jdbc.batchUpdate("insert into training_exam_candidate (exam_id, staff_id, unit_id) values (?, ?, ?)", rows);
    }

    /** Exams the staff member is invited to. */
    public List<Long> examsOf(Long staffId) {
        return jdbc.queryForList("select exam_id from training_exam_candidate where staff_id = ?", Long.class, staffId);
    }

    /** Exams with at least one candidate in one of the units. */
    public List<Long> examsWithCandidatesIn(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(unitIds.size(), "?"));
        return jdbc.queryForList("select distinct exam_id from training_exam_candidate where unit_id in (" + marks + ")",
                Long.class, unitIds.toArray());
    }
}
