package io.github.scapi.soundcloud.repository;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.BaseStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.StorefrontUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact request line of every repository method that takes a URN: its method and raw
 * path are the specification's operation with the URN filled in raw, as SoundCloud's
 * documentation writes it ({@code GET /tracks/soundcloud:tracks:123}), and its query holds
 * exactly the paging parameters of a list's first page, or nothing. A server that routes on the raw path answers
 * {@code %3A} with 404, so one escaped colon anywhere fails here.
 */
class RequestLineTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	/** The URN each path variable of the specification is filled with. */
	private static final Map<String, String> URNS = Map.of("track_urn", "soundcloud:tracks:308946187", "user_urn",
			"soundcloud:users:743372812", "playlist_urn", "soundcloud:playlists:1212781357", "follower_urn",
			"soundcloud:users:25219981", "following_urn", "soundcloud:users:948745750", "comment_urn",
			"soundcloud:comments:123456");

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");

	/** The page size of a {@code Slice}'s first page: the test asks for pages of 7. */
	private static final int SLICE_SIZE = 7;

	/** The page size of a {@code Stream} walk's first page: the connector's default. */
	private static final int WALK_SIZE = 50;

	/**
	 * A first page's query, where the specification defines other paging parameters than
	 * {@code limit} and {@code linked_partitioning} for the list ({@code %d} is the size).
	 */
	private static final Map<String, String> PAGING = Map.of("/playlists/{playlist_urn}/tracks",
			"linked_partitioning=true", "/playlists/{playlist_urn}/reposters", "limit=%d",
			"/tracks/{track_urn}/reposters", "limit=%d", "/users/{user_urn}/followers", "limit=%d",
			"/users/{user_urn}/followings", "limit=%d");

	@BeforeAll
	static void start() {
		server.start();
		server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Test
	void everyMethodThatTakesAUrnSendsTheSpecificationsPathWithTheUrnRaw() throws Exception {
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(server.baseUrl())
			.authenticator(new StaticTokenAuthenticator("tok"))
			.restClientBuilder(RestClient.builder())
			.build();
		List<Object> repositories = List.of(new SoundCloudTrackRepository(connector),
				new SoundCloudUserRepository(connector), new SoundCloudPlaylistRepository(connector),
				new SoundCloudCommentRepository(connector), new SoundCloudMeRepository(connector));
		Map<String, String> expected = new TreeMap<>();
		Map<String, String> actual = new TreeMap<>();
		for (Object repository : repositories) {
			for (Class<?> contract : repository.getClass().getInterfaces()) {
				for (Method method : contract.getMethods()) {
					SoundCloudOperation operation = method.getAnnotation(SoundCloudOperation.class);
					if (operation == null || !operation.path().contains("{")) {
						continue;
					}
					String name = contract.getSimpleName() + "." + method.getName();
					expected.put(name, expectedLine(operation, method));
					actual.put(name, requestLine(repository, method, operation));
				}
			}
		}
		assertThat(actual).hasSizeGreaterThanOrEqualTo(40);
		assertThat(actual).as("request lines, method by method").isEqualTo(expected);
	}

	private static String expectedLine(SoundCloudOperation operation, Method method) {
		Matcher variables = VARIABLE.matcher(operation.path());
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(path, Matcher.quoteReplacement(URNS.get(variables.group(1))));
		}
		variables.appendTail(path);
		String query = null;
		String paging = PAGING.getOrDefault(operation.path(), "limit=%d&linked_partitioning=true");
		if (Slice.class.isAssignableFrom(method.getReturnType())) {
			query = paging.formatted(SLICE_SIZE);
		}
		else if (BaseStream.class.isAssignableFrom(method.getReturnType())) {
			query = paging.formatted(WALK_SIZE);
		}
		return operation.method() + " " + path + ((query != null) ? "?" + query : "");
	}

	private static String requestLine(Object repository, Method method, SoundCloudOperation operation)
			throws Exception {
		server.resetRequests();
		List<String> urns = new ArrayList<>();
		Matcher variables = VARIABLE.matcher(operation.path());
		while (variables.find()) {
			urns.add(URNS.get(variables.group(1)));
		}
		Object[] arguments = new Object[method.getParameterCount()];
		int next = 0;
		for (int i = 0; i < arguments.length; i++) {
			Parameter parameter = method.getParameters()[i];
			if (parameter.getType() == String.class && next < urns.size()) {
				arguments[i] = urns.get(next++);
			}
			else {
				arguments[i] = ARGUMENTS.getOrDefault(parameter.getType(), (type) -> null).apply(parameter);
			}
		}
		Object result;
		try {
			result = method.invoke(repository, arguments);
			if (result instanceof BaseStream<?, ?> stream) {
				try (stream) {
					stream.iterator().hasNext();
				}
			}
		}
		catch (InvocationTargetException ex) {
			// the empty answer may not fit the method; only the request line counts here
		}
		List<LoggedRequest> requests = server.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.anyRequestedFor(anyUrl()));
		assertThat(requests).as(method.toString()).isNotEmpty();
		LoggedRequest first = requests.get(0);
		return first.getMethod().getName() + " " + first.getUrl();
	}

	private static final Map<Class<?>, Function<Parameter, Object>> ARGUMENTS = Map.of(Pageable.class,
			(parameter) -> PageRequest.of(0, 7), String.class, (parameter) -> "Nice track", Duration.class,
			(parameter) -> Duration.ofSeconds(12), List.class, (parameter) -> List.of("soundcloud:tracks:1"),
			TrackUpdate.class, (parameter) -> TrackUpdate.builder().title("New title").build(), PlaylistUpdate.class,
			(parameter) -> PlaylistUpdate.builder().title("New title").build(), StorefrontUpdate.class,
			(parameter) -> StorefrontUpdate.of("Merch", "merch", "https://example.com/shop"));

}
