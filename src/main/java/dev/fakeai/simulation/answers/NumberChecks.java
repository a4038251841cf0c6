package dev.fakeai.simulation.answers;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks on numbers a yes/no question can ask: prime, even or odd, greater or less,
 * divisible, equal.
 */
final class NumberChecks {

	private static final Pattern PRIME = Pattern.compile("\\bis (\\d+) (?:a )?prime(?: number)?\\b");

	private static final Pattern PARITY = Pattern.compile("\\bis (\\d+) (?:an? )?(even|odd)(?: number)?\\b");

	private static final Pattern COMPARE = Pattern.compile("\\bis (-?\\d+(?:\\.\\d+)?) (greater|larger|bigger|more|"
			+ "less|smaller|fewer) than (-?\\d+(?:\\.\\d+)?)\\b");

	private static final Pattern EQUALS = Pattern.compile("\\bis (.+?) (?:equal to|equals|=) (-?\\d+(?:\\.\\d+)?)\\b");

	private static final Pattern DIVISIBLE = Pattern.compile("\\bis (\\d+) divisible by (\\d+)\\b");

	private NumberChecks() {
	}

	static @Nullable Boolean decide(String stem) {
		Matcher prime = PRIME.matcher(stem);
		if (prime.find() && prime.group(1).length() <= 12) {
			return SequenceSkill.isPrime(Long.parseLong(prime.group(1)));
		}
		Matcher parity = PARITY.matcher(stem);
		if (parity.find()) {
			boolean even = !new BigDecimal(parity.group(1)).toBigInteger().testBit(0);
			return parity.group(2).equals("even") == even;
		}
		Matcher compare = COMPARE.matcher(stem);
		if (compare.find()) {
			int order = new BigDecimal(compare.group(1)).compareTo(new BigDecimal(compare.group(3)));
			return List.of("greater", "larger", "bigger", "more").contains(compare.group(2)) ? order > 0 : order < 0;
		}
		Matcher divisible = DIVISIBLE.matcher(stem);
		if (divisible.find() && !divisible.group(2).matches("0+")) {
			return new BigDecimal(divisible.group(1)).remainder(new BigDecimal(divisible.group(2))).signum() == 0;
		}
		Matcher equals = EQUALS.matcher(stem);
		if (equals.find()) {
			BigDecimal left = ArithmeticSkill.valueOf(equals.group(1));
			return (left != null) ? left.compareTo(new BigDecimal(equals.group(2))) == 0 : null;
		}
		return null;
	}

}
