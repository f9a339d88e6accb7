package org.yuanwu.plan;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plan bundle: both languages say the same things, and every key the plan code and pages use exists. */
class PlanMessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(plan\\.(?:error|notice)\\.[A-Za-z.]+[A-Za-z])\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                PlanMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** Message keys written out in the plan module's code, plus the per-action ones it builds. */
    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/yuanwu/plan"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (String action : new String[] {"SUBMIT", "APPROVE", "RETURN", "START", "CLOSE"}) {
            keys.add("plan.error.transition." + action);
            keys.add("plan.notice." + action.toLowerCase(Locale.ROOT));
        }
        for (PlanStatus s : PlanStatus.values()) {
            keys.add("plan.status." + s);
        }
        for (PlanAction a : PlanAction.values()) {
            keys.add("plan.action." + a);
        }
        for (ItemStatus s : ItemStatus.values()) {
            keys.add("plan.itemStatus." + s);
        }
        for (TargetComparator c : TargetComparator.values()) {
            keys.add("plan.comparator." + c);
        }
        return keys;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("plan_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("plan.properties").stringPropertyNames());
    }

    @Test
    void everyKeyThePlanCodeUsesIsDefined() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(load("plan.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void translationsUseTheSamePlaceholdersAndKeepTheirApostrophes() throws IOException {
        Properties zh = load("plan.properties");
        Properties en = load("plan_en.properties");
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
            for (String message : new String[] {zh.getProperty(key), en.getProperty(key)}) {
                assertThatCode(() -> new MessageFormat(message, Locale.ROOT).format(new Object[] {1, 2, 3}))
                        .as(key).doesNotThrowAnyException();
                if (!placeholders(message).isEmpty() && message.contains("'")) {
                    // Formatted with arguments, a lone apostrophe would swallow the text after it.
                    assertThat(new MessageFormat(message, Locale.ROOT).format(new Object[] {1, 2, 3})).as(key).contains("'");
                }
            }
        }
    }

    private static String placeholders(String message) {
        Matcher m = PLACEHOLDER.matcher(message);
        return m.results().map(r -> r.group(1)).sorted().collect(Collectors.joining(","));
    }
}
