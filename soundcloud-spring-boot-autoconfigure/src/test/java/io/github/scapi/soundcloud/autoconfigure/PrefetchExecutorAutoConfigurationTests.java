package io.github.scapi.soundcloud.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.model.Track;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.task.TaskDecorator;
import org.springframework.util.LinkedMultiValueMap;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages fetched ahead run on an executor from Spring Boot's task executor builders: the
 * application's {@link TaskDecorator} wraps them, and {@code spring.threads.virtual.enabled}
 * decides between virtual threads and a bounded pool of platform threads.
 */
class PrefetchExecutorAutoConfigurationTests {

	private static final String PATH = "/users/soundcloud:users:1/tracks";

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(TaskExecutionAutoConfiguration.class, SoundCloudAutoConfiguration.class))
		.withBean(RecordingDecorator.class, RecordingDecorator::new)
		.withPropertyValues("soundcloud.api.base-url=http://localhost:" + server.port());

	@BeforeAll
	static void start() {
		server.start();
		server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(page(1))));
		for (int page = 1; page < 4; page++) {
			server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("cursor", equalTo(Integer.toString(page)))
				.willReturn(okJson(page(page + 1))));
		}
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Test
	void platformThreadsFromBootsPoolBuilderWithTheApplicationsDecorator() {
		this.contextRunner.withPropertyValues("soundcloud.paging.prefetch-threads=2").run((context) -> {
			List<Thread> threads = walk(context.getBean(SoundCloudConnector.class), context.getBean(RecordingDecorator.class));
			assertThat(threads).isNotEmpty().allSatisfy((thread) -> {
				assertThat(thread.getName()).startsWith("soundcloud-prefetch-");
				assertThat(isVirtual(thread)).isFalse();
			});
		});
	}

	@Test
	void virtualThreadsWhenBootsAreEnabled() {
		this.contextRunner.withPropertyValues("spring.threads.virtual.enabled=true").run((context) -> {
			List<Thread> threads = walk(context.getBean(SoundCloudConnector.class), context.getBean(RecordingDecorator.class));
			// Boot enables virtual threads on Java 21 and later only, and so do we
			boolean java21 = Runtime.version().feature() >= 21;
			assertThat(threads).isNotEmpty().allSatisfy((thread) -> {
				assertThat(thread.getName()).startsWith("soundcloud-prefetch-");
				assertThat(isVirtual(thread)).isEqualTo(java21);
			});
		});
	}

	@Test
	void aThreadCountBelowOneStillFailsStartUpThoughThePoolIsMadeLater() {
		// Boot's pool is made for the first page fetched ahead; its thread count is checked at start-up
		this.contextRunner.withPropertyValues("soundcloud.paging.prefetch-threads=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidSoundCloudPropertyException.class)
				.hasMessageContaining("'soundcloud.paging.prefetch-threads'"));
	}

	@Test
	void anExecutorOfTheApplicationIsUsedInstead() {
		this.contextRunner.withBean("soundCloudPrefetchExecutor", java.util.concurrent.Executor.class,
				() -> (task) -> new Thread(task, "own-prefetch").start())
			.run((context) -> {
				List<Thread> threads = walk(context.getBean(SoundCloudConnector.class),
						context.getBean(RecordingDecorator.class));
				assertThat(threads).isEmpty();
			});
	}

	private static List<Thread> walk(SoundCloudConnector connector, RecordingDecorator decorator) {
		try (Stream<Track> tracks = connector.stream("/users/{user_urn}/tracks", Map.of("user_urn", "soundcloud:users:1"),
				new LinkedMultiValueMap<>(), Track.class)) {
			assertThat(tracks.count()).isEqualTo(4);
		}
		return decorator.threads;
	}

	private static boolean isVirtual(Thread thread) {
		try {
			return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
		}
		catch (ReflectiveOperationException ex) {
			return false;
		}
	}

	private static String page(int next) {
		String nextHref = (next < 4) ? ",\"next_href\":\"http://localhost:" + server.port() + PATH + "?cursor=" + next + "\""
				: "";
		return "{\"collection\":[{\"kind\":\"track\",\"urn\":\"soundcloud:tracks:" + next + "\"}]" + nextHref + "}";
	}

	static class RecordingDecorator implements TaskDecorator {

		final List<Thread> threads = new CopyOnWriteArrayList<>();

		@Override
		public Runnable decorate(Runnable runnable) {
			return () -> {
				this.threads.add(Thread.currentThread());
				runnable.run();
			};
		}

	}

}
