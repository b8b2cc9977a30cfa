package io.github.scapi.soundcloud.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.scapi.soundcloud.RegisteredRuntimeHints;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the hints AOT processing collects from {@code aot.factories} let Jackson read
 * and write every model type in a native image. What must be covered is derived from the
 * code: every record and deserializer the model package ships, every type the repositories
 * return or send (followed through record components), and every deserializer a
 * {@code @JsonDeserialize} names. A type added later is checked without editing this test.
 */
class ModelRuntimeHintsTests {

	private static final String MODEL = "io.github.scapi.soundcloud.model";

	private static final String REPOSITORY = "io.github.scapi.soundcloud.repository";

	private final RuntimeHints hints = RegisteredRuntimeHints.fromAotFactories();

	@Test
	void everyRecordOfTheModelPackageCanBeReadAndWritten() {
		List<Class<?>> records = RegisteredRuntimeHints.classesIn(MODEL).stream().filter(Class::isRecord).toList();
		assertThat(records).contains(Track.class, User.class, User.Quota.class, ActivityDeserializer.Wire.class);
		records.forEach(this::assertBindable);
	}

	@Test
	void everyDeserializerOfTheModelPackageCanBeCreated() {
		List<Class<?>> deserializers = RegisteredRuntimeHints.classesIn(MODEL)
			.stream()
			.filter(ValueDeserializer.class::isAssignableFrom)
			.toList();
		assertThat(deserializers).contains(SoundCloudInstantDeserializer.class, ActivityDeserializer.class);
		deserializers.forEach(this::assertInstantiable);
	}

	@Test
	void everyTypeTheRepositoriesReadOrSendCanBeBound() {
		Set<Class<?>> types = new LinkedHashSet<>();
		for (Class<?> repository : RegisteredRuntimeHints.classesIn(REPOSITORY)) {
			// the repository interfaces are what applications call; query and update
			// types of that package are their arguments, sent as forms, not JSON
			if (!repository.isInterface() || !Modifier.isPublic(repository.getModifiers())) {
				continue;
			}
			for (Method method : repository.getDeclaredMethods()) {
				if (!Modifier.isPublic(method.getModifiers())) {
					continue;
				}
				collect(ResolvableType.forMethodReturnType(method), types, true);
				for (int i = 0; i < method.getParameterCount(); i++) {
					// requests other than JSON bodies (queries, forms, uploads) are not mapped
					collect(ResolvableType.forMethodParameter(new MethodParameter(method, i)), types, false);
				}
			}
		}
		assertThat(types).contains(Track.class, Playlist.class, Comment.class, WebProfile.class,
				StorefrontUpdate.class, User.Product.class);
		types.stream().filter(Class::isRecord).forEach(this::assertBindable);
	}

	@Test
	void everyDeserializerNamedOnAModelTypeCanBeCreated() {
		Set<Class<?>> named = new LinkedHashSet<>();
		for (Class<?> type : RegisteredRuntimeHints.classesIn(MODEL)) {
			named.addAll(deserializersNamedOn(type));
			for (Field field : type.getDeclaredFields()) {
				named.addAll(deserializersNamedOn(field));
			}
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					named.addAll(deserializersNamedOn(component));
				}
			}
		}
		assertThat(named).contains(SoundCloudInstantDeserializer.class, ActivityDeserializer.class);
		named.forEach(this::assertInstantiable);
	}

	private void assertBindable(Class<?> record) {
		assertThat(RuntimeHintsPredicates.reflection().onType(record)).as(record.getName()).accepts(this.hints);
		Constructor<?> canonical = canonicalConstructor(record);
		assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(canonical))
			.as("canonical constructor of " + record.getName())
			.accepts(this.hints);
		for (RecordComponent component : record.getRecordComponents()) {
			assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
				.as(record.getName() + "." + component.getName() + "()")
				.accepts(this.hints);
			assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(record, component.getName()))
				.as(record.getName() + "#" + component.getName())
				.accepts(this.hints);
		}
	}

	private void assertInstantiable(Class<?> deserializer) {
		try {
			Constructor<?> constructor = deserializer.getDeclaredConstructor();
			assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(constructor))
				.as("no-argument constructor of " + deserializer.getName())
				.accepts(this.hints);
		}
		catch (NoSuchMethodException ex) {
			throw new AssertionError(deserializer.getName() + " has no constructor Jackson can call", ex);
		}
	}

	private static Constructor<?> canonicalConstructor(Class<?> record) {
		Class<?>[] types = Arrays.stream(record.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			return record.getDeclaredConstructor(types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void collect(ResolvableType type, Set<Class<?>> types, boolean read) {
		Class<?> resolved = type.resolve();
		if (resolved == null) {
			return;
		}
		for (ResolvableType generic : type.getGenerics()) {
			collect(generic, types, read);
		}
		if (resolved.isArray()) {
			collect(type.getComponentType(), types, read);
			return;
		}
		String packageName = resolved.getPackageName();
		boolean mapped = read ? packageName.startsWith("io.github.scapi.soundcloud") : packageName.equals(MODEL);
		if (!mapped || !types.add(resolved)) {
			return;
		}
		if (resolved.isRecord()) {
			for (RecordComponent component : resolved.getRecordComponents()) {
				collect(ResolvableType.forType(component.getGenericType()), types, read);
			}
		}
	}

	private static Set<Class<?>> deserializersNamedOn(java.lang.reflect.AnnotatedElement element) {
		Set<Class<?>> named = new LinkedHashSet<>();
		MergedAnnotations.from(element).stream(JsonDeserialize.class).forEach((annotation) -> {
			Class<?> using = annotation.getClass("using");
			if (using != ValueDeserializer.None.class) {
				named.add(using);
			}
		});
		return named;
	}

}
