package io.github.scapi.soundcloud.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the generated configuration metadata, and {@code docs/configuration.md}, complete:
 * users see both in their IDE and in the docs.
 */
class ConfigurationMetadataTests {

	private static final List<JsonNode> properties = new ArrayList<>();

	/**
	 * Properties without a fixed default: secrets and credentials (never defaulted), values
	 * inferred or derived from other properties, fallbacks to Spring Boot's own settings, and
	 * lists that start empty. Each description says what applies when it is not set.
	 */
	private static final Set<String> NO_DEFAULT_BY_DESIGN = Set.of("soundcloud.api.trusted-hosts",
			"soundcloud.auth.type", "soundcloud.auth.token.value", "soundcloud.auth.basic.username",
			"soundcloud.auth.basic.password", "soundcloud.auth.oauth1.consumer-key",
			"soundcloud.auth.oauth1.consumer-secret", "soundcloud.auth.oauth1.token",
			"soundcloud.auth.oauth1.token-secret", "soundcloud.auth.oauth1.request-token-url",
			"soundcloud.auth.oauth1.access-token-url", "soundcloud.auth.oauth1.authorize-url",
			"soundcloud.auth.oauth2.client-id", "soundcloud.auth.oauth2.client-secret",
			"soundcloud.auth.oauth2.grant-type", "soundcloud.auth.oauth2.refresh-token",
			"soundcloud.http.connect-timeout", "soundcloud.http.read-timeout", "soundcloud.http.user-agent",
			"soundcloud.http.proxy", "soundcloud.rate-limit.plays-per-day", "soundcloud.rate-limit.tokens-per-12h",
			"soundcloud.jdbc.instance-id");

	@BeforeAll
	static void readMetadata() throws IOException {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			JsonNode metadata = JsonMapper.builder().build().readTree(in);
			metadata.get("properties").forEach((property) -> {
				String name = property.get("name").asString();
				if (name.startsWith("soundcloud.") || name.startsWith("management.health.soundcloud.")) {
					properties.add(property);
				}
			});
		}
		assertThat(properties).isNotEmpty();
	}

	@Test
	void everyPropertyHasADescription() {
		assertThat(properties).allSatisfy((property) -> assertThat(property.path("description").asString(""))
			.as(property.get("name").asString())
			.isNotBlank()
			.doesNotStartWith("The ")
			.doesNotStartWith("A "));
	}

	@Test
	void everyPropertyHasADefaultUnlessItHasNoneByDesign() {
		assertThat(properties).filteredOn((property) -> !property.has("defaultValue"))
			.extracting((property) -> property.get("name").asString())
			.allSatisfy((name) -> assertThat(NO_DEFAULT_BY_DESIGN).as(name + " has no default").contains(name));
	}

	@Test
	void theOldHealthSwitchIsDeprecatedInFavourOfBootsPlace() {
		JsonNode old = property("soundcloud.health.enabled");
		assertThat(old.path("deprecation").path("replacement").asString())
			.isEqualTo("management.health.soundcloud.enabled");
		assertThat(old.path("deprecation").path("level").asString()).isEqualTo("warning");
		JsonNode replacement = property("management.health.soundcloud.enabled");
		assertThat(replacement.has("deprecation")).isFalse();
		assertThat(replacement.get("defaultValue").asBoolean()).isFalse();
	}

	private static JsonNode property(String name) {
		return properties.stream()
			.filter((property) -> property.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not in the metadata"));
	}

	@Test
	void everyPropertyIsDocumented() throws IOException {
		Path docs = Path.of("..", "docs", "configuration.md");
		assertThat(docs).exists();
		String text = Files.readString(docs);
		assertThat(properties).allSatisfy((property) -> assertThat(text).as("docs/configuration.md")
			.contains("`" + property.get("name").asString() + "`"));
	}

}
