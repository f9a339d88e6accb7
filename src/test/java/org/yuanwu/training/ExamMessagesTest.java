package org.yuanwu.training;

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

/** The exam bundle: both languages have the same keys and placeholders, and every key the code and pages use exists. */
class ExamMessagesTest {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|\")(exam\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)(?![.A-Za-z])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(ExamMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String root : new String[] {"src/main/java/org/yuanwu/training", "src/main/resources/templates/training"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    boolean mine = name.startsWith("Exam") || name.startsWith("Question") || name.startsWith("Attempt")
                            || name.startsWith("Paper") || name.startsWith("Grading") || name.startsWith("exam")
                            || name.startsWith("question") || name.startsWith("attempt") || name.startsWith("Bank")
                            || file.toString().contains("/internal/exam/");
                    if (!mine) {
                        continue;
                    }
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (Enum<?>[] values : java.util.List.<Enum<?>[]>of(QuestionType.values(), QuestionCategory.values(),
                ExamKind.values(), ExamMode.values(), ExamStatus.values(), ExamPassMarkType.values(),
                PaperAssembly.values(), AttemptStatus.values(), AttemptSubmitReason.values())) {
            String prefix = switch (values[0].getDeclaringClass().getSimpleName()) {
                case "QuestionType" -> "exam.type.";
                case "QuestionCategory" -> "exam.category.";
                case "ExamKind" -> "exam.kind.";
                case "ExamMode" -> "exam.mode.";
                case "ExamStatus" -> "exam.status.";
                case "ExamPassMarkType" -> "exam.passMarkType.";
                case "PaperAssembly" -> "exam.assembly.";
                case "AttemptStatus" -> "exam.attemptStatus.";
                default -> "exam.submitReason.";
            };
            for (Enum<?> v : values) {
                keys.add(prefix + v.name());
            }
        }
        for (String outcome : new String[] {"PASSED", "FAILED", "PENDING", "IN_PROGRESS", "ABSENT"}) {
            keys.add("exam.outcome." + outcome);
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties zh = load("exam.properties");
        Properties en = load("exam_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheExamCodeAndPagesUseExists() throws IOException {
        Properties zh = load("exam.properties");
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
