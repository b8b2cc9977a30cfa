package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public types of the autoconfigure jar are exactly those listed in
 * {@code public-types.txt}: a new public type, or one made public again, is always a
 * decision, never an accident.
 */
class PublicTypesTests {

	@Test
	void thePublicTypesAreExactlyTheCheckedInList() throws Exception {
		assertThat(publicTypes()).as("public top-level types of the jar (update public-types.txt only on purpose)")
			.containsExactlyElementsOf(checkedIn());
	}

	private static List<String> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
		// the compiled main classes: where SoundCloudConnector was loaded from
		Path root = Path.of(SoundCloudConnector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> names;
		try (Stream<Path> files = Files.walk(root)) {
			names = files.map((file) -> root.relativize(file).toString().replace('\\', '/'))
				.filter((name) -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
				.map((name) -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
				.sorted()
				.toList();
		}
		List<String> visible = new java.util.ArrayList<>();
		for (String name : names) {
			Class<?> type = Class.forName(name, false, PublicTypesTests.class.getClassLoader());
			if (Modifier.isPublic(type.getModifiers())) {
				visible.add(name);
			}
		}
		return visible;
	}

	private static List<String> checkedIn() throws IOException {
		try (InputStream in = PublicTypesTests.class.getResourceAsStream("public-types.txt")) {
			assertThat(in).isNotNull();
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.sorted()
				.toList();
		}
	}

}
