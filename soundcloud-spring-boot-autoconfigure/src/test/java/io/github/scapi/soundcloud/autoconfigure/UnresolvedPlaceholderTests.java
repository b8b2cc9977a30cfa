package io.github.scapi.soundcloud.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.SoundCloudConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A placeholder that does not resolve ({@code value: ${SOUNDCLOUD_TOKEN}} with the variable
 * unset) fails startup with the property and the placeholder named, instead of being sent as
 * a token or used as a URL.
 */
class UnresolvedPlaceholderTests {

	private static final String UNSET = "SOUNDCLOUD_PLACEHOLDER_TEST_UNSET";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class));

	/**
	 * Every text property of the generated metadata: secrets, credentials, URLs, host names
	 * and headers alike, so that a property added later is covered without editing this list.
	 * @return the property names
	 */
	static List<String> textProperties() throws IOException {
		List<String> names = new ArrayList<>();
		try (InputStream in = UnresolvedPlaceholderTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			JsonMapper.builder().build().readTree(in).get("properties").forEach((property) -> {
				String name = property.get("name").asString();
				String type = property.path("type").asString("");
				if (name.startsWith("soundcloud.") && !property.has("deprecation")
						&& Set.of("java.lang.String", "java.util.List<java.lang.String>").contains(type)) {
					names.add(name);
				}
			});
		}
		assertThat(names).contains("soundcloud.auth.token.value", "soundcloud.api.base-url",
				"soundcloud.auth.oauth2.client-secret", "soundcloud.auth.oauth1.consumer-key");
		return names;
	}

	@ParameterizedTest
	@MethodSource("textProperties")
	void failsStartupNamingThePropertyAndThePlaceholder(String property) {
		this.contextRunner.withPropertyValues(property + "=${" + UNSET + "}").run((context) -> {
			FailureAnalysis analysis = analysis(context);
			assertThat(analysis.getDescription()).contains("'" + property + "'").contains("${" + UNSET + "}");
			assertThat(analysis.getAction()).contains(UNSET);
		});
	}

	@Test
	void failsForAPlaceholderInsideALongerValue() {
		this.contextRunner.withPropertyValues("soundcloud.api.base-url=https://${" + UNSET + "}/v1")
			.run((context) -> assertThat(analysis(context).getDescription()).contains("'soundcloud.api.base-url'")
				.contains("${" + UNSET + "}"));
	}

	@Test
	void failsForAnElementOfAList() {
		this.contextRunner.withPropertyValues("soundcloud.api.trusted-hosts[0]=cdn.example.com",
				"soundcloud.api.trusted-hosts[1]=${" + UNSET + "}")
			.run((context) -> assertThat(analysis(context).getDescription())
				.contains("'soundcloud.api.trusted-hosts[1]'"));
	}

	@Test
	void acceptsAPlaceholderThatResolves() {
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("variables", Map.of("SOUNDCLOUD_TOKEN", "abc123"))))
			.withPropertyValues("soundcloud.auth.token.value=${SOUNDCLOUD_TOKEN}")
			.run((context) -> assertThat(context.getBean(SoundCloudConnector.class).getAuthenticator())
				.isInstanceOf(StaticTokenAuthenticator.class));
	}

	@Test
	void acceptsAPlaceholderWithADefault() {
		this.contextRunner.withPropertyValues("soundcloud.auth.token.value=${" + UNSET + ":}")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(SoundCloudConnector.class));
	}

	@Test
	void acceptsAnEscapedPlaceholder() {
		this.contextRunner.withPropertyValues("soundcloud.http.user-agent=agent \\${" + UNSET + "}")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void ignoresAPlaceholderThatAnotherSourceOverrides() {
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("arguments", Map.of("soundcloud.auth.token.value", "abc123"))))
			.withPropertyValues("soundcloud.auth.token.value=${" + UNSET + "}")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static FailureAnalysis analysis(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new SoundCloudPropertyFailureAnalyzer().analyze(context.getStartupFailure());
		assertThat(analysis).as("failure analysis of " + context.getStartupFailure()).isNotNull();
		return analysis;
	}

}
