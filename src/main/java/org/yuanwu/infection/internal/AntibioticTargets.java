package org.yuanwu.infection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yuanwu.infection.PrescriptionSetting;

/** The national antibiotic-use ceilings, from the project's copy of shared/domain/antibiotic_targets.csv. */
@Component
public class AntibioticTargets {

    private final Map<String, BigDecimal> limits = new HashMap<>();

    AntibioticTargets() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("infection/antibiotic_targets.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split(",", -1);
                if (cols.length > 1 && !cols[1].isBlank()) {
                    limits.put(cols[0], new BigDecimal(cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highest share (percent) of prescriptions or inpatients with antibiotics the campaign allows. */
    public BigDecimal limitPercent(PrescriptionSetting setting) {
        return limits.get(setting.targetKey());
    }
}
