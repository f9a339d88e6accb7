package org.yuanwu.quality.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.quality.TemplateKind;
import org.yuanwu.quality.TemplateStatus;

/**
 * Loads the built-in checklist library (quality/templates.csv) on start-up as active version 1.
 * A checklist whose family code is already stored is left alone, so a hospital's edits survive.
 */
@Component
@Order(15)
class TemplateLibraryLoader implements ApplicationRunner {

    private final QualityTemplateRepository templates;

    TemplateLibraryLoader(QualityTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, List<String[]>> byFamily = new LinkedHashMap<>();
        for (String[] row : read()) {
            byFamily.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
        }
        Instant now = Instant.now();
        byFamily.forEach((family, rows) -> {
            if (templates.existsByFamilyCode(family)) {
                return;
            }
            String[] first = rows.get(0);
            QualityTemplate t = new QualityTemplate(family, 1, "system", now);
            t.describe(first[1], TemplateKind.valueOf(first[2]), null, now);
            List<QualityTemplateItem> items = new ArrayList<>();
            int pos = 0;
            for (String[] r : rows) {
                items.add(new QualityTemplateItem(pos++, r[3], r[4], r[5], new BigDecimal(r[6]), new BigDecimal(r[7]),
                        Boolean.parseBoolean(r[8]), Boolean.parseBoolean(r[9]), Boolean.parseBoolean(r[10])));
            }
            t.replaceItems(items);
            t.moveTo(TemplateStatus.ACTIVE, now);
            templates.save(t);
        });
    }

    /** Rows after the header; fields never hold commas (the texts use the Chinese comma). */
    static List<String[]> read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("quality/templates.csv").getInputStream(), StandardCharsets.UTF_8))) {
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
