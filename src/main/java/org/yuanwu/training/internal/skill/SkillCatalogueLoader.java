package org.yuanwu.training.internal.skill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.training.SkillForm;
import org.yuanwu.training.SkillService;

/**
 * Loads the built-in basic nursing skills (the project's copy of shared/domain/nursing_basic_skills.csv:
 * no, name_zh, name_en) on start-up, each with the general scoring sheet and the default pass mark.
 * Only skills whose code (NS + two-digit number) is missing are added, so the hospital's edits,
 * withdrawals and new sheet versions are never overwritten.
 */
@Component
@Order(6)
class SkillCatalogueLoader implements ApplicationRunner {

    static final String RESOURCE = "training/nursing_basic_skills.csv";

    private final SkillService service;
    private final SkillRepository skills;

    SkillCatalogueLoader(SkillService service, SkillRepository skills) {
        this.service = service;
        this.skills = skills;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (String[] row : read()) {
            int no = Integer.parseInt(row[0].trim());
            String code = code(no);
            if (skills.existsByCode(code)) {
                continue;
            }
            SkillForm f = new SkillForm();
            f.setCode(code);
            f.setNameZh(row[1]);
            f.setNameEn(row.length > 2 ? row[2] : null);
            f.setPassThreshold(SkillService.DEFAULT_THRESHOLD);
            service.seed(f, no, SkillService.defaultSheet(), "system");
        }
    }

    static String code(int no) {
        return String.format("NS%02d", no);
    }

    /** Rows after the header; the file has no quoted fields. */
    static List<String[]> read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
