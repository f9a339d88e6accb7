package org.yuanwu.indicator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.indicator.Aggregation;
import org.yuanwu.indicator.Direction;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorForm;
import org.yuanwu.indicator.MeasureCatalog;

/**
 * Loads the built-in measures and indicators (the project's copy of shared/domain/indicators.csv)
 * on start-up. Only missing ones are added: a hospital's changed targets are never overwritten.
 */
@Component
@Order(5)
class CatalogueLoader implements ApplicationRunner {

    private final MeasureCatalog measures;
    private final IndicatorCatalog indicators;

    CatalogueLoader(MeasureCatalog measures, IndicatorCatalog indicators) {
        this.measures = measures;
        this.indicators = indicators;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (List<String> row : read("indicator/measures.csv")) {
            measures.declareManual(row.get(0), row.get(1), row.get(2), row.get(3), Aggregation.valueOf(row.get(4)));
        }
        for (List<String> row : read("indicator/indicators.csv")) {
            if (indicators.find(row.get(0)).isPresent()) {
                continue;
            }
            IndicatorForm f = new IndicatorForm();
            f.setCode(row.get(0));
            f.setNameZh(row.get(1));
            f.setNameEn(row.get(2));
            f.setNumerator(row.get(3));
            f.setDenominator(row.get(4));
            f.setFactor(new BigDecimal(row.get(5)));
            f.setDecimals(Integer.parseInt(row.get(6)));
            f.setUnit(row.get(7));
            f.setDirection(Direction.valueOf(row.get(8).toUpperCase(Locale.ROOT)));
            f.setTarget(row.get(9).isBlank() ? null : new BigDecimal(row.get(9)));
            f.setDescription(row.get(10));
            indicators.createBuiltIn(f);
        }
    }

    /** Rows after the header of a UTF-8 CSV file (quoted fields may hold commas and doubled quotes). */
    static List<List<String>> read(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(splitCsvLine(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
