package org.yuanwu.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The training bundle (courses, sessions, skills): both languages say the same things, and every
 * key the code and the course / session / skill / sign-in pages name exists.
 */
class SessionMessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(training\\.(?:error|notice)\\.[A-Za-z.]+[A-Za-z])\"");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("#\\{(training\\.[A-Za-z.]+[A-Za-z])[}(]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                SessionMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern, String... prefixes) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).filter(f -> prefixes.length == 0
                    || Stream.of(prefixes).anyMatch(p -> f.getFileName().toString().startsWith(p))).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(keysIn(Path.of("src/main/java/org/yuanwu/training/internal/course"), ".java", KEY_IN_CODE));
        keys.addAll(keysIn(Path.of("src/main/java/org/yuanwu/training/internal/skill"), ".java", KEY_IN_CODE));
        keys.addAll(keysIn(Path.of("src/main/java/org/yuanwu/training"), ".java", KEY_IN_CODE, "Course", "Session", "Skill"));
        keys.addAll(keysIn(Path.of("src/main/resources/templates/training"), ".html", KEY_IN_PAGE,
                "course", "session", "skill", "signin"));
        for (CourseCategory c : CourseCategory.values()) {
            keys.add("training.category." + c);
        }
        for (SessionStatus s : SessionStatus.values()) {
            keys.add("training.status." + s);
        }
        for (AttendanceStatus a : AttendanceStatus.values()) {
            keys.add("training.attendance." + a);
        }
        for (AbsenceReason r : AbsenceReason.values()) {
            keys.add("training.absence." + r);
        }
        for (SessionSignIn.Outcome o : SessionSignIn.Outcome.values()) {
            keys.add("training.signin." + o);
        }
        return keys;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("training_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("training.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeAndPagesUseIsDefined() throws IOException {
        Set<String> used = keysUsed();
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(load("training.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void translationsUseTheSamePlaceholdersAndKeepTheirApostrophes() throws IOException {
        Properties zh = load("training.properties");
        Properties en = load("training_en.properties");
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
            for (String message : new String[] {zh.getProperty(key), en.getProperty(key)}) {
                assertThatCode(() -> new MessageFormat(message, Locale.ROOT).format(new Object[] {1, 2, 3}))
                        .as(key).doesNotThrowAnyException();
                if (!placeholders(message).isEmpty() && message.contains("'")) {
                    assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] {1, 2, 3})).as(key).contains("'");
                }
            }
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
