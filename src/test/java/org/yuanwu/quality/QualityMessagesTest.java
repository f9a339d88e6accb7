package org.yuanwu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quality bundle: both languages hold the same keys, and every key the code and pages use exists. */
class QualityMessagesTest {

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("[\"'{](quality\\.(?:[a-zA-Z]+\\.)*[a-zA-Z]+[a-zA-Z0-9])[\"'}]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                QualityMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/org/yuanwu/quality", "src/main/resources/templates/quality"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY_IN_SOURCE.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!m.group(1).startsWith("quality.internal") && !Character.isUpperCase(
                                m.group(1).substring("quality.".length()).charAt(0))) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        keys.removeIf(k -> k.equals("quality.inspection") || k.equals("quality.finding") || k.startsWith("quality.score_")
                || k.startsWith("quality.rectif") || k.equals("quality.inspections") || k.equals("quality.recurrence"));
        for (ReviewStepKind s : ReviewStepKind.values()) {
            keys.add("quality.step." + s);
            keys.add("quality.notice.step." + s);
            keys.add("quality.error.stepOrder." + s);
        }
        for (InspectionStatus s : InspectionStatus.values()) {
            keys.add("quality.status." + s);
        }
        for (FindingStatus s : FindingStatus.values()) {
            keys.add("quality.findingStatus." + s);
        }
        for (TemplateKind k : TemplateKind.values()) {
            keys.add("quality.kind." + k);
        }
        for (TemplateStatus s : TemplateStatus.values()) {
            keys.add("quality.templateStatus." + s);
        }
        for (RoundKind k : RoundKind.values()) {
            keys.add("quality.roundKind." + k);
        }
        return keys;
    }

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(load("quality_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("quality.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheModuleUsesExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsed();
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(load("quality.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("quality_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void messagesWithArgumentsFormatInBothLanguages() throws IOException {
        for (String name : new String[] {"quality.properties", "quality_en.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(MessageFormat.format(text, "X", "Y")).as(name + " " + key).doesNotContain("{0}");
                    // A lone apostrophe would swallow the rest of the message in MessageFormat.
                    assertThat(text.replace("''", "")).as(name + " " + key).doesNotContain("'");
                }
            }
        }
    }
}
