package io.github.scapi.soundcloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the files the library reads from its own package stay in a native image.
 */
class SoundCloudVersionRuntimeHintsTests {

	private final RuntimeHints hints = RegisteredRuntimeHints.fromAotFactories();

	@Test
	void everyPropertiesFileOfTheLibraryIsIncluded() throws IOException {
		Path classes = RegisteredRuntimeHints.mainClasses();
		List<String> files;
		try (Stream<Path> walk = Files.walk(classes.resolve("io/github/scapi/soundcloud"))) {
			files = walk.filter((file) -> file.toString().endsWith(".properties"))
				.map((file) -> classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
				.toList();
		}
		assertThat(files).contains(SoundCloudVersionRuntimeHints.VERSION_FILE);
		assertThat(files).allSatisfy((file) -> assertThat(RuntimeHintsPredicates.resource().forResource(file))
			.as(file)
			.accepts(this.hints));
	}

	@Test
	void theVersionIsKnownWhenTheFileIsThere() {
		assertThat(SoundCloudVersion.get()).isNotEqualTo("unknown").doesNotContain("${");
	}

}
