package io.github.scapi.soundcloud.repository;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudRequestBody;
import io.github.scapi.soundcloud.SoundCloudUrns;
import io.github.scapi.soundcloud.UnexpectedResponseException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What every repository does with the connector: read one resource, read one page of a
 * list, walk a whole list, or write. Arguments are checked here, before any request.
 */
abstract class RepositorySupport {

	static final MultiValueMap<String, String> NO_QUERY = CollectionUtils
		.unmodifiableMultiValueMap(new LinkedMultiValueMap<>());

	private final SoundCloudConnector connector;

	RepositorySupport(SoundCloudConnector connector) {
		Assert.notNull(connector, "'connector' must not be null");
		this.connector = connector;
	}

	final SoundCloudConnector connector() {
		return this.connector;
	}

	final <T> Optional<T> find(String pathTemplate, Map<String, ?> uriVariables, Class<T> type) {
		return this.connector.find(pathTemplate, uriVariables, type);
	}

	final <T> T get(String pathTemplate, Map<String, ?> uriVariables, Class<T> type) {
		return this.connector.get(pathTemplate, uriVariables, type);
	}

	final <T> Slice<T> slice(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> type, Pageable pageable) {
		return this.connector.slice(pathTemplate, uriVariables, query, type, pageable);
	}

	final <T> Stream<T> stream(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> type) {
		return this.connector.stream(pathTemplate, uriVariables, query, type);
	}

	/** A list the API returns whole, as a bare array, without paging. */
	final <T> List<T> list(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> type) {
		return this.connector.list(pathTemplate, uriVariables, query, type);
	}

	/** A write whose answer is the resource written. */
	final <T> T write(HttpMethod method, String pathTemplate, Map<String, ?> uriVariables,
			@Nullable SoundCloudRequestBody body, Class<T> type) {
		return this.connector.exchange(method, pathTemplate, uriVariables, NO_QUERY, body, type)
			.orElseThrow(() -> new UnexpectedResponseException(0, method, null, List.of(),
					"the API answered without the " + type.getSimpleName() + " it wrote", null));
	}

	/** A request whose answer does not matter. */
	final void call(HttpMethod method, String pathTemplate, Map<String, ?> uriVariables) {
		this.connector.exchange(method, pathTemplate, uriVariables, NO_QUERY, null, Void.class);
	}

	final Optional<URI> location(String pathTemplate, Map<String, ?> uriVariables,
			MultiValueMap<String, String> query) {
		return this.connector.redirectLocation(pathTemplate, uriVariables, query);
	}

	/** The URI variable of a user path, from an urn or a numeric id. */
	static Map<String, String> user(String urnOrId) {
		return Map.of("user_urn", SoundCloudUrns.user(urnOrId));
	}

	/** The URI variable of a track path, from an urn or a numeric id. */
	static Map<String, String> track(String urnOrId) {
		return Map.of("track_urn", SoundCloudUrns.track(urnOrId));
	}

	/** The URI variable of a playlist path, from an urn or a numeric id. */
	static Map<String, String> playlist(String urnOrId) {
		return Map.of("playlist_urn", SoundCloudUrns.playlist(urnOrId));
	}

}
