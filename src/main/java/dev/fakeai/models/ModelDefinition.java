package dev.fakeai.models;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One model the emulator serves: its identity, lifecycle, price and capabilities.
 * Immutable and validated when built, so a bad catalog line fails start-up with the
 * model's id.
 *
 * @param id the id clients send
 * @param created creation time, unix seconds
 * @param ownedBy the {@code owned_by} OpenAI reports
 * @param displayName a human-readable name
 * @param description one sentence about the model
 * @param version the version or release it stands for, if known
 * @param parent the model this one was derived from (fine-tuned models)
 * @param root the first ancestor; the id itself for base models
 * @param active whether the provider still serves it
 * @param deprecation the announced shutdown, if any
 * @param snapshot the dated id this name currently resolves to, if it is an alias of one
 * @param aliases other ids accepted for this model
 * @param pricing list prices, if published
 * @param capabilities what it can do
 * @param metadata free-form facts (release date, how it was created, ...)
 */
public record ModelDefinition(String id, long created, String ownedBy, String displayName, String description,
		@Nullable String version, @Nullable String parent, String root, boolean active,
		@Nullable Deprecation deprecation, @Nullable String snapshot, List<String> aliases, @Nullable Pricing pricing,
		ModelCapabilities capabilities, Map<String, String> metadata) {

	public ModelDefinition {
		requireId("id", id);
		if (created <= 0) {
			throw new IllegalArgumentException("created must be a positive unix time: " + created);
		}
		requireId("owned_by", ownedBy);
		requireId("root", root);
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(capabilities, "capabilities");
		if (id.equals(parent)) {
			throw new IllegalArgumentException("a model cannot be its own parent");
		}
		aliases = List.copyOf(aliases);
		if (aliases.contains(id) || new LinkedHashSet<>(aliases).size() != aliases.size()) {
			throw new IllegalArgumentException("aliases must be distinct and differ from the id: " + aliases);
		}
		aliases.forEach((alias) -> requireId("alias", alias));
		metadata = Map.copyOf(metadata);
	}

	/**
	 * A builder for a new definition.
	 * @param id the id clients send
	 * @param ownedBy the {@code owned_by} value
	 * @param created creation time, unix seconds
	 * @return the builder
	 */
	public static Builder builder(String id, String ownedBy, long created) {
		return new Builder(id, ownedBy, created);
	}

	/**
	 * A builder holding this definition's values, for derived models (copy with changes).
	 * @return the builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The provider that makes the model.
	 * @return the provider
	 */
	public String provider() {
		return this.capabilities.provider();
	}

	/**
	 * Whether a shutdown has been announced.
	 * @return {@code true} when deprecated
	 */
	public boolean deprecated() {
		return this.deprecation != null;
	}

	/**
	 * Whether this model is a fine-tune of another.
	 * @return {@code true} when it has a parent
	 */
	public boolean fineTuned() {
		return this.parent != null;
	}

	/**
	 * The id a response names: the dated snapshot for an alias such as {@code gpt-4o},
	 * else the id.
	 * @return the response model id
	 */
	public String responseModelId() {
		return (this.snapshot != null) ? this.snapshot : this.id;
	}

	/**
	 * Whether the model has a feature.
	 * @param capability the feature
	 * @return {@code true} when it has it
	 */
	public boolean has(Capability capability) {
		return this.capabilities.has(capability);
	}

	private static void requireId(String what, @Nullable String value) {
		if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException(what + " must be non-blank without white space: '" + value + "'");
		}
	}

	/**
	 * Builds a {@link ModelDefinition}, filling documented defaults and naming the model
	 * in every validation error.
	 */
	public static final class Builder {

		private String id;

		private String ownedBy;

		private long created;

		private String provider;

		private String family;

		private @Nullable String displayName;

		private @Nullable String description;

		private @Nullable String version;

		private @Nullable String parent;

		private @Nullable String root;

		private boolean active = true;

		private @Nullable Deprecation deprecation;

		private @Nullable String snapshot;

		private List<String> aliases = new ArrayList<>();

		private @Nullable Pricing pricing;

		private Set<Capability> features = EnumSet.noneOf(Capability.class);

		private int contextWindow;

		private int maxOutputTokens;

		private @Nullable Integer maxInputTokens;

		private int maxBatchSize = 1;

		private @Nullable LatencyProfile latency;

		private @Nullable MoeConfig moe;

		private @Nullable Long parameterCount;

		private @Nullable EmbeddingSpec embeddings;

		private @Nullable ImageSpec images;

		private @Nullable SpeechSpec speech;

		private @Nullable TranscriptionSpec transcription;

		private Tokenizer tokenizer = Tokenizer.CL100K_BASE;

		private Set<String> tags = new LinkedHashSet<>();

		private final Map<String, String> metadata = new LinkedHashMap<>();

		Builder(String id, String ownedBy, long created) {
			this.id = id;
			this.ownedBy = ownedBy;
			this.created = created;
			this.provider = ownedBy;
			this.family = id;
		}

		Builder(ModelDefinition model) {
			this(model.id, model.ownedBy, model.created);
			ModelCapabilities caps = model.capabilities;
			this.provider = caps.provider();
			this.family = caps.family();
			this.displayName = model.displayName;
			this.description = model.description;
			this.version = model.version;
			this.parent = model.parent;
			this.root = model.root;
			this.active = model.active;
			this.deprecation = model.deprecation;
			this.snapshot = model.snapshot;
			this.aliases = new ArrayList<>(model.aliases);
			this.pricing = model.pricing;
			this.features = EnumSet.noneOf(Capability.class);
			this.features.addAll(caps.features());
			this.contextWindow = caps.contextWindow();
			this.maxOutputTokens = caps.maxOutputTokens();
			this.maxInputTokens = caps.maxInputTokens();
			this.maxBatchSize = caps.maxBatchSize();
			this.latency = caps.latency();
			this.moe = caps.moe();
			this.parameterCount = caps.parameterCount();
			this.embeddings = caps.embeddings();
			this.images = caps.images();
			this.speech = caps.speech();
			this.transcription = caps.transcription();
			this.tokenizer = caps.tokenizer();
			this.tags = new LinkedHashSet<>(caps.tags());
			this.metadata.putAll(model.metadata);
		}

		/**
		 * Changes the id, for a model derived from another.
		 * @param newId the new id
		 * @return this builder
		 */
		public Builder id(String newId) {
			this.id = newId;
			return this;
		}

		public Builder ownedBy(String ownedBy) {
			this.ownedBy = ownedBy;
			return this;
		}

		public Builder created(long created) {
			this.created = created;
			return this;
		}

		public Builder provider(String provider) {
			this.provider = provider;
			return this;
		}

		public Builder family(String family) {
			this.family = family;
			return this;
		}

		public Builder displayName(String displayName) {
			this.displayName = displayName;
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder version(@Nullable String version) {
			this.version = version;
			return this;
		}

		/**
		 * Sets the release date, kept as the version and in the metadata.
		 * @param isoDate the date, {@code YYYY-MM-DD}
		 * @return this builder
		 */
		public Builder released(String isoDate) {
			this.version = named(() -> LocalDate.parse(isoDate).toString());
			return metadata("released", isoDate);
		}

		public Builder parent(@Nullable String parent) {
			this.parent = parent;
			return this;
		}

		public Builder root(@Nullable String root) {
			this.root = root;
			return this;
		}

		public Builder active(boolean active) {
			this.active = active;
			return this;
		}

		/**
		 * Marks the model deprecated but still served.
		 * @param shutdownDate the shutdown day ({@code YYYY-MM-DD}) or {@code null}
		 * @param replacement the successor or {@code null}
		 * @return this builder
		 */
		public Builder deprecated(@Nullable String shutdownDate, @Nullable String replacement) {
			this.deprecation = named(
					() -> Deprecation.of((shutdownDate != null) ? LocalDate.parse(shutdownDate) : null, replacement));
			return this;
		}

		/**
		 * Marks the model shut down by its provider (still emulated, but not active).
		 * @param shutdownDate the shutdown day ({@code YYYY-MM-DD}) or {@code null}
		 * @param replacement the successor or {@code null}
		 * @return this builder
		 */
		public Builder retired(@Nullable String shutdownDate, @Nullable String replacement) {
			this.active = false;
			return deprecated(shutdownDate, replacement);
		}

		public Builder deprecation(@Nullable Deprecation deprecation) {
			this.deprecation = deprecation;
			return this;
		}

		public Builder snapshot(@Nullable String snapshot) {
			this.snapshot = snapshot;
			return this;
		}

		public Builder aliases(String... aliases) {
			this.aliases = new ArrayList<>(List.of(aliases));
			return this;
		}

		public Builder pricing(@Nullable Pricing pricing) {
			this.pricing = pricing;
			return this;
		}

		public Builder pricing(@Nullable Double input, @Nullable Double output, @Nullable Double cachedInput) {
			return pricing(named(() -> Pricing.perMillion(input, output, cachedInput)));
		}

		/**
		 * Sets the features: a preset plus extra flags.
		 * @param preset the preset from {@link CapabilityPresets}
		 * @param extra more flags
		 * @return this builder
		 */
		public Builder features(Set<Capability> preset, Capability... extra) {
			this.features = EnumSet.noneOf(Capability.class);
			this.features.addAll(preset);
			this.features.addAll(List.of(extra));
			return this;
		}

		public Builder with(Capability... extra) {
			this.features.addAll(List.of(extra));
			return this;
		}

		public Builder without(Capability... removed) {
			this.features.removeAll(List.of(removed));
			return this;
		}

		/**
		 * Sets the token limits.
		 * @param contextWindow the total window
		 * @param maxOutputTokens the most output tokens
		 * @return this builder
		 */
		public Builder limits(int contextWindow, int maxOutputTokens) {
			this.contextWindow = contextWindow;
			this.maxOutputTokens = maxOutputTokens;
			return this;
		}

		public Builder maxInputTokens(@Nullable Integer maxInputTokens) {
			this.maxInputTokens = maxInputTokens;
			return this;
		}

		public Builder maxBatchSize(int maxBatchSize) {
			this.maxBatchSize = maxBatchSize;
			return this;
		}

		public Builder latency(LatencyProfile latency) {
			this.latency = latency;
			return this;
		}

		public Builder moe(long totalParameters, long activeParameters, @Nullable Integer experts,
				@Nullable Integer expertsPerToken) {
			this.moe = named(() -> new MoeConfig(totalParameters, activeParameters, experts, expertsPerToken));
			this.parameterCount = totalParameters;
			return this;
		}

		public Builder moe(@Nullable MoeConfig moe) {
			this.moe = moe;
			return this;
		}

		public Builder parameters(@Nullable Long parameterCount) {
			this.parameterCount = parameterCount;
			return this;
		}

		public Builder embeddings(int dimensions, boolean reducible, @Nullable Integer minimumDimensions) {
			this.embeddings = named(() -> new EmbeddingSpec(dimensions, reducible, minimumDimensions));
			return this;
		}

		public Builder images(@Nullable ImageSpec images) {
			this.images = images;
			return this;
		}

		public Builder speech(@Nullable SpeechSpec speech) {
			this.speech = speech;
			return this;
		}

		public Builder transcription(@Nullable TranscriptionSpec transcription) {
			this.transcription = transcription;
			return this;
		}

		public Builder tokenizer(Tokenizer tokenizer) {
			this.tokenizer = tokenizer;
			return this;
		}

		public Builder tags(String... tags) {
			this.tags = new LinkedHashSet<>(List.of(tags));
			return this;
		}

		public Builder metadata(String key, String value) {
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * Validates and builds.
		 * @return the definition
		 * @throws IllegalArgumentException naming the model when a value is invalid
		 */
		public ModelDefinition build() {
			return named(() -> {
				ModelCapabilities capabilities = new ModelCapabilities(this.features, this.contextWindow,
						this.maxOutputTokens, this.maxInputTokens, this.maxBatchSize, latencyOrDefault(), this.moe,
						this.parameterCount, this.embeddings, this.images, this.speech, this.transcription,
						this.provider, this.family, this.tokenizer, this.tags);
				String name = (this.displayName != null) ? this.displayName : this.id;
				String text = (this.description != null) ? this.description : name + " by " + this.provider + ".";
				return new ModelDefinition(this.id, this.created, this.ownedBy, name, text, this.version, this.parent,
						(this.root != null) ? this.root : this.id, this.active, this.deprecation, this.snapshot,
						this.aliases, this.pricing, capabilities, this.metadata);
			});
		}

		private <T> T named(Supplier<T> value) {
			try {
				return value.get();
			}
			catch (IllegalArgumentException | NullPointerException | DateTimeException ex) {
				throw new IllegalArgumentException("Invalid model definition '" + this.id + "': " + ex.getMessage(),
						ex);
			}
		}

		private LatencyProfile latencyOrDefault() {
			if (this.latency != null) {
				return this.latency;
			}
			Long active = (this.moe != null) ? Long.valueOf(this.moe.activeParameters()) : this.parameterCount;
			return (active != null) ? LatencyPresets.forActiveParameters(active) : LatencyPresets.MEDIUM;
		}

	}

}
