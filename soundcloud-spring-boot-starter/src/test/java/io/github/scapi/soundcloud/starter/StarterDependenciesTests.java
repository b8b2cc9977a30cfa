package io.github.scapi.soundcloud.starter;

import java.io.File;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's test class path is the starter's dependencies plus Boot's test starter: what
 * an application gets by adding the starter. Spring Batch is an optional dependency of the
 * library, for the applications that bring it.
 */
class StarterDependenciesTests {

	@Test
	void theStarterDoesNotBringSpringBatch() {
		List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
		assertThat(classPath).noneMatch((entry) -> entry.contains("spring-batch"));
		assertThat(ClassUtils.isPresent("org.springframework.batch.core.job.Job", null)).isFalse();
		assertThat(ClassUtils.isPresent("org.springframework.batch.infrastructure.item.ItemStreamReader", null))
			.isFalse();
		// while the library itself is there, resumable cursors included
		assertThat(ClassUtils.isPresent("io.github.scapi.soundcloud.paging.SoundCloudCursor", null)).isTrue();
		assertThat(classPath).anyMatch((entry) -> entry.contains("soundcloud-spring-boot-autoconfigure"));
	}

}
