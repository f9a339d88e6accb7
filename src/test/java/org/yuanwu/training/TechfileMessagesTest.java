package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The technical-file bundle: both languages have the same keys and placeholders, and every key used exists. */
class TechfileMessagesTest {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|\")(techfile\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)(?![.A-Za-z])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(TechfileMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String root : List.of("src/main/java/org/yuanwu/training", "src/main/resources/templates/training")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (CreditEntryKind k : CreditEntryKind.values()) {
            keys.add("techfile.kind." + k.name());
        }
        for (CreditTitleGrade g : CreditTitleGrade.values()) {
            keys.add("techfile.grade." + g.name());
        }
        for (ComplianceRequirement r : ComplianceRequirement.values()) {
            keys.add("techfile.requirement." + r.name());
            keys.add("techfile.requirementName." + r.name());
        }
        for (String mode : new String[] {"ALL_OR_NOTHING", "VALID_ROWS"}) {
            keys.add("techfile.import.mode." + mode);
        }
        for (String field : new String[] {"title", "institution", "evidence"}) {
            keys.add("techfile.error." + field + "Required");
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties zh = load("techfile.properties");
        Properties en = load("techfile_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheTechnicalFileCodeAndPagesUseExists() throws IOException {
        Properties zh = load("techfile.properties");
        Set<String> used = keysUsed();
        assertThat(used).hasSizeGreaterThan(100);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(zh.stringPropertyNames());
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> set = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            set.add(m.group(1));
        }
        return set;
    }
}
