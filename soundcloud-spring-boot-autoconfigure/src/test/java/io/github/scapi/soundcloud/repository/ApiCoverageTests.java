package io.github.scapi.soundcloud.repository;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of SoundCloud's specification that is not deprecated has a repository
 * method, and every repository method names a real operation. The operations are read from
 * {@code api-operations.tsv}, facts kept beside this test; the mapping from
 * {@link SoundCloudOperation} annotations.
 */
class ApiCoverageTests {

	private static final List<Class<?>> REPOSITORIES = List.of(TrackRepository.class, UserRepository.class,
			PlaylistRepository.class, CommentRepository.class, MeRepository.class, SoundCloudResolver.class);

	private static final List<String[]> operations = new ArrayList<>();

	@BeforeAll
	static void readOperations() throws IOException {
		try (InputStream in = ApiCoverageTests.class.getResourceAsStream("api-operations.tsv")) {
			assertThat(in).isNotNull();
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			Arrays.stream(lines)
				.filter((line) -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("method\t"))
				.map((line) -> line.split("\t"))
				.forEach(operations::add);
		}
		assertThat(operations).hasSize(64);
	}

	@Test
	void everyOperationThatIsNotDeprecatedHasARepositoryMethod() {
		Set<String> mapped = mapped();
		List<String> missing = operations.stream()
			.filter((operation) -> operation[2].equals("no"))
			.map((operation) -> operation[0] + " " + operation[1])
			.filter((operation) -> !mapped.contains(operation))
			.toList();
		assertThat(missing).as("operations without a repository method").isEmpty();
		assertThat(operations.stream().filter((operation) -> operation[2].equals("no"))).hasSize(56);
	}

	@Test
	void everyRepositoryMethodNamesAnOperationOfTheSpecification() {
		Set<String> specified = operations.stream()
			.map((operation) -> operation[0] + " " + operation[1])
			.collect(Collectors.toSet());
		assertThat(mapped()).allSatisfy((operation) -> assertThat(specified).contains(operation));
	}

	private static Set<String> mapped() {
		Set<String> mapped = new TreeSet<>();
		for (Class<?> repository : REPOSITORIES) {
			for (Method method : repository.getMethods()) {
				SoundCloudOperation operation = method.getAnnotation(SoundCloudOperation.class);
				if (operation != null) {
					mapped.add(operation.method() + " " + operation.path());
				}
			}
		}
		return mapped;
	}

}
