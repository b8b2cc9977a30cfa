package io.github.scapi.soundcloud.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the configuration metadata of the test module complete: every
 * {@code soundcloud.fake.*} property the module reads is described, with its default, so an
 * IDE explains it like any other property.
 */
class FakeConfigurationMetadataTests {

	private static final Pattern PROPERTY = Pattern.compile("\"(soundcloud\\.fake\\.[a-z0-9.-]+)\"");

	@Test
	void everyFakePropertyReadByTheModuleHasADescriptionAndADefault() throws IOException {
		Map<String, JsonNode> metadata = metadata();
		Set<String> used = propertiesNamedInSources();
		assertThat(used).as("soundcloud.fake.* properties in src/main/java").isNotEmpty();
		assertThat(metadata.keySet()).containsAll(used);
		assertThat(metadata.values()).allSatisfy((property) -> {
			String name = property.get("name").asString();
			assertThat(property.path("description").asString("")).as(name).isNotBlank();
			assertThat(property.has("defaultValue")).as(name + " has a default").isTrue();
		});
	}

	@Test
	void theSwitchOfTheInitializerIsDescribed() throws IOException {
		assertThat(metadata()).containsKey(SoundCloudFakeContextInitializer.ENABLED_PROPERTY);
		assertThat(metadata().get(SoundCloudFakeContextInitializer.ENABLED_PROPERTY).get("defaultValue").asString())
			.isEqualTo("auto");
	}

	private static Map<String, JsonNode> metadata() throws IOException {
		try (InputStream in = FakeConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("metadata of the test module").isNotNull();
			Map<String, JsonNode> properties = new LinkedHashMap<>();
			JsonMapper.builder().build().readTree(in).get("properties").forEach((property) -> {
				String name = property.get("name").asString();
				if (name.startsWith("soundcloud.fake.")) {
					properties.put(name, property);
				}
			});
			return properties;
		}
	}

	private static Set<String> propertiesNamedInSources() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> {
				try {
					Matcher matcher = PROPERTY.matcher(Files.readString(file));
					while (matcher.find()) {
						names.add(matcher.group(1));
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return names;
	}

}
