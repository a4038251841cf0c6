package dev.fakeai.simulation.answers;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Arithmetic asked in symbols or words ("What is 12 * (3 + 4)?", "15 divided by 4", "the
 * sum of 3 and 5", "the square root of 144", "20% of 150"), answered exactly.
 */
final class ArithmeticSkill implements Skill {

	private static final String NUM = "-?\\d+(?:\\.\\d+)?";

	private record Worded(Pattern pattern, String operator) {
	}

	private static final List<Worded> WORDED = List.of(
			new Worded(Pattern.compile("\\b(?:the )?sum of (" + NUM + ") and (" + NUM + ")"), "+"),
			new Worded(Pattern.compile("\\badd (" + NUM + ") (?:and|to) (" + NUM + ")"), "+"),
			new Worded(Pattern.compile("\\b(?:the )?product of (" + NUM + ") and (" + NUM + ")"), "*"),
			new Worded(Pattern.compile("\\bmultiply (" + NUM + ") (?:by|and) (" + NUM + ")"), "*"),
			new Worded(Pattern.compile("\\b(?:the )?difference between (" + NUM + ") and (" + NUM + ")"), "-"),
			new Worded(Pattern.compile("\\bdivide (" + NUM + ") by (" + NUM + ")"), "/"),
			new Worded(Pattern.compile("\\b(?:the )?quotient of (" + NUM + ") and (" + NUM + ")"), "/"));

	private record Rewrite(Pattern pattern, String replacement) {
	}

	private static final List<Rewrite> REWRITES = List.of(new Rewrite(Pattern.compile("(\\d),(\\d{3})\\b"), "$1$2"),
			new Rewrite(Pattern.compile("\\bsquare root of\\s+"), "sqrt "),
			new Rewrite(Pattern.compile("\\bmultiplied by\\b|\\btimes\\b"), "*"),
			new Rewrite(Pattern.compile("\\bdivided by\\b|\\bover\\b(?=\\s*\\d)"), "/"),
			new Rewrite(Pattern.compile("\\bplus\\b"), "+"),
			new Rewrite(Pattern.compile("(?<=\\d\\s?)\\bminus\\b|\\bminus\\b(?=\\s*\\d)"), "-"),
			new Rewrite(Pattern.compile("\\bto the power of\\b"), "^"),
			new Rewrite(Pattern.compile("(\\d)\\s*squared\\b"), "$1^2"),
			new Rewrite(Pattern.compile("(\\d)\\s*cubed\\b"), "$1^3"),
			new Rewrite(Pattern.compile("(\\d)\\s*x\\s*(?=\\(?\\d)"), "$1*"));

	private static final Pattern NUMBER_WORD = Pattern.compile("\\b" + Words.NUMBER + "\\b");

	private static final Pattern SUBTRACT = Pattern.compile("\\bsubtract (" + NUM + ") from (" + NUM + ")");

	private static final Pattern PERCENT = Pattern.compile("(" + NUM + ") ?(?:%|percent) of (" + NUM + ")");

	private static final Pattern EXPRESSION = Pattern.compile("(?:sqrt ?|[(\\d])(?:sqrt ?|[\\d.()+\\-*/^ ])*[\\d)]");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");

	private static final Pattern CUE = Pattern.compile("\\b(?:what|what's|whats|calculate|compute|evaluate|solve|"
			+ "how much|result|equals?|sum|product|add|multiply|divide|subtract|math)\\b|=");

	private static final Pattern OPERATOR = Pattern
		.compile("\\d\\s*\\)*\\s*[+\\-*/^]\\s*\\(*\\s*(?:sqrt)?\\d|sqrt\\s*\\(*\\d");

	/** Words without which a prompt with no digit asks no arithmetic. */
	private static final List<String> OPERATOR_WORDS = List.of("plus ", "minus ", " times ", "multiplied", "multiply",
			"divided", "divide ", "sum of", "product of", "difference between", "quotient", "subtract", "square root",
			"percent of", "power of", "squared", "cubed", "add ");

	@Override
	public @Nullable Answer answer(Ask ask) {
		if (!mayAsk(ask.lower)) {
			return null;
		}
		String text = symbols(ask.lower);
		String expression = worded(text);
		if (expression == null && !DATE.matcher(text).find()) {
			expression = expressionIn(text);
			if (expression != null && !CUE.matcher(text).find()
					&& expression.replace(" ", "").length() * 10 < text.replaceAll("\\s", "").length() * 6) {
				expression = null;
			}
		}
		if (expression == null) {
			return null;
		}
		BigDecimal value;
		try {
			value = Arithmetic.evaluate(expression);
		}
		catch (ArithmeticException ex) {
			return new Answer("Division by zero is undefined, so " + pretty(expression) + " has no value.",
					"undefined");
		}
		if (value == null) {
			return null;
		}
		String result = Arithmetic.format(value);
		return new Answer(pretty(expression) + " = " + result + ".", result);
	}

	/**
	 * A digit, then (past spaces and a closing parenthesis) an operator, then a digit or
	 * an opening one.
	 */
	static boolean digitBesideOperator(String lower) {
		for (int i = 0; i < lower.length(); i++) {
			if (!Character.isDigit(lower.charAt(i))) {
				continue;
			}
			int at = skip(lower, i + 1, " )");
			if (at < lower.length() && "-+*/x×÷^%".indexOf(lower.charAt(at)) >= 0) {
				int next = skip(lower, at + 1, " (");
				if (lower.charAt(at) == '%' || next < lower.length() && Character.isDigit(lower.charAt(next))) {
					return true;
				}
			}
		}
		return false;
	}

	private static int skip(String text, int from, String chars) {
		int at = from;
		while (at < text.length() && chars.indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		return at;
	}

	private static boolean mayAsk(String lower) {
		if (lower.contains("sqrt") || lower.contains("√") || digitBesideOperator(lower)) {
			return true;
		}
		for (String word : OPERATOR_WORDS) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The value of an arithmetic text, for other skills ("is 2 + 2 equal to 4"), or null.
	 */
	static @Nullable BigDecimal valueOf(String lower) {
		String text = symbols(lower);
		String expression = worded(text);
		if (expression == null) {
			Matcher plain = EXPRESSION.matcher(text);
			expression = plain.find() ? plain.group() : null;
		}
		try {
			return (expression != null) ? Arithmetic.evaluate(expression) : null;
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static @Nullable String worded(String text) {
		for (Worded worded : WORDED) {
			Matcher matcher = worded.pattern().matcher(text);
			if (matcher.find()) {
				return matcher.group(1) + " " + worded.operator() + " " + matcher.group(2);
			}
		}
		Matcher subtract = SUBTRACT.matcher(text);
		if (subtract.find()) {
			return subtract.group(2) + " - " + subtract.group(1);
		}
		Matcher percent = PERCENT.matcher(text);
		if (percent.find()) {
			return percent.group(1) + " / 100 * " + percent.group(2);
		}
		return null;
	}

	private static @Nullable String expressionIn(String text) {
		Matcher matcher = EXPRESSION.matcher(text);
		String best = null;
		while (matcher.find()) {
			String candidate = matcher.group().strip();
			if (OPERATOR.matcher(candidate).find() && (best == null || candidate.length() > best.length())) {
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * The text with operators in words turned into symbols and number words into digits.
	 */
	private static String symbols(String lower) {
		String text = lower.replace('×', '*').replace('÷', '/').replace('−', '-').replace("**", "^");
		for (Rewrite rewrite : REWRITES) {
			text = rewrite.pattern().matcher(text).replaceAll(rewrite.replacement());
		}
		Matcher words = NUMBER_WORD.matcher(text);
		if (!words.find()) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		do {
			Integer n = Words.number(words.group(1));
			words.appendReplacement(out, (n != null) ? n.toString() : words.group());
		}
		while (words.find());
		words.appendTail(out);
		return out.toString();
	}

	private static String pretty(String expression) {
		return expression.replaceAll("\\s+", "")
			.replaceAll("(?<=[\\d)])([+\\-*/^])", " $1 ")
			.replace("sqrt", "√")
			.replace(" ^ ", "^");
	}

}
