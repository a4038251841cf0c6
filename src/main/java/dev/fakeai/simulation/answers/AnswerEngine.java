package dev.fakeai.simulation.answers;

import java.util.List;
import java.util.SplittableRandom;

import dev.fakeai.simulation.BoundedMemo;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer engine in front of the text composer: a chain of skills, the first that
 * recognises the request answering it (tool results; recall; phrases in other languages;
 * yes/no and multiple choice; JSON with asked keys; say, repeat and echo; arithmetic;
 * counting and sequences; text transformations; lists; facts; jokes; questions about the
 * present without a tool; a bare "say ..."), null when none does and the composer
 * answers. The bare answer is given when the request asks for only the answer.
 * Deterministic for a conversation and a seeded source.
 */
public final class AnswerEngine {

	/** Longer prompts are left to the composer: the skills answer short requests. */
	static final int MAX_PROMPT = 4_000;

	private final List<Skill> skills;

	private final JsonSkill json;

	/**
	 * Whether any skill answers a prompt, for prompts asked again (load rehearsals and
	 * test suites repeat theirs): a pure function of the prompt when the conversation
	 * does not end in tool results and no token bias is set.
	 */
	private final BoundedMemo<Boolean> answerable = new BoundedMemo<>(4_096, MAX_PROMPT);

	public AnswerEngine() {
		this.json = new JsonSkill(this::run);
		this.skills = List.of(new ToolResultSkill(), new RecallSkill(), new PhraseSkill(), new ChoiceSkill(this::run),
				this.json, new EchoSkill(true), new ArithmeticSkill(), new SequenceSkill(), new TransformSkill(),
				new ListSkill(), new FactSkill(), new JokeSkill(), new RealTimeSkill(), new EchoSkill(false));
		Knowledge.get();
	}

	/**
	 * The answer a skill gives, or null for the composer to answer.
	 * @param conversation the conversation
	 * @param bias the request's token bias
	 * @param random the choice's seeded source
	 * @return the answer text, or null
	 */
	public @Nullable String answer(Conversation conversation, TokenBias bias, SplittableRandom random) {
		Ask ask = ask(conversation, bias, random);
		if (ask == null) {
			return null;
		}
		boolean pure = bias == TokenBias.NONE && conversation.trailingToolResults().isEmpty();
		if (pure && !this.answerable.get(ask.prompt,
				(prompt) -> run(new Ask(conversation, prompt, bias, new SplittableRandom(0))) != null)) {
			return null;
		}
		Answer answer = run(ask);
		return (answer == null) ? null : ask.brief() ? answer.core() : answer.full();
	}

	/**
	 * The object a JSON-mode request asks for by naming its keys, or null when it names
	 * none.
	 * @param conversation the conversation
	 * @param bias the request's token bias
	 * @param random the choice's seeded source
	 * @return the object's JSON text, or null
	 */
	public @Nullable String jsonObject(Conversation conversation, TokenBias bias, SplittableRandom random) {
		Ask ask = ask(conversation, bias, random);
		ObjectNode object = (ask != null) ? this.json.object(ask) : null;
		return (object != null) ? object.toString() : null;
	}

	/**
	 * The values a schema's properties take from the conversation: by each property's
	 * name and type from the prompt, and the answer itself for a property that asks for
	 * it (or the only one).
	 * @param schema an object schema
	 * @param conversation the conversation
	 * @param bias the request's token bias
	 * @param random the choice's seeded source
	 * @return the values found, by property name
	 */
	public ObjectNode fields(JsonNode schema, Conversation conversation, TokenBias bias, SplittableRandom random) {
		Ask ask = ask(conversation, bias, random);
		if (ask == null || !schema.path("properties").isObject()) {
			return JsonNodeFactory.instance.objectNode();
		}
		ObjectNode values = Slots.fill(schema, ask.prompt, ask.prompt);
		for (String name : schema.path("properties").propertyNames()) {
			boolean answerLike = JsonSkill.isAnswerKey(name) || schema.path("properties").size() == 1;
			if (!values.has(name) && answerLike) {
				JsonNode value = this.json.fromAnswer(ask);
				if (value != null) {
					values.set(name, value);
				}
			}
		}
		return values;
	}

	@Nullable Answer run(Ask ask) {
		for (Skill skill : this.skills) {
			Answer answer = skill.answer(ask);
			if (answer != null) {
				return answer;
			}
		}
		return null;
	}

	private static @Nullable Ask ask(Conversation conversation, TokenBias bias, SplittableRandom random) {
		String prompt = conversation.lastUser();
		if (prompt.length() > MAX_PROMPT || prompt.isBlank() && conversation.trailingToolResults().isEmpty()) {
			return null;
		}
		return new Ask(conversation, prompt, bias, random);
	}

}
