package io.github.scapi.soundcloud.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint.EnvironmentDescriptor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code management.endpoint.configprops.show-values=always} and
 * {@code management.endpoint.env.show-values=always}, every secret property of the starter
 * still shows as {@code ******} in {@code /configprops} and {@code /env}, however it was
 * spelled. The secret properties are found by walking {@link SoundCloudProperties}, so a
 * secret added later is covered by this test without editing it.
 */
class SecretPropertiesSanitizingTests {

	/** The three spellings an application uses: YAML/properties, camel case, environment variables. */
	enum Spelling {

		KEBAB, CAMEL, ENVIRONMENT

	}

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class,
				SoundCloudActuatorAutoConfiguration.class))
		// credentials of every kind at once: the application's own authenticator makes that legal
		.withBean(SoundCloudAuthenticator.class, () -> SoundCloudAuthenticator.ANONYMOUS);

	@Test
	void findsTheSecretPropertiesOfEveryKindOfCredentials() {
		assertThat(secretProperties()).containsExactlyInAnyOrder("soundcloud.auth.token.value",
				"soundcloud.auth.basic.password", "soundcloud.auth.oauth1.consumer-secret",
				"soundcloud.auth.oauth1.token", "soundcloud.auth.oauth1.token-secret",
				"soundcloud.auth.oauth2.client-secret", "soundcloud.auth.oauth2.refresh-token");
		assertThat(SecretPropertiesSanitizingFunction.SECRET_PROPERTIES)
			.containsExactlyInAnyOrderElementsOf(secretProperties());
	}

	@ParameterizedTest
	@EnumSource(Spelling.class)
	void masksEverySecretPropertyInConfigpropsAndEnv(Spelling spelling) {
		Map<String, String> secrets = new LinkedHashMap<>();
		for (String property : secretProperties()) {
			secrets.put(property, "s3cr3t-" + secrets.size() + "-" + property.hashCode());
		}
		Map<String, Object> source = new LinkedHashMap<>();
		secrets.forEach((property, value) -> source.put(spell(property, spelling), value));
		source.put(spell("soundcloud.auth.oauth1.consumer-key", spelling), "visible-consumer-key");
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(propertySource(spelling, source)))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				List<SanitizingFunction> functions = context.getBeanProvider(SanitizingFunction.class)
					.orderedStream()
					.toList();
				assertConfigpropsMasks(context, functions, secrets);
				assertEnvMasks(context, functions, spelling, secrets);
			});
	}

	private static void assertConfigpropsMasks(AssertableApplicationContext context, List<SanitizingFunction> functions,
			Map<String, String> secrets) {
		ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(functions,
				Show.ALWAYS);
		endpoint.setApplicationContext(context);
		ConfigurationPropertiesBeanDescriptor bean = endpoint.configurationPropertiesWithPrefix("soundcloud")
			.getContexts()
			.values()
			.iterator()
			.next()
			.getBeans()
			.values()
			.stream()
			.filter((candidate) -> candidate.getPrefix().equals("soundcloud"))
			.findFirst()
			.orElseThrow();
		String json = JsonMapper.shared().writeValueAsString(bean);
		for (String property : secrets.keySet()) {
			assertThat(valueAt(bean.getProperties(), property)).as(property).isEqualTo(SanitizableData.SANITIZED_VALUE);
		}
		assertThat(valueAt(bean.getProperties(), "soundcloud.auth.oauth1.consumer-key"))
			.isEqualTo("visible-consumer-key");
		assertThat(json).doesNotContain(secrets.values());
	}

	private static void assertEnvMasks(AssertableApplicationContext context, List<SanitizingFunction> functions,
			Spelling spelling, Map<String, String> secrets) {
		EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), functions, Show.ALWAYS);
		EnvironmentDescriptor environment = endpoint.environment(null);
		var properties = environment.getPropertySources()
			.stream()
			.filter((source) -> source.getName().equals(propertySource(spelling, Map.of()).getName()))
			.findFirst()
			.orElseThrow()
			.getProperties();
		for (String property : secrets.keySet()) {
			assertThat(properties.get(spell(property, spelling)).getValue()).as(property)
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
			assertThat(endpoint.environmentEntry(spell(property, spelling)).getProperty().getValue()).as(property)
				.isEqualTo(SanitizableData.SANITIZED_VALUE);
		}
		assertThat(properties.get(spell("soundcloud.auth.oauth1.consumer-key", spelling)).getValue())
			.isEqualTo("visible-consumer-key");
		assertThat(JsonMapper.shared().writeValueAsString(environment)).doesNotContain(secrets.values());
	}

	/** Environment variables are only mapped from a source named like the system environment. */
	private static MapPropertySource propertySource(Spelling spelling, Map<String, Object> properties) {
		return (spelling != Spelling.ENVIRONMENT) ? new MapPropertySource("test-" + spelling, properties)
				: new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						properties);
	}

	/** The value under a property name in configprops' nested maps, keyed by camel-case names. */
	@SuppressWarnings("unchecked")
	private static Object valueAt(Map<String, Object> properties, String property) {
		Object current = properties;
		for (String segment : property.substring("soundcloud.".length()).split("\\.")) {
			current = ((Map<String, Object>) current).get(camel(segment));
		}
		return current;
	}

	private static String spell(String property, Spelling spelling) {
		return switch (spelling) {
			case KEBAB -> property;
			case CAMEL -> String.join(".", List.of(property.split("\\.")).stream().map(SecretPropertiesSanitizingTests::camel).toList());
			case ENVIRONMENT -> property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
		};
	}

	private static String camel(String kebab) {
		StringBuilder camel = new StringBuilder();
		boolean upper = false;
		for (char c : kebab.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				camel.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return camel.toString();
	}

	/**
	 * Every text property under {@code soundcloud.auth} that holds a password, a secret or a
	 * token (token endpoints' URLs excluded), found by walking the properties classes.
	 */
	static List<String> secretProperties() {
		List<String> found = new ArrayList<>();
		collect(SoundCloudProperties.class, "soundcloud", found);
		return found.stream()
			.filter((name) -> name.startsWith("soundcloud.auth."))
			.filter((name) -> !name.endsWith("-url") && !name.endsWith("-uri"))
			.filter((name) -> name.matches(".*(password|secret|token).*"))
			.filter((name) -> !name.equals("soundcloud.auth.token") && !name.endsWith("registration-id"))
			.toList();
	}

	private static void collect(Class<?> type, String prefix, List<String> found) {
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
			if (descriptor.getReadMethod() == null || descriptor.getName().equals("class")) {
				continue;
			}
			String name = prefix + "." + kebab(descriptor.getName());
			Class<?> propertyType = descriptor.getPropertyType();
			if (propertyType.getName().startsWith(SoundCloudProperties.class.getName() + "$")
					&& !propertyType.isEnum()) {
				collect(propertyType, name, found);
			}
			else if (propertyType == String.class) {
				found.add(name);
			}
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
