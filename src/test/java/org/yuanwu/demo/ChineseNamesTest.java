package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yuanwu.organization.Gender;

class ChineseNamesTest {

    private static List<String> names(long seed, int count) {
        ChineseNames names = new ChineseNames(new Random(seed));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(names.next(i % 2 == 0 ? Gender.FEMALE : Gender.MALE));
        }
        return out;
    }

    @Test
    void sameSeedGivesSameNames() {
        assertThat(names(42, 200)).isEqualTo(names(42, 200));
    }

    @Test
    void differentSeedsGiveDifferentNames() {
        assertThat(names(1, 200)).isNotEqualTo(names(2, 200));
    }

    @Test
    void namesAreTwoOrThreeChineseCharactersAndBothLengthsOccur() {
        List<String> names = names(7, 1000);
        assertThat(names).allSatisfy(n -> {
            assertThat(n.length()).isBetween(2, 3);
            assertThat(n.codePoints()).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        });
        assertThat(names).anyMatch(n -> n.length() == 2).anyMatch(n -> n.length() == 3);
    }

    @Test
    void commonSurnamesAreDrawnMoreOftenThanRareOnes() {
        List<String> names = names(11, 5000);
        long wang = names.stream().filter(n -> n.startsWith("王")).count();
        long tang = names.stream().filter(n -> n.startsWith("汤")).count();
        assertThat(wang).isGreaterThan(tang * 3);
    }
}
