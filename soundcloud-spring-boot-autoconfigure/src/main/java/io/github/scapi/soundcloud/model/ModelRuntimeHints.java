package io.github.scapi.soundcloud.model;

import java.lang.reflect.Type;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Reflection hints for a native image: Jackson reads and writes the records of this package
 * reflectively (components, canonical constructors, accessors and their annotations), and
 * instantiates the deserializers that {@code @JsonDeserialize} names.
 * <p>
 * Spring's {@link BindingReflectionHintsRegistrar} follows each record's components, so the
 * nested types ({@link User.Quota}, a playlist's tracks...) and the deserializers named on
 * components are covered from the roots listed here. Listed are the records the connector
 * reads or writes, and {@link ActivityDeserializer.Wire}, which only the activity
 * deserializer reads.
 *
 * @author scapi contributors
 */
final class ModelRuntimeHints implements RuntimeHintsRegistrar {

	static final List<Class<? extends Record>> RECORDS = List.of(Activity.class, ActivityDeserializer.Wire.class,
			Comment.class, Event.class, Group.class, Playlist.class, Storefront.class, StorefrontUpdate.class,
			Streams.class, Track.class, User.class, WebProfile.class);

	private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		this.bindingHints.registerReflectionHints(hints.reflection(), RECORDS.toArray(Type[]::new));
		// Jackson looks at the private fields of records too, for annotations and names
		RECORDS.forEach((type) -> hints.reflection().registerType(type, MemberCategory.ACCESS_DECLARED_FIELDS));
		hints.reflection()
			.registerType(ActivityDeserializer.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)
			.registerType(SoundCloudInstantDeserializer.class, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
	}

}
