package io.github.scapi.soundcloud.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.scapi.soundcloud.RegisteredRuntimeHints;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.BeanUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that {@link SoundCloudProperties} and every group nested in it can be bound in a
 * native image. The groups are found by following the getters, so a new group is checked
 * without editing this test.
 */
class SoundCloudPropertiesRuntimeHintsTests {

	private final RuntimeHints hints = RegisteredRuntimeHints.fromAotFactories();

	@Test
	void everyPropertyGroupCanBeCreatedAndBound() {
		Set<Class<?>> groups = new LinkedHashSet<>();
		collectGroups(SoundCloudProperties.class, groups);
		assertThat(groups).contains(SoundCloudProperties.Auth.OAuth2.class, SoundCloudProperties.Paging.class);
		for (Class<?> group : groups) {
			assertThat(RuntimeHintsPredicates.reflection().onType(group)).as(group.getName()).accepts(this.hints);
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(group)) {
				if (property.getReadMethod() != null && property.getReadMethod().getDeclaringClass() != Object.class) {
					assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(property.getReadMethod()))
						.as(group.getSimpleName() + "." + property.getReadMethod().getName() + "()")
						.accepts(this.hints);
				}
				if (property.getWriteMethod() != null) {
					assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(property.getWriteMethod()))
						.as(group.getSimpleName() + "." + property.getWriteMethod().getName() + "()")
						.accepts(this.hints);
				}
			}
		}
	}

	private static void collectGroups(Class<?> type, Set<Class<?>> groups) {
		if (!groups.add(type)) {
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			Class<?> propertyType = property.getPropertyType();
			if (propertyType != null && propertyType.getName().startsWith(SoundCloudProperties.class.getName() + "$")
					&& !propertyType.isEnum()) {
				collectGroups(propertyType, groups);
			}
		}
	}

}
