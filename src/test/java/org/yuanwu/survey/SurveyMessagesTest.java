package org.yuanwu.survey;

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
import org.yuanwu.safety.ComplainantSatisfaction;
import org.yuanwu.safety.ComplaintCategory;
import org.yuanwu.safety.ComplaintChannel;
import org.yuanwu.safety.ComplaintKind;
import org.yuanwu.safety.ComplaintStatus;

/**
 * The survey and safety bundles: both languages say the same things with the same placeholders,
 * and every key the code, the pages and the enums use exists.
 */
class SurveyMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                SurveyMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysUsed(String module) throws IOException {
        Pattern inCode = Pattern.compile("\"(" + module + "\\.[A-Za-z.]+[A-Za-z])\"");
        Pattern inPage = Pattern.compile("#\\{(" + module + "\\.[A-Za-z.]+[A-Za-z])[}(]");
        Set<String> keys = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/org/yuanwu/" + module, "src/main/resources/templates/" + module}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    for (Pattern p : new Pattern[] {inCode, inPage}) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        keys.remove("survey.response"); // the facts' source type, not a message
        keys.remove("safety.event"); // likewise for adverse events
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        for (String module : new String[] {"survey", "safety"}) {
            Properties zh = load(module + ".properties");
            Properties en = load(module + "_en.properties");
            assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            for (String key : zh.stringPropertyNames()) {
                assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
            }
        }
    }

    @Test
    void everyKeyTheCodePagesAndEnumsUseIsDefined() throws IOException {
        Set<String> survey = keysUsed("survey");
        for (SurveyPurpose v : SurveyPurpose.values()) survey.add("survey.purpose." + v);
        for (SurveyAudience v : SurveyAudience.values()) survey.add("survey.audience." + v);
        for (SurveyStatus v : SurveyStatus.values()) survey.add("survey.status." + v);
        for (QuestionKind v : QuestionKind.values()) survey.add("survey.kind." + v);
        for (String c : new String[] {"LINK", "TOKEN", "STAFF"}) survey.add("survey.channel." + c);
        assertThat(survey).hasSizeGreaterThan(100);
        assertThat(load("survey.properties").stringPropertyNames()).containsAll(survey);

        Set<String> safety = keysUsed("safety");
        for (ComplaintKind v : ComplaintKind.values()) safety.add("safety.kind." + v);
        for (ComplaintChannel v : ComplaintChannel.values()) safety.add("safety.channel." + v);
        for (ComplaintCategory v : ComplaintCategory.values()) safety.add("safety.category." + v);
        for (ComplaintStatus v : ComplaintStatus.values()) safety.add("safety.status." + v);
        for (ComplainantSatisfaction v : ComplainantSatisfaction.values()) safety.add("safety.satisfaction." + v);
        assertThat(safety).hasSizeGreaterThan(50);
        assertThat(load("safety.properties").stringPropertyNames()).containsAll(safety);
    }
}
