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
import org.yuanwu.infection.SampleKind;
import org.yuanwu.infection.UvLampType;
import org.yuanwu.organization.HygieneClass;

/**
 * The limits samples are judged by, read from the project's copies of shared/domain/hygiene_limits.csv and
 * disinfection_limits.csv (GB 15982-2012, WS/T 367-2012). A count at the limit passes; above it fails. A UV lamp
 * passes at or above its limit: 90 µW/cm² new (180 for high-intensity lamps), 70 in use (the standard gives no
 * separate in-use figure for high-intensity lamps, so 70 applies to both).
 */
@Component
public class HygieneLimits {

    private final Map<String, BigDecimal> air = new HashMap<>();
    private final Map<String, BigDecimal> surface = new HashMap<>();
    private final Map<String, BigDecimal> disinfection = new HashMap<>();

    HygieneLimits() {
        read("infection/hygiene_limits.csv", cols -> {
            if (!cols[2].isBlank()) {
                air.put(cols[0], new BigDecimal(cols[2]));
            }
            surface.put(cols[0], new BigDecimal(cols[4]));
        });
        read("infection/disinfection_limits.csv", cols -> {
            if (cols[1].matches("\\d+(\\.\\d+)?")) {
                disinfection.put(cols[0], new BigDecimal(cols[1]));
            }
        });
    }

    /** The most colony-forming units a sample may have and pass. */
    public BigDecimal limit(SampleKind kind, HygieneClass environmentClass) {
        BigDecimal limit = switch (kind) {
            case AIR -> air.get(environmentClass.name());
            case SURFACE -> surface.get(environmentClass.name());
            case HANDS_HYGIENIC -> surface.get("hands-hygienic");
            case HANDS_SURGICAL -> surface.get("hands-surgical");
            case DISINFECTANT_STERILANT -> disinfection.get("disinfectant_in_use_sterilant");
            case DISINFECTANT_SKIN_MUCOSA -> disinfection.get("disinfectant_in_use_skin_mucosa");
            case DISINFECTANT_OTHER -> disinfection.get("disinfectant_in_use_other");
        };
        if (limit == null) {
            throw new IllegalStateException("No limit for " + kind + " / " + environmentClass);
        }
        return limit;
    }

    /** The intensity a UV lamp must reach. */
    public BigDecimal uvLimit(UvLampType type, boolean newLamp) {
        if (newLamp) {
            return type == UvLampType.HIGH_INTENSITY ? disinfection.get("uv_lamp_new_high_intensity")
                    : disinfection.get("uv_lamp_new_ordinary_30w");
        }
        return disinfection.get("uv_lamp_in_use_30w");
    }

    private interface Row {
        void accept(String[] cols);
    }

    private static void read(String path, Row row) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    row.accept(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
