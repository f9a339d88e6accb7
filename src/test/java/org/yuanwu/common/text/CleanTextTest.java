package org.yuanwu.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void nulIsRefusedNamingItsPosition() {
        assertThatThrownBy(() -> CleanText.clean("李\u0000芳"))
                .isInstanceOfSatisfying(UnacceptableTextException.class, e -> {
                    assertThat(e.position()).isEqualTo(2);
                    assertThat(e.codePointName()).isEqualTo("U+0000");
                });
    }

    @Test
    void c0ControlsOtherThanTabLineFeedAndCarriageReturnAreRefused() {
        for (char c : new char[] {'\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F'}) {
            assertThatThrownBy(() -> CleanText.clean("a" + c)).isInstanceOf(UnacceptableTextException.class);
        }
    }

    @Test
    void delAndC1ControlsAreRefused() {
        assertThatThrownBy(() -> CleanText.clean("a\u007F")).isInstanceOf(UnacceptableTextException.class);
        assertThatThrownBy(() -> CleanText.clean("a\u0085")).isInstanceOf(UnacceptableTextException.class);
        assertThatThrownBy(() -> CleanText.clean("a\u009F")).isInstanceOf(UnacceptableTextException.class);
    }

    @Test
    void loneSurrogatesAreRefusedButPairedOnesAreKept() {
        assertThatThrownBy(() -> CleanText.clean("x\uD800")).isInstanceOf(UnacceptableTextException.class);
        assertThatThrownBy(() -> CleanText.clean("\uDC00x")).isInstanceOf(UnacceptableTextException.class);
        assertThatThrownBy(() -> CleanText.clean("\uDC00\uD800")).isInstanceOf(UnacceptableTextException.class);
        assertThat(CleanText.clean("𠀀😀")).isEqualTo("𠀀😀");
    }

    @Test
    void positionCountsCharactersNotUtf16Units() {
        assertThatThrownBy(() -> CleanText.clean("😀\u0000"))
                .isInstanceOfSatisfying(UnacceptableTextException.class, e -> assertThat(e.position()).isEqualTo(2));
    }

    @Test
    void noncharactersAreRefused() {
        assertThatThrownBy(() -> CleanText.clean("\uFFFE")).isInstanceOf(UnacceptableTextException.class);
        assertThatThrownBy(() -> CleanText.clean("\uFFFF")).isInstanceOf(UnacceptableTextException.class);
        assertThatThrownBy(() -> CleanText.clean("\uFDD0")).isInstanceOf(UnacceptableTextException.class);
        assertThatThrownBy(() -> CleanText.clean(new String(Character.toChars(0x1FFFF))))
                .isInstanceOf(UnacceptableTextException.class);
        assertThat(CleanText.clean("\uFFFD")).isEqualTo("\uFFFD");
    }

    @Test
    void chineseTextWithTabsAndLineBreaksIsKeptUnchanged() {
        String remark = "患者夜间发热，\r\n已报告值班医生。\t复查血常规";
        assertThat(CleanText.clean(remark)).isSameAs(remark);
    }

    @Test
    void zeroWidthAndBidiCharactersAreStripped() {
        assertThat(CleanText.clean("W\u200B0\u200C1\u200D\u2060\uFEFF")).isEqualTo("W01");
        assertThat(CleanText.clean("\u202E张三\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069")).isEqualTo("张三");
    }

    @Test
    void passwordsKeepZeroWidthCharactersButNotControls() {
        assertThat(CleanText.cleanPassword("Pa\u200Bss")).isEqualTo("Pa\u200Bss");
        assertThatThrownBy(() -> CleanText.cleanPassword("Pa\u0000ss")).isInstanceOf(UnacceptableTextException.class);
        assertThat(CleanText.isPasswordProperty("newPassword")).isTrue();
        assertThat(CleanText.isPasswordProperty("name")).isFalse();
    }

    @Test
    void withoutForbiddenRemovesWhatCleanRefuses() {
        assertThat(CleanText.withoutForbidden("李\u0000芳\uD800\u200B")).isEqualTo("李芳");
    }

    @Test
    void textStartingWithAFormulaCharacterCouldRunAsFormula() {
        for (String s : new String[] {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1"}) {
            assertThat(CleanText.couldRunAsFormula(s)).as(s).isTrue();
        }
        for (String s : new String[] {"李芳", "W01", "1-2", "a=b", "", " =1"}) {
            assertThat(CleanText.couldRunAsFormula(s)).as(s).isFalse();
        }
        assertThat(CleanText.couldRunAsFormula(null)).isFalse();
    }
}
