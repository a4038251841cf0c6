package dev.fakeai.simulation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Numbers and integers within a schema's bounds ({@code minimum}, {@code maximum}, their
 * exclusive forms, both the 2020-12 number form and draft 4's boolean form) and
 * {@code multipleOf}, computed exactly in decimal so the value written is the value
 * checked. Bounds that hold no value fail with the keyword that cannot be met.
 */
final class NumberValues {

	private static final BigDecimal DEFAULT_SPAN = BigDecimal.valueOf(100);

	private static final BigInteger LARGEST_DRAW = BigInteger.valueOf(Long.MAX_VALUE);

	private NumberValues() {
	}

	static JsonNode integer(JsonNode schema, SplittableRandom random, String at) {
		Range range = Range.of(schema);
		BigInteger low = range.lowExclusive ? floor(range.low).add(BigInteger.ONE) : ceiling(range.low);
		BigInteger high = range.highExclusive ? ceiling(range.high).subtract(BigInteger.ONE) : floor(range.high);
		if (low.compareTo(high) > 0) {
			throw new UnsatisfiableSchemaException(range.lowKeyword, at,
					"no integer lies between " + range.describe() + ".");
		}
		BigDecimal multiple = multipleOf(schema, at);
		BigInteger step = (multiple != null) ? integerStep(multiple) : BigInteger.ONE;
		BigInteger first = ceilingDivide(low, step);
		BigInteger last = floorDivide(high, step);
		if (first.compareTo(last) > 0) {
			throw new UnsatisfiableSchemaException("multipleOf", at,
					"no integer multiple of " + multiple + " lies between " + range.describe() + ".");
		}
		BigInteger value = draw(first, last, random).multiply(step);
		return (value.bitLength() < Long.SIZE) ? JsonNodeFactory.instance.numberNode(value.longValue())
				: JsonNodeFactory.instance.numberNode(value);
	}

	static JsonNode number(JsonNode schema, SplittableRandom random, String at) {
		Range range = Range.of(schema);
		int order = range.low.compareTo(range.high);
		if (order > 0 || (order == 0 && (range.lowExclusive || range.highExclusive))) {
			throw new UnsatisfiableSchemaException(range.lowKeyword, at,
					"no number lies between " + range.describe() + ".");
		}
		BigDecimal multiple = multipleOf(schema, at);
		if (multiple != null) {
			return JsonNodeFactory.instance.numberNode(multipleWithin(range, multiple, random, at));
		}
		if (order == 0) {
			return JsonNodeFactory.instance.numberNode(plain(range.low));
		}
		double low = range.low.doubleValue();
		double drawn = low + random.nextDouble() * (range.high.doubleValue() - low);
		BigDecimal value = BigDecimal.valueOf(drawn).setScale(2, RoundingMode.HALF_UP);
		if (!range.contains(value)) {
			value = range.low.add(range.high).divide(BigDecimal.valueOf(2));
		}
		return JsonNodeFactory.instance.numberNode(plain(value));
	}

	private static BigDecimal multipleWithin(Range range, BigDecimal multiple, SplittableRandom random, String at) {
		BigInteger first = range.low.divide(multiple, 0, RoundingMode.CEILING).toBigIntegerExact();
		if (range.lowExclusive && multiple.multiply(new BigDecimal(first)).compareTo(range.low) == 0) {
			first = first.add(BigInteger.ONE);
		}
		BigInteger last = range.high.divide(multiple, 0, RoundingMode.FLOOR).toBigIntegerExact();
		if (range.highExclusive && multiple.multiply(new BigDecimal(last)).compareTo(range.high) == 0) {
			last = last.subtract(BigInteger.ONE);
		}
		if (first.compareTo(last) > 0) {
			throw new UnsatisfiableSchemaException("multipleOf", at,
					"no multiple of " + multiple.toPlainString() + " lies between " + range.describe() + ".");
		}
		return plain(multiple.multiply(new BigDecimal(draw(first, last, random))));
	}

	private static @Nullable BigDecimal multipleOf(JsonNode schema, String at) {
		JsonNode multiple = schema.get("multipleOf");
		if (multiple == null || !multiple.isNumber()) {
			return null;
		}
		BigDecimal value = multiple.decimalValue();
		if (value.signum() <= 0) {
			throw new UnsatisfiableSchemaException("multipleOf", at, "multipleOf must be greater than 0.");
		}
		return value;
	}

	/**
	 * The smallest integer that is a multiple of {@code multiple} (0.5 gives 1, 2.5 gives
	 * 5).
	 */
	private static BigInteger integerStep(BigDecimal multiple) {
		BigDecimal stripped = multiple.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return stripped.toBigIntegerExact();
		}
		BigInteger unscaled = stripped.unscaledValue();
		return unscaled.divide(unscaled.gcd(BigInteger.TEN.pow(stripped.scale())));
	}

	private static BigInteger draw(BigInteger first, BigInteger last, SplittableRandom random) {
		BigInteger span = last.subtract(first).add(BigInteger.ONE);
		long bound = span.min(LARGEST_DRAW).longValue();
		return first.add(BigInteger.valueOf(random.nextLong(bound)));
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static BigInteger ceiling(BigDecimal value) {
		return value.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
	}

	private static BigInteger floor(BigDecimal value) {
		return value.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
	}

	private static BigInteger ceilingDivide(BigInteger value, BigInteger divisor) {
		BigInteger[] qr = value.divideAndRemainder(divisor);
		return (qr[1].signum() > 0) ? qr[0].add(BigInteger.ONE) : qr[0];
	}

	private static BigInteger floorDivide(BigInteger value, BigInteger divisor) {
		BigInteger[] qr = value.divideAndRemainder(divisor);
		return (qr[1].signum() < 0) ? qr[0].subtract(BigInteger.ONE) : qr[0];
	}

	/**
	 * The bounds of one schema; a missing side lies 100 from the other (0 to 100 with
	 * none).
	 */
	private record Range(BigDecimal low, boolean lowExclusive, String lowKeyword, BigDecimal high,
			boolean highExclusive, String highKeyword) {

		static Range of(JsonNode schema) {
			Bound low = Bound.read(schema, "minimum", "exclusiveMinimum", true);
			Bound high = Bound.read(schema, "maximum", "exclusiveMaximum", false);
			BigDecimal lowValue = (low != null) ? low.value : BigDecimal.ZERO;
			if (low == null && high != null && high.value.signum() <= 0) {
				lowValue = high.value.subtract(DEFAULT_SPAN);
			}
			BigDecimal highValue = (high != null) ? high.value : lowValue.add(DEFAULT_SPAN);
			return new Range(lowValue, low != null && low.exclusive, (low != null) ? low.keyword : "minimum", highValue,
					high != null && high.exclusive, (high != null) ? high.keyword : "maximum");
		}

		boolean contains(BigDecimal value) {
			int fromLow = value.compareTo(this.low);
			int fromHigh = value.compareTo(this.high);
			return (this.lowExclusive ? fromLow > 0 : fromLow >= 0)
					&& (this.highExclusive ? fromHigh < 0 : fromHigh <= 0);
		}

		String describe() {
			return this.lowKeyword + " " + this.low.toPlainString() + " and " + this.highKeyword + " "
					+ this.high.toPlainString();
		}

	}

	/** One side's tightest bound among the inclusive and the exclusive keyword. */
	private record Bound(BigDecimal value, boolean exclusive, String keyword) {

		static @Nullable Bound read(JsonNode schema, String inclusive, String exclusive, boolean lower) {
			JsonNode plain = schema.get(inclusive);
			JsonNode strict = schema.get(exclusive);
			Bound bound = null;
			if (plain != null && plain.isNumber()) {
				boolean draft4 = strict != null && strict.isBoolean() && strict.asBoolean();
				bound = new Bound(plain.decimalValue(), draft4, draft4 ? exclusive : inclusive);
			}
			if (strict != null && strict.isNumber()) {
				BigDecimal value = strict.decimalValue();
				int order = (bound != null) ? value.compareTo(bound.value) : 0;
				if (bound == null || (lower ? order >= 0 : order <= 0)) {
					bound = new Bound(value, true, exclusive);
				}
			}
			return bound;
		}

	}

}
