package io.github.scapi.soundcloud.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

	@BeforeAll
	static void readMetadata() throws IOException {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			JsonNode metadata = JsonMapper.builder().build().readTree(in);
			metadata.get("properties").forEach((property) -> {
				if (property.get("name").asString().startsWith("soundcloud.")) {
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
	void everyPropertyIsDocumented() throws IOException {
		Path docs = Path.of("..", "docs", "configuration.md");
		assertThat(docs).exists();
		String text = Files.readString(docs);
		assertThat(properties).allSatisfy((property) -> assertThat(text).as("docs/configuration.md")
			.contains("`" + property.get("name").asString() + "`"));
	}

}
