package dev.fakeai.models;

import org.jspecify.annotations.Nullable;

/**
 * Which models a listing keeps; {@code null} criteria keep everything.
 *
 * @param capability keep models with this capability
 * @param ownedBy keep models with this {@code owned_by}
 * @param provider keep models from this provider
 */
public record ModelFilter(@Nullable Capability capability, @Nullable String ownedBy, @Nullable String provider) {

	/** Keeps every model. */
	public static final ModelFilter ALL = new ModelFilter(null, null, null);

	int criteria() {
		return ((this.capability != null) ? 1 : 0) + ((this.ownedBy != null) ? 1 : 0)
				+ ((this.provider != null) ? 1 : 0);
	}

	boolean test(ModelDefinition model) {
		return (this.capability == null || model.has(this.capability))
				&& (this.ownedBy == null || this.ownedBy.equals(model.ownedBy()))
				&& (this.provider == null || this.provider.equals(model.provider()));
	}

}
