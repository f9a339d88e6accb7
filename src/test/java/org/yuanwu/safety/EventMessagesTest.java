package org.yuanwu.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yuanwu.quality.FindingStatus;

/** The adverse-event bundle: both languages hold the same keys, and every key the code and pages use exists. */
class EventMessagesTest {

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("[\"'{](event\\.(?:[a-zA-Z]+\\.)*[a-zA-Z]+[a-zA-Z0-9])[\"'}]");
    private static final List<String> SOURCES = List.of(
            "src/main/java/org/yuanwu/safety/AdverseEventService.java",
            "src/main/java/org/yuanwu/safety/internal/EventRules.java",
            "src/main/java/org/yuanwu/safety/internal/EventController.java",
            "src/main/resources/templates/safety/events.html",
            "src/main/resources/templates/safety/event.html",
            "src/main/resources/templates/safety/event-form.html",
            "src/main/resources/templates/safety/event-review.html");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                EventMessagesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String file : SOURCES) {
            Matcher m = KEY_IN_SOURCE.matcher(Files.readString(Path.of(file)));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        for (EventLevel l : EventLevel.values()) {
            keys.add("event.level." + l);
        }
        for (EventType t : EventType.values()) {
            keys.add("event.type." + t);
        }
        for (EventStatus s : EventStatus.values()) {
            keys.add("event.status." + s);
        }
        for (TriageDecision d : TriageDecision.values()) {
            keys.add("event.decision." + d);
        }
        for (FishboneCategory c : FishboneCategory.values()) {
            keys.add("event.fishbone." + c);
        }
        for (FindingStatus s : FindingStatus.values()) {
            keys.add("event.finding." + s);
        }
        for (String field : List.of("id", "occurredAt", "unit", "place", "type", "level", "nursing", "patientInvolved",
                "description", "involvedStaff", "immediateActions", "reporter", "status", "repeat", "rca", "closedOn")) {
            keys.add("event.field." + field);
        }
        return keys;
    }

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(load("events_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("events.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheAdverseEventPagesUseExistsInBothLanguages() throws IOException {
        Set<String> used = keysUsed();
        assertThat(used).hasSizeGreaterThan(80);
        assertThat(load("events.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("events_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void messagesWithArgumentsFormatInBothLanguages() throws IOException {
        for (String name : new String[] {"events.properties", "events_en.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(MessageFormat.format(text, "X")).as(name + " " + key).doesNotContain("{0}");
                    assertThat(text.replace("''", "")).as(name + " " + key).doesNotContain("'");
                }
            }
        }
    }
}
