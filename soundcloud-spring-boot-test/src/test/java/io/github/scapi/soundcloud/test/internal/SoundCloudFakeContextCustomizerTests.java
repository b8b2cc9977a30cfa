package io.github.scapi.soundcloud.test.internal;

import java.util.List;

import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TestContext wiring behind {@link AutoConfigureSoundCloudFake}.
 */
class SoundCloudFakeContextCustomizerTests {

	private final SoundCloudFakeContextCustomizerFactory factory = new SoundCloudFakeContextCustomizerFactory();

	@Test
	void ignoresTestsWithoutTheAnnotation() {
		assertThat(this.factory.createContextCustomizer(SoundCloudFakeContextCustomizerTests.class, List.of()))
			.isNull();
	}

	@Test
	void equalAttributesGiveEqualCustomizersSoContextsAreCached() {
		ContextCustomizer first = this.factory.createContextCustomizer(Authenticated.class, List.of());
		ContextCustomizer second = this.factory.createContextCustomizer(AlsoAuthenticated.class, List.of());
		ContextCustomizer other = this.factory.createContextCustomizer(Anonymous.class, List.of());
		assertThat(first).isEqualTo(second).hasSameHashCodeAs(second).isNotEqualTo(other);
	}

	@Test
	@SuppressWarnings("deprecation")
	void authenticatedFalseKeepsTheConfiguredCredentials() {
		assertThat(this.factory.createContextCustomizer(NotAuthenticated.class, List.of()))
			.isEqualTo(this.factory.createContextCustomizer(Configured.class, List.of()));
	}

	@Test
	void findsTheAnnotationOnEnclosingClasses() {
		assertThat(this.factory.createContextCustomizer(Authenticated.Inner.class, List.of())).isNotNull();
	}

	@Test
	void stopsTheFakeWhenItsContextClosesButNotWithAChild() {
		GenericApplicationContext context = new GenericApplicationContext();
		new SoundCloudFakeContextCustomizer(AutoConfigureSoundCloudFake.Credentials.TOKEN).customizeContext(context,
				new MergedContextConfiguration(getClass(), new String[0], new Class<?>[0], new String[0], null));
		context.refresh();
		SoundCloudFake fake = context.getBean(SoundCloudFake.class);
		GenericApplicationContext child = new GenericApplicationContext(context);
		child.refresh();
		child.close();
		assertThat(fake.wireMock().isRunning()).isTrue();
		context.close();
		assertThat(fake.wireMock().isRunning()).isFalse();
	}

	@AutoConfigureSoundCloudFake
	static class Authenticated {

		@Nested
		class Inner {

		}

	}

	@AutoConfigureSoundCloudFake
	static class AlsoAuthenticated {

	}

	@AutoConfigureSoundCloudFake(credentials = AutoConfigureSoundCloudFake.Credentials.NONE)
	static class Anonymous {

	}

	@SuppressWarnings("deprecation")
	@AutoConfigureSoundCloudFake(authenticated = false)
	static class NotAuthenticated {

	}

	@AutoConfigureSoundCloudFake(credentials = AutoConfigureSoundCloudFake.Credentials.CONFIGURED)
	static class Configured {

	}

}
