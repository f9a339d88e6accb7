package org.yuanwu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The recordaudit and radiology bundles: both languages hold the same keys, and every key the code uses exists. */
class RecordAuditAndRadiologyMessagesTest {

    private static final Pattern KEY = Pattern.compile("[\"'{]((?:recordaudit|radiology)\\.(?:[a-zA-Z]+\\.)*[a-zA-Z]+)[\"'}(]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                RecordAuditAndRadiologyMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/org/yuanwu/quality", "src/main/resources/templates/quality/records",
                "src/main/resources/templates/quality/radiology"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (RecordAuditStatus s : RecordAuditStatus.values()) {
            keys.add("recordaudit.status." + s);
        }
        for (RecordAuditLevel l : RecordAuditLevel.values()) {
            keys.add("recordaudit.level." + l);
        }
        for (RadiologyGrade g : RadiologyGrade.values()) {
            keys.add("radiology.grade." + g);
            keys.add("radiology.summary.col." + g);
        }
        for (RadiologyConcordance c : RadiologyConcordance.values()) {
            keys.add("radiology.concordance." + c);
        }
        for (RadiologySource s : RadiologySource.values()) {
            keys.add("radiology.source." + s);
        }
        for (RadiologyModality m : RadiologyModality.values()) {
            keys.add("radiology.modality." + m);
        }
        for (String t : new String[] {"summary", "images", "reports", "readings", "followups", "devices"}) {
            keys.add("radiology.tab." + t);
        }
        return keys;
    }

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        for (String bundle : new String[] {"recordaudit", "radiology"}) {
            assertThat(load(bundle + "_en.properties").stringPropertyNames())
                    .isEqualTo(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void everyKeyTheCodeAndPagesUseExists() throws IOException {
        Set<String> known = new TreeSet<>(load("recordaudit.properties").stringPropertyNames());
        known.addAll(load("radiology.properties").stringPropertyNames());
        assertThat(known).containsAll(keysUsed());
    }
}
