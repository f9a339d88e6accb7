package org.yuanwu.training;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.excel.ExcelSheet;
import org.yuanwu.organization.ImportMode;
import org.yuanwu.organization.StaffView;
import org.yuanwu.training.internal.exam.Exam;
import org.yuanwu.training.internal.exam.ExamTables;
import org.yuanwu.training.internal.file.PaperScoreWorkbook;

/**
 * Paper-exam scores from a workbook: the template lists the candidates; every filled row is checked with the
 * rules of a typed-in score (invited, a number within the paper's maximum, no retake after a pass or beyond the
 * allowed attempts, once per person per file) before anything is written. ALL_OR_NOTHING writes nothing when
 * a row is bad; VALID_ROWS enters the good rows. Each entered row is a new sitting, as if typed in.
 */
@Service
@Transactional
public class ExamScoreImportService {

    private final AttemptService attempts;
    private final ExamService exams;
    private final ExamTables tables;
    private final ExamAccess access;
    private final MessageSource messages;

    ExamScoreImportService(AttemptService attempts, ExamService exams, ExamTables tables, ExamAccess access,
                           MessageSource messages) {
        this.attempts = attempts;
        this.exams = exams;
        this.tables = tables;
        this.access = access;
        this.messages = messages;
    }

    /** The template: the exam's candidates with an empty score column. */
    @Transactional(readOnly = true)
    public byte[] template(Long examId) {
        Exam exam = paperExam(examId);
        List<List<Object>> rows = new ArrayList<>();
        for (StaffView p : candidates(exam).values()) {
            List<Object> row = new ArrayList<>();
            row.add(p.employeeNo());
            row.add(p.name());
            row.add(access.unitName(p.unitId()));
            rows.add(row);
        }
        return ExcelSheet.write("成绩", PaperScoreWorkbook.headers(), rows);
    }

    public ExamScoreImportReport importScores(Long examId, InputStream in, ImportMode mode) {
        Exam exam = paperExam(examId);
        ImportMode m = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        Locale locale = LocaleContextHolder.getLocale();
        List<PaperScoreWorkbook.Line> lines = PaperScoreWorkbook.read(in);
        Map<String, StaffView> byNo = new HashMap<>();
        candidates(exam).values().forEach(p -> byNo.put(p.employeeNo(), p));
        BigDecimal max = exams.maxScore(exam);
        List<ExamScoreImportReport.RowError> errors = new ArrayList<>();
        Map<Long, BigDecimal> good = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        String noHeader = PaperScoreWorkbook.Column.EMPLOYEE_NO.header();
        String scoreHeader = PaperScoreWorkbook.Column.SCORE.header();
        for (PaperScoreWorkbook.Line line : lines) {
            if (line.employeeNo().isEmpty()) {
                errors.add(error(line.row(), noHeader, "techfile.import.employeeNoRequired", locale));
                continue;
            }
            if (!seen.add(line.employeeNo())) {
                errors.add(error(line.row(), noHeader, "techfile.import.duplicate", locale, line.employeeNo()));
                continue;
            }
            StaffView person = byNo.get(line.employeeNo());
            if (person == null) {
                errors.add(error(line.row(), noHeader, "techfile.import.notCandidate", locale, line.employeeNo()));
                continue;
            }
            BigDecimal score;
            try {
                score = new BigDecimal(line.score());
            } catch (NumberFormatException e) {
                errors.add(error(line.row(), scoreHeader, "exam.error.scoreInvalid", locale));
                continue;
            }
            Optional<DomainException> refusal = attempts.paperScoreRefusal(exam, person.id(), score, max);
            if (refusal.isPresent()) {
                DomainException e = refusal.get();
                errors.add(error(line.row(), "staffId".equals(e.field()) ? noHeader : scoreHeader, e.messageKey(), locale, e.args()));
                continue;
            }
            good.put(person.id(), score);
        }
        boolean save = errors.isEmpty() || m == ImportMode.VALID_ROWS;
        int entered = 0;
        if (save) {
            for (Map.Entry<Long, BigDecimal> e : good.entrySet()) {
                attempts.enterPaperScore(examId, e.getKey(), e.getValue(), null, null);
                entered++;
            }
        }
        return new ExamScoreImportReport(m, lines.size(), entered > 0, entered, errors);
    }

    /** The exam, if the caller manages it and it takes paper scores now. */
    private Exam paperExam(Long examId) {
        Exam exam = access.load(examId);
        access.manager(exam.getUnitId());
        if (exam.getMode() != ExamMode.PAPER) {
            throw DomainException.conflict("exam.error.notPaper");
        }
        if (exam.getStatus() != ExamStatus.PUBLISHED) {
            throw DomainException.conflict("exam.error.notPublished");
        }
        return exam;
    }

    private Map<Long, StaffView> candidates(Exam exam) {
        Map<Long, StaffView> people = new LinkedHashMap<>();
        for (ExamTables.CandidateEntry c : tables.candidates(exam.getId())) {
            access.staff(c.staffId()).ifPresent(p -> people.put(p.id(), p));
        }
        return people;
    }

    private ExamScoreImportReport.RowError error(int row, String column, String key, Locale locale, Object... args) {
        return new ExamScoreImportReport.RowError(row, column, messages.getMessage(key, args, key, locale));
    }
}
