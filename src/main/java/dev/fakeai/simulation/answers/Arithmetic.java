package dev.fakeai.simulation.answers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Exact arithmetic over an expression of numbers, {@code + - * / ^}, {@code sqrt} and
 * parentheses, in decimals: integers stay integers, a division that does not end is given
 * to ten decimals. A malformed expression is null; a division by zero is an
 * {@link ArithmeticException}.
 */
final class Arithmetic {

	private static final MathContext PRECISION = new MathContext(34);

	private static final int MAX_EXPONENT = 1_000;

	private static final int MAX_DIGITS = 400;

	private final String text;

	private int at;

	private Arithmetic(String text) {
		this.text = text;
	}

	/** The value of an expression, or null when it is not one. */
	static @Nullable BigDecimal evaluate(String expression) {
		Arithmetic parser = new Arithmetic(expression.replace(" ", ""));
		try {
			BigDecimal value = parser.sum();
			return (parser.at == parser.text.length()) ? value : null;
		}
		catch (NumberFormatException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	/** A value as an answer states it: {@code 4}, {@code 0.3333333333}, {@code -2.5}. */
	static String format(BigDecimal value) {
		BigDecimal scaled = (value.scale() > 10) ? value.setScale(10, RoundingMode.HALF_EVEN) : value;
		scaled = scaled.stripTrailingZeros();
		return (scaled.signum() == 0) ? "0" : scaled.toPlainString();
	}

	private BigDecimal sum() {
		BigDecimal value = product();
		while (this.at < this.text.length() && (peek() == '+' || peek() == '-')) {
			char op = this.text.charAt(this.at++);
			BigDecimal right = product();
			value = (op == '+') ? value.add(right) : value.subtract(right);
		}
		return value;
	}

	private BigDecimal product() {
		BigDecimal value = power();
		while (this.at < this.text.length() && (peek() == '*' || peek() == '/')) {
			char op = this.text.charAt(this.at++);
			BigDecimal right = power();
			if (op == '*') {
				value = value.multiply(right);
			}
			else {
				if (right.signum() == 0) {
					throw new ArithmeticException("Division by zero");
				}
				value = value.divide(right, PRECISION);
			}
			check(value);
		}
		return value;
	}

	private BigDecimal power() {
		BigDecimal base = unary();
		if (this.at < this.text.length() && peek() == '^') {
			this.at++;
			BigDecimal exponent = power();
			int n;
			try {
				n = exponent.intValueExact();
			}
			catch (ArithmeticException ex) {
				throw new NumberFormatException("only whole exponents");
			}
			if (Math.abs(n) > MAX_EXPONENT) {
				throw new NumberFormatException("exponent too large");
			}
			BigDecimal value = (n >= 0) ? base.pow(n, PRECISION) : BigDecimal.ONE.divide(base.pow(-n), PRECISION);
			check(value);
			return value;
		}
		return base;
	}

	private BigDecimal unary() {
		if (peek() == '-') {
			this.at++;
			return unary().negate();
		}
		if (peek() == '+') {
			this.at++;
			return unary();
		}
		if (this.text.startsWith("sqrt", this.at)) {
			this.at += 4;
			BigDecimal value = unary();
			if (value.signum() < 0) {
				throw new NumberFormatException("no real square root");
			}
			BigDecimal root = value.sqrt(PRECISION);
			BigInteger whole = root.setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
			return new BigDecimal(whole).pow(2).compareTo(value) == 0 ? new BigDecimal(whole) : root;
		}
		if (peek() == '(') {
			this.at++;
			BigDecimal value = sum();
			if (peek() != ')') {
				throw new NumberFormatException("unclosed parenthesis");
			}
			this.at++;
			return value;
		}
		int start = this.at;
		while (this.at < this.text.length()
				&& (Character.isDigit(this.text.charAt(this.at)) || this.text.charAt(this.at) == '.')) {
			this.at++;
		}
		if (this.at - start > MAX_DIGITS) {
			throw new NumberFormatException("too many digits");
		}
		return new BigDecimal(this.text.substring(start, this.at));
	}

	private char peek() {
		return this.text.charAt(this.at);
	}

	private static void check(BigDecimal value) {
		if (value.precision() - value.scale() > MAX_DIGITS) {
			throw new NumberFormatException("too large");
		}
	}

}
