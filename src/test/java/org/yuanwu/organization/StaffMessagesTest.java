package org.yuanwu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The staff bundle: both languages say the same things, and every message the staff services throw exists. */
class StaffMessagesTest {

    /** Keys StaffService, StaffRules and StaffImportService throw or report. */
    private static final List<String> THROWN = List.of(
            "staff.error.employeeNoTaken", "staff.error.idFormat", "staff.error.idCheckDigit",
            "staff.error.birthDateMismatch", "staff.error.genderMismatch", "staff.error.birthDateRange",
            "staff.error.hireDateFuture", "staff.error.hireBeforeSixteen", "staff.error.nurseLevelNotNurse",
            "staff.error.unitUnknown", "staff.error.unitInactive", "staff.error.notFound",
            "import.error.notSpreadsheet", "import.error.noSheet", "import.error.noHeader",
            "import.error.missingColumns", "import.error.tooManyRows", "import.error.unitUnknown",
            "import.error.unitOutOfScope", "import.error.duplicateInFile", "import.error.employeeOutOfScope",
            "import.error.unknownValue", "import.error.badDate");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                StaffMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("staff_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("staff.properties").stringPropertyNames());
    }

    @Test
    void everyMessageTheStaffServicesThrowIsDefinedInBothLanguages() throws IOException {
        assertThat(load("staff.properties").stringPropertyNames()).containsAll(THROWN);
        assertThat(load("staff_en.properties").stringPropertyNames()).containsAll(THROWN);
    }

    @Test
    void translationsUseTheSamePlaceholdersAndAreValidMessageFormats() throws IOException {
        Properties zh = load("staff.properties");
        Properties en = load("staff_en.properties");
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
            assertThatCode(() -> new MessageFormat(zh.getProperty(key), Locale.CHINA).format(new Object[]{1, 2, 3}))
                    .as(key).doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(new Object[]{1, 2, 3}))
                    .as(key).doesNotThrowAnyException();
        }
    }

    private static String placeholders(String message) {
        Matcher m = PLACEHOLDER.matcher(message);
        return m.results().map(r -> r.group(1)).sorted().collect(Collectors.joining(","));
    }
}
