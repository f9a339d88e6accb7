package org.yuanwu.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Arithmetic over measures, for indicator numerators and denominators, e.g.
 * {@code #{finance.income} - #{finance.income_last_year}} or {@code (#{a.x} + #{a.y}) * 2}.
 *
 * <pre>
 * expr   := term (('+' | '-') term)*
 * term   := factor (('*' | '/') factor)*
 * factor := NUMBER | MEASURE | '(' expr ')' | '-' factor
 * NUMBER := digits ('.' digits)?          MEASURE := '#{' code '}'
 * </pre>
 *
 * Codes are lower-case and dotted ({@code census.patient_days}); whitespace between tokens is
 * ignored. Errors are reported as {@link ExpressionException} with these keys and arguments:
 * <ul>
 * <li>{@code indicator.expr.empty} — no arguments, position -1;</li>
 * <li>{@code indicator.expr.tooLong} — (maximum length, actual length), position -1;</li>
 * <li>{@code indicator.expr.tooDeep} — (maximum depth), at the first '(' beyond it;</li>
 * <li>{@code indicator.expr.syntax} — (1-based column, the text found there or "end");</li>
 * <li>{@code indicator.expr.badMeasure} — (the text inside the braces), at its '#';</li>
 * <li>{@code indicator.expr.unclosed} — (1-based column, "(" or "#{"), at the opener;</li>
 * <li>{@code indicator.expr.divisionByZero} — (1-based column), at the constant-zero divisor;</li>
 * <li>{@code indicator.expr.unknownMeasure} — (code), at its first use; from {@link #checkMeasures}.</li>
 * </ul>
 * Positions are 0-based indices into {@link #text()}, i.e. after trimming.
 */
public final class Expression {

    public static final int MAX_LENGTH = 1000;
    public static final int MAX_DEPTH = 50;

    private static final Pattern MEASURE_CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private final String text;
    private final Node root;
    /** Each measure code with the index of its first use, in order of appearance. */
    private final Map<String, Integer> firstUse;

    private Expression(String text, Node root, Map<String, Integer> firstUse) {
        this.text = text;
        this.root = root;
        this.firstUse = Collections.unmodifiableMap(firstUse);
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ExpressionException("indicator.expr.empty", -1);
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new ExpressionException("indicator.expr.tooLong", -1, MAX_LENGTH, trimmed.length());
        }
        Parser parser = new Parser(trimmed);
        Node root = parser.parseAll();
        return new Expression(trimmed, root, parser.firstUse);
    }

    /** The measure codes, in order of first appearance, without duplicates. */
    public Set<String> measures() {
        return firstUse.keySet();
    }

    public String text() {
        return text;
    }

    /** Throws {@code indicator.expr.unknownMeasure} for the first measure that is not known. */
    public void checkMeasures(Predicate<String> known) {
        Objects.requireNonNull(known, "known");
        for (Map.Entry<String, Integer> use : firstUse.entrySet()) {
            if (!known.test(use.getKey())) {
                throw new ExpressionException("indicator.expr.unknownMeasure", use.getValue(), use.getKey());
            }
        }
    }

    /**
     * The value, given each measure's value in the period; {@code valueOf} returns null for a
     * measure with no data. "No data" is not zero: when every measure referenced has no data the
     * result is empty, otherwise missing measures count as 0. Division by zero also gives empty.
     * Division uses {@link MathContext#DECIMAL64}; other operations are exact.
     */
    public Optional<BigDecimal> evaluate(Function<String, BigDecimal> valueOf) {
        Objects.requireNonNull(valueOf, "valueOf");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        boolean anyData = false;
        for (String code : firstUse.keySet()) {
            BigDecimal value = valueOf.apply(code); // once per measure: lookups may be costly
            values.put(code, value == null ? BigDecimal.ZERO : value);
            anyData |= value != null;
        }
        if (!firstUse.isEmpty() && !anyData) {
            return Optional.empty();
        }
        return Optional.ofNullable(root.evaluate(values));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Expression that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    // ---------------------------------------------------------------- syntax tree

    /** A node evaluates to its value, or null when a division by zero makes it undefined. */
    private sealed interface Node {
        BigDecimal evaluate(Map<String, BigDecimal> values);

        boolean isConstant();
    }

    private record Literal(BigDecimal value) implements Node {
        public BigDecimal evaluate(Map<String, BigDecimal> values) { return value; }
        public boolean isConstant() { return true; }
    }

    private record Measure(String code) implements Node {
        public BigDecimal evaluate(Map<String, BigDecimal> values) { return values.get(code); }
        public boolean isConstant() { return false; }
    }

    private record Negation(Node operand) implements Node {
        public BigDecimal evaluate(Map<String, BigDecimal> values) {
            BigDecimal value = operand.evaluate(values);
            return value == null ? null : value.negate();
        }
        public boolean isConstant() { return operand.isConstant(); }
    }

    private record Operation(char operator, Node left, Node right) implements Node {
        public BigDecimal evaluate(Map<String, BigDecimal> values) {
            BigDecimal a = left.evaluate(values);
            BigDecimal b = right.evaluate(values);
            if (a == null || b == null) {
                return null;
            }
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                case '/' -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL64);
                default -> throw new IllegalStateException("operator " + operator);
            };
        }
        public boolean isConstant() { return left.isConstant() && right.isConstant(); }
    }

    // ---------------------------------------------------------------- parsing

    private enum Kind { NUMBER, MEASURE, PLUS, MINUS, TIMES, DIVIDE, OPEN, CLOSE, END }

    /** A token and where it starts; {@code source} is its text as written. */
    private record Token(Kind kind, int position, String source) {}

    /**
     * Recursive descent with one token of look-ahead. Tokens are read on demand, so problems are
     * reported in the order they occur in the text.
     */
    private static final class Parser {
        private final String text;
        private final Map<String, Integer> firstUse = new LinkedHashMap<>();
        private int cursor;
        private int depth;
        private Token current;

        Parser(String text) {
            this.text = text;
            this.current = readToken();
        }

        Node parseAll() {
            Node node = expression();
            if (current.kind != Kind.END) {
                throw syntaxError(current);
            }
            return node;
        }

        private Node expression() {
            Node node = term();
            while (current.kind == Kind.PLUS || current.kind == Kind.MINUS) {
                char operator = current.kind == Kind.PLUS ? '+' : '-';
                advance();
                node = new Operation(operator, node, term());
            }
            return node;
        }

        private Node term() {
            Node node = factor();
            while (current.kind == Kind.TIMES || current.kind == Kind.DIVIDE) {
                char operator = current.kind == Kind.TIMES ? '*' : '/';
                advance();
                int divisorPosition = current.position;
                Node operand = factor();
                // A divisor without measures is the same every time: if it is zero, say so now.
                if (operator == '/' && operand.isConstant() && operand.evaluate(Map.of()).signum() == 0) {
                    throw new ExpressionException("indicator.expr.divisionByZero", divisorPosition, divisorPosition + 1);
                }
                node = new Operation(operator, node, operand);
            }
            return node;
        }

        private Node factor() {
            // Consecutive unary minuses are counted, not recursed into: "----1" cannot overflow the stack.
            int minuses = 0;
            while (current.kind == Kind.MINUS) {
                minuses++;
                advance();
            }
            Node node = primary();
            return minuses % 2 == 0 ? node : new Negation(node);
        }

        private Node primary() {
            Token token = current;
            switch (token.kind) {
                case NUMBER -> {
                    advance();
                    return new Literal(new BigDecimal(token.source));
                }
                case MEASURE -> {
                    advance();
                    String code = measureCode(token.source);
                    firstUse.putIfAbsent(code, token.position);
                    return new Measure(code);
                }
                case OPEN -> {
                    if (++depth > MAX_DEPTH) {
                        throw new ExpressionException("indicator.expr.tooDeep", token.position, MAX_DEPTH);
                    }
                    advance();
                    Node inner = expression();
                    if (current.kind == Kind.END) {
                        throw new ExpressionException("indicator.expr.unclosed", token.position, token.position + 1, "(");
                    }
                    if (current.kind != Kind.CLOSE) {
                        throw syntaxError(current);
                    }
                    advance();
                    depth--;
                    return inner;
                }
                default -> throw syntaxError(token);
            }
        }

        private void advance() {
            current = readToken();
        }

        private Token readToken() {
            while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
                cursor++;
            }
            int begin = cursor;
            if (begin == text.length()) {
                return new Token(Kind.END, begin, "end");
            }
            char c = text.charAt(begin);
            Kind single = switch (c) {
                case '+' -> Kind.PLUS;
                case '-' -> Kind.MINUS;
                case '*' -> Kind.TIMES;
                case '/' -> Kind.DIVIDE;
                case '(' -> Kind.OPEN;
                case ')' -> Kind.CLOSE;
                default -> null;
            };
            if (single != null) {
                cursor++;
                return new Token(single, begin, String.valueOf(c));
            }
            if (c == '#' && begin + 1 < text.length() && text.charAt(begin + 1) == '{') {
                return readMeasure(begin);
            }
            // A number, or a stray word: take the whole run so the message shows what was written.
            while (cursor < text.length() && isWordPart(text.charAt(cursor))) {
                cursor++;
            }
            if (cursor == begin) {
                cursor++;
            }
            String source = text.substring(begin, cursor);
            Token token = new Token(Kind.NUMBER, begin, source);
            if (!NUMBER.matcher(source).matches()) {
                throw syntaxError(token);
            }
            return token;
        }

        /** "#{code}"; a '#' or the end of text before the closing brace means the brace is missing. */
        private Token readMeasure(int begin) {
            int close = begin + 2;
            while (close < text.length() && text.charAt(close) != '}') {
                if (text.charAt(close) == '#') {
                    break;
                }
                close++;
            }
            if (close == text.length() || text.charAt(close) != '}') {
                throw new ExpressionException("indicator.expr.unclosed", begin, begin + 1, "#{");
            }
            cursor = close + 1;
            String inside = text.substring(begin + 2, close).strip();
            if (!MEASURE_CODE.matcher(inside).matches()) {
                throw new ExpressionException("indicator.expr.badMeasure", begin, inside);
            }
            return new Token(Kind.MEASURE, begin, text.substring(begin, cursor));
        }

        private static String measureCode(String source) {
            return source.substring(2, source.length() - 1).strip();
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '.' || c == '_';
        }

        private static ExpressionException syntaxError(Token found) {
            return new ExpressionException("indicator.expr.syntax", found.position, found.position + 1, found.source);
        }
    }
}
