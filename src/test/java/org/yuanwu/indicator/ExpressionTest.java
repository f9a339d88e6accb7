package org.yuanwu.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionTest {

    /** Measures as given; any other measure has no data. */
    private static Function<String, BigDecimal> data(Object... codesAndValues) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put((String) codesAndValues[i], new BigDecimal(codesAndValues[i + 1].toString()));
        }
        return values::get;
    }

    private static final Function<String, BigDecimal> NO_DATA = code -> null;

    private static BigDecimal value(String text, Function<String, BigDecimal> valueOf) {
        return Expression.parse(text).evaluate(valueOf).orElseThrow();
    }

    private static ExpressionException failure(String text) {
        ExpressionException e = catchThrowableOfType(() -> Expression.parse(text), ExpressionException.class);
        assertThat(e).as("parse(\"%s\") should fail", text).isNotNull();
        return e;
    }

    @Nested
    class Arithmetic {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "8 - 3 - 2       | 3",
                "2 + 3 * 4       | 14",
                "(2+3)*4         | 20",
                "2 * 3 + 4       | 10",
                "24 / 4 / 2      | 3",
                "24 / (4 / 2)    | 12",
                "8 - (3 - 2)     | 7",
                "-5 + 2          | -3",
                "-(2 + 3)        | -5",
                "2 * -3          | -6",
                "2 - -3          | 5",
                "--4             | 4",
                "---4            | -4",
                "-2 * -2         | 4",
                "0.5 * 100       | 50",
                "1 / 4           | 0.25",
                "10 - 0.1 - 0.2  | 9.7",
                "((((1))))       | 1",
                "100             | 100",
                "007             | 7"})
        void precedenceAndAssociativityFollowArithmetic(String text, String expected) {
            assertThat(value(text, NO_DATA)).isEqualByComparingTo(expected);
        }

        @Test
        void whitespaceIsIgnored() {
            assertThat(value(" \t(2+3)\n*\r4 ", NO_DATA)).isEqualByComparingTo("20");
            assertThat(value("#{ a.x }+#{a.x}", data("a.x", 2))).isEqualByComparingTo("4");
        }

        @Test
        void measuresAreLookedUp() {
            var valueOf = data("finance.income", 1200, "finance.income_last_year", 1000);
            assertThat(value("#{finance.income} - #{finance.income_last_year}", valueOf)).isEqualByComparingTo("200");
            assertThat(value("(#{a.x} + #{a.y}) * 2", data("a.x", "1.5", "a.y", 2))).isEqualByComparingTo("7");
        }

        @Test
        void divisionUsesDecimal64AndNothingElseIsRounded() {
            assertThat(value("1 / 3", NO_DATA)).isEqualTo(BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL64));
            assertThat(value("1 / 3", NO_DATA).precision()).isEqualTo(16);
            assertThat(value("#{a.x} * #{a.x}", data("a.x", "1.23456789012345678")))
                    .isEqualTo(new BigDecimal("1.5241578753238836527968299765279684"));
            assertThat(value("#{a.x} + 0.000000000000000000001", data("a.x", "1000000000000")))
                    .isEqualTo(new BigDecimal("1000000000000.000000000000000000001"));
        }

        @Test
        void aConstantExpressionEvaluatesWithoutLookingUpAnything() {
            Function<String, BigDecimal> mustNotBeCalled = code -> {
                throw new AssertionError("looked up " + code);
            };
            assertThat(Expression.parse("2 + 3").evaluate(mustNotBeCalled)).contains(new BigDecimal("5"));
            assertThat(Expression.parse("0").evaluate(NO_DATA)).contains(BigDecimal.ZERO);
        }

        @Test
        void eachMeasureIsLookedUpOnce() {
            List<String> lookups = new java.util.ArrayList<>();
            Expression.parse("#{a.x} * #{a.x} + #{a.y} / #{a.x}").evaluate(code -> {
                lookups.add(code);
                return BigDecimal.ONE;
            });
            assertThat(lookups).containsExactly("a.x", "a.y");
        }
    }

    @Nested
    class MissingDataAndDivisionByZero {

        @Test
        void divisionByAZeroValuedMeasureIsEmpty() {
            Expression ratio = Expression.parse("#{a.x} / #{a.y}");
            assertThat(ratio.evaluate(data("a.x", 5, "a.y", 0))).isEmpty();
            assertThat(ratio.evaluate(data("a.x", 5, "a.y", "0.00"))).isEmpty();
            assertThat(ratio.evaluate(data("a.x", 5, "a.y", 2))).contains(new BigDecimal("2.5"));
        }

        @Test
        void divisionByZeroAnywhereMakesTheWholeResultEmpty() {
            Expression expression = Expression.parse("100 + #{a.x} / (#{a.y} - #{a.z}) * 0");
            assertThat(expression.evaluate(data("a.x", 1, "a.y", 3, "a.z", 3))).isEmpty();
        }

        @Test
        void aMissingDivisorWithOtherDataIsZeroSoTheResultIsEmpty() {
            assertThat(Expression.parse("#{a.x} / #{a.y}").evaluate(data("a.x", 5))).isEmpty();
        }

        @Test
        void whenEveryMeasureIsMissingTheResultIsEmpty() {
            assertThat(Expression.parse("#{a.x}").evaluate(NO_DATA)).isEmpty();
            assertThat(Expression.parse("#{a.x} + #{a.y} + 10").evaluate(NO_DATA)).isEmpty();
            assertThat(Expression.parse("#{a.x} * 0").evaluate(NO_DATA)).isEmpty();
        }

        @Test
        void aMissingMeasureAmongOthersCountsAsZero() {
            Expression sum = Expression.parse("#{a.x} + #{a.y}");
            assertThat(sum.evaluate(data("a.x", 7))).contains(new BigDecimal("7"));
            assertThat(sum.evaluate(data("a.y", 4))).contains(new BigDecimal("4"));
            assertThat(Expression.parse("#{a.x} - #{a.y}").evaluate(data("a.y", 4))).contains(new BigDecimal("-4"));
        }

        @Test
        void zeroIsDataNotAbsenceOfData() {
            assertThat(Expression.parse("#{a.x}").evaluate(data("a.x", 0))).contains(BigDecimal.ZERO);
            assertThat(Expression.parse("#{a.x} + #{a.y}").evaluate(data("a.x", 0))).contains(BigDecimal.ZERO);
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n "})
        void blankTextIsEmpty(String text) {
            ExpressionException e = failure(text);
            assertThat(e.key()).isEqualTo("indicator.expr.empty");
            assertThat(e.position()).isEqualTo(-1);
            assertThat(e.args()).isEmpty();
        }

        @Test
        void nullIsEmpty() {
            assertThat(failure(null).key()).isEqualTo("indicator.expr.empty");
        }

        @Test
        void aMissingOperandAtTheEndIsASyntaxErrorAtTheEnd() {
            ExpressionException e = failure("#{a.b} +");
            assertThat(e.key()).isEqualTo("indicator.expr.syntax");
            assertThat(e.position()).isEqualTo(8);
            assertThat(e.args()).containsExactly(9, "end");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "1 2          | 2  | 2",
                "+1           | 0  | +",
                "1 + * 2      | 4  | *",
                "(1 + 2))     | 7  | )",
                "()           | 1  | )",
                "1 (2)        | 2  | (",
                "#{a.b} #{a.c}| 7  | #{a.c}",
                "2 ^ 3        | 2  | ^",
                "abc          | 0  | abc",
                "1 + 收入      | 4  | 收入",
                "1.2.3        | 0  | 1.2.3",
                ".5           | 0  | .5",
                "5.           | 0  | 5.",
                "1e5          | 0  | 1e5",
                "# {a.b}      | 0  | #",
                "{a.b}        | 0  | {",
                "a.b}         | 0  | a.b",
                "1 % 2        | 2  | %",
                "1 */ 2       | 3  | /"})
        void syntaxErrorsNameTheColumnAndWhatWasFound(String text, int position, String found) {
            ExpressionException e = failure(text);
            assertThat(e.key()).isEqualTo("indicator.expr.syntax");
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.args()).containsExactly(position + 1, found);
        }

        @Test
        void positionsCountFromTheTrimmedText() {
            ExpressionException e = failure("   1 +");
            assertThat(e.position()).isEqualTo(3);
            assertThat(e.args()).containsExactly(4, "end");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "#{A b}             | 0 | A b",
                "#{a}               | 0 | a",
                "1 + #{A.b}         | 4 | A.b",
                "#{a.B}             | 0 | a.B",
                "#{a..b}            | 0 | a..b",
                "#{a.b.}            | 0 | a.b.",
                "#{.a.b}            | 0 | .a.b",
                "#{1a.b}            | 0 | 1a.b",
                "#{a.1b}            | 0 | a.1b",
                "#{a-b.c}           | 0 | a-b.c",
                "#{财务.收入}         | 0 | 财务.收入",
                "#{}                | 0 | \"\"",
                "#{ }               | 0 | \"\""})
        void malformedMeasureCodesAreBadMeasures(String text, int position, String inside) {
            ExpressionException e = failure(text);
            assertThat(e.key()).isEqualTo("indicator.expr.badMeasure");
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.args()).containsExactly(inside);
        }

        @Test
        void wellFormedCodesAreAccepted() {
            assertThatCode(() -> Expression.parse("#{census.patient_days} + #{a_1.b_2.c3} + #{x.y}"))
                    .doesNotThrowAnyException();
        }

        @Test
        void anUnclosedParenthesisIsReportedWhereItOpens() {
            ExpressionException e = failure("(#{a.b}");
            assertThat(e.key()).isEqualTo("indicator.expr.unclosed");
            assertThat(e.position()).isEqualTo(0);
            assertThat(e.args()).containsExactly(1, "(");

            ExpressionException inner = failure("2 * ((#{a.b} + 1)");
            assertThat(inner.key()).isEqualTo("indicator.expr.unclosed");
            assertThat(inner.position()).isEqualTo(4);
        }

        @Test
        void anUnclosedMeasureIsReportedWhereItOpens() {
            ExpressionException e = failure("1 + #{a.b");
            assertThat(e.key()).isEqualTo("indicator.expr.unclosed");
            assertThat(e.position()).isEqualTo(4);
            assertThat(e.args()).containsExactly(5, "#{");

            // The next measure's closing brace does not close this one.
            ExpressionException beforeAnother = failure("#{a.b + #{c.d}");
            assertThat(beforeAnother.key()).isEqualTo("indicator.expr.unclosed");
            assertThat(beforeAnother.position()).isEqualTo(0);
        }

        @Test
        void theFirstProblemInTheTextIsReported() {
            assertThat(failure("+ #{A}").key()).isEqualTo("indicator.expr.syntax");
            assertThat(failure("#{A} +").key()).isEqualTo("indicator.expr.badMeasure");
            assertThat(failure("(1 / 0").key()).isEqualTo("indicator.expr.divisionByZero");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "#{a.b} / 0           | 9",
                "#{a.b} / 0.00        | 9",
                "#{a.b} / (1 - 1)     | 9",
                "#{a.b} / -(2 * 0)    | 9",
                "1 / 0                | 4",
                "#{a.b} * 2 / (3 - 3) | 13"})
        void aConstantZeroDivisorIsRejected(String text, int position) {
            ExpressionException e = failure(text);
            assertThat(e.key()).isEqualTo("indicator.expr.divisionByZero");
            assertThat(e.position()).isEqualTo(position);
            assertThat(e.args()).containsExactly(position + 1);
        }

        @Test
        void aDivisorThatIsOnlySometimesZeroIsAccepted() {
            assertThatCode(() -> Expression.parse("#{a.b} / (#{a.c} - 1)")).doesNotThrowAnyException();
            assertThatCode(() -> Expression.parse("0 / #{a.b}")).doesNotThrowAnyException();
            assertThatCode(() -> Expression.parse("#{a.b} / 0.5")).doesNotThrowAnyException();
        }

        @Test
        void textLongerThanAThousandCharactersIsRejected() {
            String longest = "1" + " + 1".repeat(249) + "  "; // 997 characters, plus trailing blanks trimmed
            assertThat(longest.strip()).hasSize(997);
            assertThatCode(() -> Expression.parse(longest)).doesNotThrowAnyException();
            String exactly1000 = "1".repeat(1000);
            assertThatCode(() -> Expression.parse(exactly1000)).doesNotThrowAnyException();

            ExpressionException e = failure("1".repeat(1001));
            assertThat(e.key()).isEqualTo("indicator.expr.tooLong");
            assertThat(e.position()).isEqualTo(-1);
            assertThat(e.args()).containsExactly(1000, 1001);
        }

        @Test
        void nestingDeeperThanFiftyIsRejected() {
            String fifty = "(".repeat(50) + "1" + ")".repeat(50);
            assertThat(value(fifty, NO_DATA)).isEqualByComparingTo("1");

            ExpressionException e = failure("(".repeat(51) + "1" + ")".repeat(51));
            assertThat(e.key()).isEqualTo("indicator.expr.tooDeep");
            assertThat(e.position()).isEqualTo(50);
            assertThat(e.args()).containsExactly(50);

            // Depth is nesting, not the number of parentheses.
            String sideBySide = "(1) + ".repeat(100) + "1";
            assertThatCode(() -> Expression.parse(sideBySide)).doesNotThrowAnyException();
        }

        @Test
        void longChainsOfUnaryMinusDoNotOverflow() {
            assertThat(value("-".repeat(999) + "1", NO_DATA)).isEqualByComparingTo("-1");
            assertThat(value("-".repeat(998) + "1", NO_DATA)).isEqualByComparingTo("1");
        }

        @Test
        void theExceptionCannotBeChangedThroughItsArguments() {
            ExpressionException e = failure("#{a.b} +");
            e.args()[1] = "changed";
            assertThat(e.args()).containsExactly(9, "end");
            assertThat(e).hasMessageContaining("indicator.expr.syntax");
        }
    }

    @Nested
    class Measures {

        @Test
        void measuresAreListedInOrderOfAppearanceWithoutDuplicates() {
            Expression expression = Expression.parse("#{b.y} + #{a.x} * #{b.y} - (#{c.z} / #{a.x})");
            assertThat(expression.measures()).containsExactly("b.y", "a.x", "c.z");
        }

        @Test
        void aConstantHasNoMeasures() {
            assertThat(Expression.parse("1 + 2").measures()).isEmpty();
        }

        @Test
        void theMeasureSetCannotBeModified() {
            Set<String> measures = Expression.parse("#{a.x}").measures();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> measures.add("b.y"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void checkMeasuresAcceptsKnownOnes() {
            Expression expression = Expression.parse("#{a.x} + #{a.y}");
            assertThatCode(() -> expression.checkMeasures(Set.of("a.x", "a.y", "a.z")::contains)).doesNotThrowAnyException();
        }

        @Test
        void checkMeasuresRejectsTheFirstUnknownOneAtItsFirstUse() {
            Expression expression = Expression.parse("#{a.x} + #{a.y} * #{a.z} - #{a.y}");
            ExpressionException e = catchThrowableOfType(
                    () -> expression.checkMeasures(Set.of("a.x")::contains), ExpressionException.class);
            assertThat(e.key()).isEqualTo("indicator.expr.unknownMeasure");
            assertThat(e.args()).containsExactly("a.y");
            assertThat(e.position()).isEqualTo(9);
        }

        @Test
        void aConstantHasNothingToCheck() {
            assertThatCode(() -> Expression.parse("42").checkMeasures(code -> false)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Text {

        @Test
        void textIsKeptAsGivenButTrimmed() {
            Expression expression = Expression.parse("  (#{a.x}+1) *2 \n");
            assertThat(expression.text()).isEqualTo("(#{a.x}+1) *2");
            assertThat(expression).hasToString("(#{a.x}+1) *2");
        }

        @Test
        void expressionsWithTheSameTextAreEqual() {
            assertThat(Expression.parse(" #{a.x} + 1")).isEqualTo(Expression.parse("#{a.x} + 1"))
                    .hasSameHashCodeAs(Expression.parse("#{a.x} + 1"));
            assertThat(Expression.parse("#{a.x} + 1")).isNotEqualTo(Expression.parse("#{a.x}+1"));
        }

        @Test
        void evaluatingTwiceGivesTheSameResult() {
            Expression expression = Expression.parse("#{a.x} / 4");
            Optional<BigDecimal> first = expression.evaluate(data("a.x", 10));
            assertThat(expression.evaluate(data("a.x", 10))).isEqualTo(first).contains(new BigDecimal("2.5"));
        }
    }
}
